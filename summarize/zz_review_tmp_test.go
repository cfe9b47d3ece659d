package summarize

import (
	"context"
	"testing"
)

func TestZZReview(t *testing.T) {
	for _, art := range []string{
		"The bridge opened in 1932.[1] It carries a road over the river.[2] The council repaired it in 1990.[3] It is the oldest bridge in town.",
		"The bridge opened in 1932.[1] It carries a road over the river.[2] The council repaired it in 1990.[3] The bridge is the oldest in town.",
		"Flood latest\nHe also said the river kept rising through the night.",
		"Flood latest\nHe also said the river kept rising through the night.\nThe latest\nShe also said it.",
	} {
		d, err := Summarize(context.Background(), []string{art}, Options{MaxSentences: 2})
		if err != nil {
			t.Logf("%q: err %v", art, err)
			continue
		}
		var got []string
		for _, i := range d.Picked {
			got = append(got, d.Sentences[i].Text)
		}
		t.Logf("%q -> %q", art, got)
		for i, s := range d.Sentences {
			t.Logf("   %d %q unended=%v leans=%v", i, s.Text, unended(d.Sentences)[i], leaning(d.Sentences)[i])
		}
	}
}
