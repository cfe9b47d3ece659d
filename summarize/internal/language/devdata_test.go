//go:build devdata

package language

import (
	"path/filepath"
	"testing"

	"skim/internal/devset"
)

// TestDevSetsLookEnglish checks every story of the English dev sets and
// reports the lowest stop-word share, which minStopShare must stay well
// below.
func TestDevSetsLookEnglish(t *testing.T) {
	for _, name := range []string{"cnndm_validation_500.jsonl", "inshorts_dev_300.jsonl"} {
		stories, err := devset.Load(filepath.Join("../../../../shared/data", name), 0)
		if err != nil {
			t.Fatal(err)
		}
		lowest := 1.0
		for _, s := range stories {
			if !LooksEnglish(s.Article) {
				t.Errorf("%s %s does not look English: %+v", name, s.ID, measure(s.Article))
			}
			if m := measure(s.Article[:min(len(s.Article), sampleBytes)]); m.words >= minWords {
				lowest = min(lowest, m.stopShare)
			}
		}
		t.Logf("%s: lowest stop-word share %.2f", name, lowest)
	}
}
