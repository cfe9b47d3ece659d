package report

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"skim/summarize"
)

func TestNew(t *testing.T) {
	d := &summarize.Digest{
		Articles: []summarize.Article{{Title: "Flood"}, {}},
		Sentences: []summarize.Sentence{
			{Text: "The river rose.", Article: 0, Start: 7, End: 22},
			{Text: "Roads closed.", Article: 0, Start: 23, End: 36},
			{Text: "The river rose.", Article: 1, Start: 0, End: 15},
		},
		Scores:     []float64{0.5, 0.3, 0},
		Picked:     []int{0, 1},
		Duplicates: []summarize.Duplicate{{Index: 2, Of: 0}},
		Stats:      summarize.Stats{SentencesIn: 3, SentencesOut: 2, WordsIn: 8, WordsOut: 5},
		Adds:       [][]int{{}, {}},
	}
	got := New(d)
	want := Document{
		Digest: []Line{
			{Text: "The river rose.", Place: Place{Article: 0, Start: 7, End: 22}, Score: 0.5},
			{Text: "Roads closed.", Place: Place{Article: 0, Start: 23, End: 36}, Score: 0.3},
		},
		Duplicates: []Duplicate{
			{Text: "The river rose.", Place: Place{Article: 1, Start: 0, End: 15}, Of: Place{Article: 0, Start: 7, End: 22}},
		},
		Excluded: []summarize.Excluded{},
		Articles: d.Articles,
		KeyTerms: []summarize.KeyTerm{},
		Stats:    d.Stats,
		Adds:     [][]Line{{}, {}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("New(d) =\n%+v\nwant\n%+v", got, want)
	}
}

// TestJSONShape checks the field names the digest command and the page
// read, and that empty lists encode as [] rather than null.
func TestJSONShape(t *testing.T) {
	b, err := json.Marshal(New(&summarize.Digest{
		Sentences:  []summarize.Sentence{{Text: "A.", Start: 0, End: 2}, {Text: "A.", Start: 3, End: 5}},
		Scores:     []float64{1, 0},
		Picked:     []int{0},
		Duplicates: []summarize.Duplicate{{Index: 1, Of: 0}},
	}))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"digest":[{"text":"A.","article":0,"start":0,"end":2,"score":1}]`,
		`"duplicates":[{"text":"A.","article":0,"start":3,"end":5,"of":{"article":0,"start":0,"end":2}}]`,
		`"excluded":[]`, `"articles":[]`, `"keyTerms":[]`, `"stats":{`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s\nlacks %s", b, want)
		}
	}
}
