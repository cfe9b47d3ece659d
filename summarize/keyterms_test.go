package summarize

import (
	"strings"
	"testing"
)

func TestKeyTerms(t *testing.T) {
	texts := []string{
		"Harbour tram plans were approved by the city council on Tuesday.",
		"The harbour tram will carry 40,000 riders a day, the mayor said.",
		"Council members said the harbour tram budget is tight.",
		"Shops along the harbour fear road closures, owners said.",
	}
	got := keyTerms(wordsOf(texts), newTerms(0))
	if len(got) == 0 || len(got) > maxKeyTerms {
		t.Fatalf("keyTerms gave %d terms, want 1 to %d", len(got), maxKeyTerms)
	}
	if got[0].Text != "harbour tram" {
		t.Errorf("best key term = %q, want \"harbour tram\" (all: %+v)", got[0].Text, got)
	}
	for i, k := range got {
		if i > 0 && k.Score > got[i-1].Score {
			t.Errorf("key terms not ranked: %+v", got)
		}
		for _, w := range strings.Fields(strings.ToLower(k.Text)) {
			if !isKeyWord(w) {
				t.Errorf("key term %q holds the stop word %q", k.Text, w)
			}
		}
		if k.Text == "harbour" || k.Text == "tram" {
			t.Errorf("key term %q is already part of \"harbour tram\"", k.Text)
		}
	}
}

func TestKeyTermsEmpty(t *testing.T) {
	if got := keyTerms(wordsOf([]string{"The and of."}), newTerms(0)); len(got) != 0 {
		t.Errorf("keyTerms(stop words only) = %+v, want none", got)
	}
}
