//go:build devdata

package summarize

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"skim/internal/devset"
)

// sharedDir is the read-only material beside the repository.
const sharedDir = "../../shared"

// readSeed returns the seed article whose file name starts with prefix.
func readSeed(t testing.TB, prefix string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", prefix+"_*.txt"))
	if len(files) != 1 {
		t.Fatalf("seed %s not found in %s/seeds (the devdata tests need ../shared beside the repository)", prefix, sharedDir)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// devArticles returns the articles of the development set.
func devArticles(t testing.TB) []string {
	t.Helper()
	stories, err := devset.Load(filepath.Join("..", devset.DefaultPath), 0)
	if err != nil {
		t.Fatalf("development set: %v", err)
	}
	out := make([]string, len(stories))
	for i, s := range stories {
		out[i] = s.Article
	}
	return out
}

func digestOf(t *testing.T, articles []string, opts Options) *Digest {
	t.Helper()
	d, err := Summarize(context.Background(), articles, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkDigest(articles, opts, d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeedRepeated: in the article pasted twice, every repeated sentence is
// a duplicate of its first occurrence, and the digest states nothing twice.
func TestSeedRepeated(t *testing.T) {
	article := readSeed(t, "000")
	d := digestOf(t, []string{article}, Options{})
	first := map[string]int{}
	for i, s := range d.Sentences {
		if _, ok := first[s.Text]; !ok {
			first[s.Text] = i
		}
	}
	of := map[int]int{}
	for _, x := range d.Duplicates {
		of[x.Index] = x.Of
	}
	repeats := 0
	for i, s := range d.Sentences {
		if j := first[s.Text]; j != i {
			repeats++
			if of[i] != j {
				t.Errorf("sentence %d %q: duplicate of %d, want %d", i, s.Text, of[i], j)
			}
		}
	}
	if repeats < 10 || len(d.Duplicates) != repeats {
		t.Errorf("%d repeated sentences, %d duplicates reported; want at least 10, all reported", repeats, len(d.Duplicates))
	}
	assertNothingTwice(t, d)
}

// TestSeedScraped: the headline is the title, and no glued junk reaches the digest.
func TestSeedScraped(t *testing.T) {
	article := readSeed(t, "004")
	d := digestOf(t, []string{article}, Options{MaxSentences: 8})
	firstLine, _, _ := strings.Cut(article, "\n")
	if got := d.Articles[0].Title; got != strings.TrimSpace(firstLine) {
		t.Errorf("title = %q, want %q", got, firstLine)
	}
	for _, s := range d.Sentences {
		for _, junk := range []string{"KerryJohn", "Equilibrium", "Presented by", "NextEra", " MORE ", "report was updated"} {
			if strings.Contains(s.Text, junk) {
				t.Errorf("sentence %q holds junk %q", s.Text, junk)
			}
		}
	}
	var lead string
	for _, s := range d.Sentences {
		if strings.HasPrefix(s.Text, "Secretary of State John Kerry and Russian Foreign Minister") {
			lead = s.Text
		}
	}
	if lead == "" {
		t.Error("the lead sentence with the widget cut out is missing")
	}
	if len(d.Excluded) < 2 {
		t.Errorf("excluded %+v, want the widget and the trailer", d.Excluded)
	}
}

// TestSeedsTogether: the two seeds as two articles of one digest.
func TestSeedsTogether(t *testing.T) {
	articles := []string{readSeed(t, "000"), readSeed(t, "004")}
	d := digestOf(t, articles, Options{MaxSentences: 6, KeyTerms: true})
	seen := map[int]bool{}
	for _, i := range d.Picked {
		seen[d.Sentences[i].Article] = true
	}
	if !seen[0] || !seen[1] {
		t.Errorf("digest draws on articles %v, want both", seen)
	}
	assertNothingTwice(t, d)
	terms := map[string]bool{}
	for _, k := range d.KeyTerms {
		for _, w := range strings.Fields(k.Text) {
			terms[strings.ToLower(w)] = true
		}
	}
	if terms["said"] || !terms["lavrov"] || !(terms["crimea"] || terms["ukraine"]) {
		t.Errorf("key terms %+v: want Lavrov and Ukraine or Crimea, and no \"said\"", d.KeyTerms)
	}
}

// assertNothingTwice fails if two digest sentences say the same thing (see
// saysSame: most of their content, or less across articles).
func assertNothingTwice(t *testing.T, d *Digest) {
	t.Helper()
	vocabulary := newTerms(0)
	var texts []string
	for _, i := range d.Picked {
		texts = append(texts, d.Sentences[i].Text)
	}
	bags := bagsOf(texts, vocabulary)
	cands := make([]candidate, len(bags))
	for i := range bags {
		cands[i] = candidate{bag: bags[i], article: d.Sentences[d.Picked[i]].Article}
	}
	for a := range cands {
		for b := a + 1; b < len(cands); b++ {
			if statementsOf(cands, []int{a}).repeats(cands[b]) {
				t.Errorf("digest repeats itself:\n%q\n%q", texts[a], texts[b])
			}
		}
	}
}

// TestDevSetInvariants digests every development article and checks the
// invariants of each digest, and that no digest sentence leans on one the
// digest leaves out (Digest.Dangling), by sentences and by words.
func TestDevSetInvariants(t *testing.T) {
	for _, a := range devArticles(t) {
		for _, opts := range []Options{{MaxSentences: 3}, {MaxWords: 60}} {
			d := digestOf(t, []string{a}, opts)
			if len(d.Picked) == 0 {
				t.Errorf("empty digest for %.80q", a)
			}
			if n := d.Dangling(d.Picked); n > 0 {
				t.Errorf("%+v: %d digest sentences dangle in %.80q", opts, n, a)
			}
		}
	}
}
