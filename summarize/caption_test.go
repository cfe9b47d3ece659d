package summarize

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// captionStory is a story with a photo placed inside it, its caption glued
// to the paragraph before and its agency credit on a line of its own.
const captionStory = "The city council voted on Monday to close the old river bridge to cars after engineers found deep cracks in two of its piers.\n" +
	"The mayor said the bridge would stay open to people on foot while the council looked for the money to repair the piers. " +
	"The mayor and engineers inspect the cracked piers of the old river bridge on Monday.\n" +
	"(AFP)\n" +
	"Repairs to the piers of the bridge are expected to cost the city about twelve million dollars and take two years.\n" +
	"Until the repairs are done, drivers will cross the river on the new bridge to the north of the city.\n"

func TestCaptionsBeforeAgencyCredit(t *testing.T) {
	d, err := Summarize(context.Background(), []string{captionStory}, Options{MaxSentences: 4})
	if err != nil {
		t.Fatal(err)
	}
	caption := -1
	for i, s := range d.Sentences {
		if strings.HasPrefix(s.Text, "The mayor and engineers inspect") {
			caption = i
		}
		if strings.Contains(s.Text, "(AFP)") {
			t.Errorf("sentence %d holds the credit: %q", i, s.Text)
		}
	}
	if caption < 0 {
		t.Fatalf("no caption sentence among %+v", d.Sentences)
	}
	got := captions(d.Sentences, d.Excluded)
	n := 0
	for _, c := range got {
		if c {
			n++
		}
	}
	if !got[caption] || n != 1 {
		t.Errorf("captions = %v, want only sentence %d", got, caption)
	}
	if slices.Contains(d.Picked, caption) {
		t.Errorf("digest %v holds the caption %d", d.Picked, caption)
	}
	if len(d.Picked) != 4 {
		t.Errorf("picked %d sentences, want 4 of the 5 that are not captions", len(d.Picked))
	}
}

func TestCaptionsNeedTheirCredit(t *testing.T) {
	// The same text with its credit written as a sentence of the story:
	// nothing is a caption.
	story := strings.Replace(captionStory, "(AFP)\n", "", 1)
	d, err := Summarize(context.Background(), []string{story}, Options{MaxSentences: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := captions(d.Sentences, d.Excluded); slices.Contains(got, true) {
		t.Errorf("captions = %v, want none", got)
	}
	if len(d.Picked) != 5 {
		t.Errorf("picked %d sentences, want all 5", len(d.Picked))
	}
}
