package summarize

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// addGoldenSeeds adds every golden input, and each pair of them, as seeds.
func addGoldenSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		in := goldenInputs(ar)
		f.Add(in[0], strings.Join(in[1:], "\n"), uint8(3))
	}
	f.Add("", "", uint8(0))
	f.Add("\xff\xfe bad bytes. More text.", "İ ﬁ e\u0301 \u200b\u00ad.", uint8(1))
	f.Add(strings.Repeat("x", 3000), "a. b. c.", uint8(9))
}

// FuzzSummarize checks the pipeline's invariants on arbitrary input: no
// panic; errors only of the documented kinds; every sentence traceable to
// its range; the digest in reading order, within the length, free of
// duplicates; duplicates pointing at earlier kept sentences.
func FuzzSummarize(f *testing.F) {
	addGoldenSeeds(f)
	f.Fuzz(checkPipeline)
}

// checkPipeline digests a (and b, when not empty, as a second article) at
// the length n picks, and checks the invariants FuzzSummarize lists.
func checkPipeline(t *testing.T, a, b string, n uint8) {
	articles := []string{a}
	if b != "" {
		articles = append(articles, b)
	}
	opts := fuzzOptions(n)
	d, err := Summarize(context.Background(), articles, opts)
	switch {
	case errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong):
		return
	case errors.Is(err, ErrNoSentences):
		if n := sentenceCount(t, articles); n != 0 {
			t.Fatalf("Summarize(%q, %q) = ErrNoSentences, but segmentation finds %d sentences", a, b, n)
		}
		return
	case err != nil:
		t.Fatalf("Summarize(%q, %q) error = %v, want ErrEmpty, ErrTooLong or ErrNoSentences", a, b, err)
	}
	if err := checkDigest(articles, opts, d); err != nil {
		t.Fatal(err)
	}
}

// FuzzPipeline is FuzzSummarize with prose's segmenter replaced by quickEnds,
// so that intake, the repairs of segment, near-duplicates, ranking and
// selection meet thousands of inputs a minute rather than a handful; prose
// itself is fuzzed, slowly, by FuzzSummarize and FuzzSegment. Run it with a
// short minimisation time, or each new input found stalls it for a minute:
//
//	go test -run XXX -fuzz FuzzPipeline -fuzzminimizetime 2s ./summarize
func FuzzPipeline(f *testing.F) {
	addGoldenSeeds(f)
	sentenceEnds = quickEnds
	f.Cleanup(func() { sentenceEnds = proseEnds })
	f.Fuzz(checkPipeline)
}

// quickEnds ends a sentence after each '.', '!' or '?' that a space
// follows: a stand-in for prose in FuzzPipeline.
func quickEnds(text string) ([]int, error) {
	var ends []int
	for i := 0; i+1 < len(text); i++ {
		if strings.IndexByte(".!?", text[i]) >= 0 && (text[i+1] == ' ' || text[i+1] == '\n') {
			ends = append(ends, i+1)
		}
	}
	return append(ends, len(text)), nil
}

// fuzzOptions turns the fuzzer's byte into one of the three ways of asking
// for a digest length: a sentence count, a ratio or a word budget.
func fuzzOptions(n uint8) Options {
	switch k := int(n / 3); n % 3 {
	case 0:
		return Options{MaxSentences: k % 8}
	case 1:
		return Options{Ratio: float64(k%11) / 10}
	default:
		return Options{MaxWords: k}
	}
}

// sentenceCount returns how many sentences the articles hold once cleaned.
func sentenceCount(t *testing.T, articles []string) int {
	cleaned := make([]cleaned, len(articles))
	for i, a := range articles {
		cleaned[i] = clean(a, i, "")
	}
	got, err := segment(cleaned)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range got {
		n += len(s)
	}
	return n
}

// FuzzSegment checks that segmentation covers the text: sentences are in
// order, within the article, traceable, trimmed and bounded in length.
func FuzzSegment(f *testing.F) {
	addGoldenSeeds(f)
	f.Fuzz(func(t *testing.T, a, _ string, _ uint8) {
		got, err := segment([]cleaned{clean(a, 0, "")})
		if err != nil {
			t.Fatalf("segment(%q): %v", a, err)
		}
		end := 0
		for _, s := range got[0] {
			if s.Start < end || s.End > len(a) || s.Start > s.End {
				t.Fatalf("segment(%q): range [%d:%d] after %d", a, s.Start, s.End, end)
			}
			end = s.End
			if !isTraceable(a[s.Start:s.End], s.Text) {
				t.Fatalf("segment(%q): %q not traceable to %q", a, s.Text, a[s.Start:s.End])
			}
			if s.Text != strings.TrimSpace(s.Text) || len(s.Text) > maxSentenceBytes {
				t.Fatalf("segment(%q): sentence %q untrimmed or over %d bytes", a, s.Text, maxSentenceBytes)
			}
		}
	})
}

// FuzzHeadingEnds checks that the run-in subheadings found in a block are
// pairs of offsets inside it, in order, each heading holding text.
func FuzzHeadingEnds(f *testing.F) {
	for _, s := range []string{
		"Owed Rs 6 crore.NO RIGHT TO IMPOUND KASLIWALKasliwal's advocate argued.",
		"It ended.\"'NOT THE TIME FOR POLITICS' No one resigned.",
		"WHAT HAS THE COURT SAID SO FARWhile hearing it, the court asked.",
		"A.  B C D E",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, block string) {
		ends := headingEnds(block)
		if len(ends)%2 != 0 {
			t.Fatalf("headingEnds(%q) = %v: not pairs", block, ends)
		}
		last := 0
		for k := 0; k < len(ends); k += 2 {
			if ends[k] < last || ends[k] >= ends[k+1] || ends[k+1] > len(block) || !hasLetter(block[ends[k]:ends[k+1]]) {
				t.Fatalf("headingEnds(%q) = %v: heading %d out of order or empty", block, ends, k/2)
			}
			last = ends[k+1]
		}
	})
}
