package summarize

import "testing"

// TestCleanExcluded checks what clean adds to intake's exclusions: the
// article's index and the text as given.
func TestCleanExcluded(t *testing.T) {
	article := "By Jane Doe, CNN\n\nThe council met.\u00a0CNN's Ann Bo contributed to this report."
	c := clean(article, 3, "")
	want := []Excluded{
		{Article: 3, Start: 0, End: 16, Text: "By Jane Doe, CNN", Rule: "byline/line", Reason: "byline"},
		{Article: 3, Start: 36, End: 76, Text: "CNN's Ann Bo contributed to this report.", Rule: "credit/contributed", Reason: "credit line"},
	}
	if len(c.excluded) != len(want) {
		t.Fatalf("clean(%q).excluded = %+v, want %+v", article, c.excluded, want)
	}
	for i := range want {
		if c.excluded[i] != want[i] {
			t.Errorf("clean(%q).excluded[%d] = %+v, want %+v", article, i, c.excluded[i], want[i])
		}
	}
	if c.text != "The council met." {
		t.Errorf("clean(%q).text = %q, want %q", article, c.text, "The council met.")
	}
}

// TestCleanHostileLetters runs intake on long runs of mixed-case letters,
// where the glued-name finder once took cubic time: none holds junk, so
// each comes out whole. (Their speed is BenchmarkCleanHostile's.)
func TestCleanHostileLetters(t *testing.T) {
	for name, in := range hostileLetters() {
		t.Run(name, func(t *testing.T) {
			c := clean(in, 0, "")
			if c.text != in {
				t.Errorf("clean changed the text: %d bytes in, %d out", len(in), len(c.text))
			}
			for _, e := range c.excluded[:min(len(c.excluded), 5)] {
				t.Errorf("clean excluded %q (%s)", e.Text, e.Rule)
			}
		})
	}
}
