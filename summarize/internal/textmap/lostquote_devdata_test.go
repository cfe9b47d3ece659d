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
// that kept its quotes (CNN and Multi-News, 567 question marks) it reads no
// '?' as a lost quote, while in the Inshorts text, whose source lost its
// curly quotes, it reads most of them so (2,543 of 3,754 today).
func TestLostQuoteOnlyWhereQuotesWereLost(t *testing.T) {
	for _, file := range []string{"cnndm_validation_500.jsonl", "multinews_dev_50.jsonl"} {
		if marks, lost := lostQuotes(t, file); lost != 0 {
			t.Errorf("%s: %d of %d question marks read as lost quotes, want none", file, lost, marks)
		}
	}
	if marks, lost := lostQuotes(t, "inshorts_dev_300.jsonl"); lost*2 < marks {
		t.Errorf("Inshorts: %d of %d question marks read as lost quotes, want over half", lost, marks)
	}
}
