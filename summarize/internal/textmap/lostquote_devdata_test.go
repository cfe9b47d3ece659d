//go:build devdata

package textmap

import (
	"path/filepath"
	"testing"

	"skim/internal/devset"
)

// dataDir holds the development sets, beside the repository.
const dataDir = "../../../../shared/data"

// lostQuotes counts the '?' of the articles in a development set, and
// those of them that lostQuote reads as something else.
func lostQuotes(t *testing.T, file string) (marks, lost int) {
	t.Helper()
	stories, err := devset.Load(filepath.Join(dataDir, file), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stories {
		for _, a := range append(s.Articles, s.Article) {
			for i := range len(a) {
				if a[i] != '?' {
					continue
				}
				marks++
				if _, ok := lostQuote(a, i); ok {
					lost++
				}
			}
		}
	}
	return marks, lost
}

// TestLostQuoteOnlyWhereQuotesWereLost backs lostQuote's table: in text
// that kept its quotes (CNN and Multi-News, 567 question marks) it reads
// almost no '?' as a lost quote (one, in a widget that lost its topic:
// "Interested in ? Add as an interest"), while in the Inshorts text, whose
// source lost its curly quotes, it reads most of them so.
func TestLostQuoteOnlyWhereQuotesWereLost(t *testing.T) {
	marks, lost := 0, 0
	for _, file := range []string{"cnndm_validation_500.jsonl", "multinews_dev_50.jsonl"} {
		m, l := lostQuotes(t, file)
		marks, lost = marks+m, lost+l
	}
	if lost*200 > marks {
		t.Errorf("CNN and Multi-News: %d of %d question marks read as lost quotes, want under 0.5%%", lost, marks)
	}
	marks, lost = lostQuotes(t, "inshorts_dev_300.jsonl")
	if lost*2 < marks {
		t.Errorf("Inshorts: %d of %d question marks read as lost quotes, want over half", lost, marks)
	}
}
