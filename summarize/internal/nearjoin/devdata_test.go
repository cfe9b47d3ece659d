//go:build devdata

package nearjoin

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"skim/internal/devset"
)

// sentenceEnd splits text roughly into sentences: enough to give Find the
// forms of real news, without the segmenter.
var sentenceEnd = regexp.MustCompile(`[.!?]["”’]?\s+`)

// TestFindBoundsUnreached shows that real news does not meet Find's budget,
// so on it Find is exact: each development article alone at every threshold
// skim accepts, and all 500 pasted as one text at the default threshold.
func TestFindBoundsUnreached(t *testing.T) {
	stories, err := devset.Load(filepath.Join("../../..", devset.DefaultPath), 0)
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, s := range stories {
		forms := sentenceEnd.Split(strings.ToLower(s.Article), -1)
		all = append(all, forms...)
		for _, threshold := range []float64{0.1, 0.15, 0.2} {
			if _, capped, err := find(context.Background(), forms, threshold, 0); err != nil || capped > 0 {
				t.Fatalf("story %s at %v: %d forms capped, error %v", s.ID, threshold, capped, err)
			}
		}
	}
	if _, capped, err := find(context.Background(), all, 0.15, 0); err != nil || capped > 0 {
		t.Errorf("all %d sentences: %d forms capped, error %v", len(all), capped, err)
	}
}
