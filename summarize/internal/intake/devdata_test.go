//go:build devdata

package intake

import (
	"crypto/sha1"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"skim/internal/devset"
	"skim/summarize/internal/junk"
)

// sharedDir is the read-only material beside the repository.
const sharedDir = "../../../../shared"

// exclusionsGolden is the dev set's exclusions by rule, beside the rules.
const exclusionsGolden = "../junk/testdata/devset.golden"

var update = flag.Bool("update", false, "rewrite "+exclusionsGolden)

// story is an article of the development material and its id: the dev
// set's id, or "seed/" and the seed's file name.
type story struct {
	id, article string
}

// seeds returns the seed articles, in file name order.
func seeds(t testing.TB) []story {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no seeds in %s/seeds (the devdata tests need ../shared beside the repository)", sharedDir)
	}
	var out []story
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, story{"seed/" + strings.TrimSuffix(filepath.Base(f), ".txt"), string(b)})
	}
	return out
}

// readSeed returns the seed article whose file name starts with prefix.
func readSeed(t testing.TB, prefix string) string {
	t.Helper()
	for _, s := range seeds(t) {
		if strings.HasPrefix(s.id, "seed/"+prefix+"_") {
			return s.article
		}
	}
	t.Fatalf("seed %s not found in %s/seeds", prefix, sharedDir)
	return ""
}

// devStories returns the articles of the development set.
func devStories(t testing.TB) []story {
	t.Helper()
	stories, err := devset.Load(filepath.Join("../../..", devset.DefaultPath), 0)
	if err != nil {
		t.Fatalf("development set: %v", err)
	}
	out := make([]story, len(stories))
	for i, s := range stories {
		out[i] = story{s.ID, s.Article}
	}
	return out
}

// otherStories returns the articles of the other development sets: the
// Inshorts stories and each article of the Multi-News clusters, the latter
// with ids "cluster/k".
func otherStories(t testing.TB) []story {
	t.Helper()
	var out []story
	for _, file := range []string{"inshorts_dev_300.jsonl", "multinews_dev_50.jsonl"} {
		stories, err := devset.Load(filepath.Join("../../..", filepath.Dir(devset.DefaultPath), file), 0)
		if err != nil {
			t.Fatalf("development set: %v", err)
		}
		for _, s := range stories {
			if len(s.Articles) == 0 {
				out = append(out, story{s.ID, s.Article})
			}
			for k, a := range s.Articles {
				out = append(out, story{fmt.Sprintf("%s/%d", s.ID, k), a})
			}
		}
	}
	return out
}

// accountedFor asserts that every non-space byte of article lies in the
// title, an excluded stretch or the span of a block of text.
func accountedFor(t *testing.T, article string, c Article) {
	t.Helper()
	covered := make([]bool, len(article))
	mark := func(start, end int) {
		for i := start; i < end; i++ {
			covered[i] = true
		}
	}
	mark(c.TitleStart, c.TitleEnd)
	for _, e := range c.Excluded {
		mark(e.Start, e.End)
	}
	at := 0
	for _, block := range strings.Split(c.Body.String(), "\n") {
		mark(c.Body.Span(at, at+len(block)))
		at += len(block) + 1
	}
	for i, r := range article {
		if !covered[i] && !unicode.IsSpace(r) {
			t.Fatalf("byte %d (%q in %q) is neither text, title nor excluded", i, r, article[max(0, i-20):min(len(article), i+20)])
		}
	}
}

func TestCleanSeed004(t *testing.T) {
	article := readSeed(t, "004")
	c := Clean(article, "")
	checkCleaned(t, article, c)
	accountedFor(t, article, c)
	headline, _, _ := strings.Cut(article, "\n")
	if c.Title != strings.TrimSpace(headline) || c.TitleStart != 0 {
		t.Errorf("title = %q at %d, want the first line %q", c.Title, c.TitleStart, headline)
	}
	var widget, trailer *Excluded
	for i, e := range c.Excluded {
		switch e.Rule {
		case "widget/glued-name":
			widget = &c.Excluded[i]
		case "update/trailer":
			trailer = &c.Excluded[i]
		}
	}
	if widget == nil || trailer == nil {
		t.Fatalf("excluded = %+v, want a related-links widget and an update trailer", c.Excluded)
	}
	widgetText, trailerText := article[widget.Start:widget.End], article[trailer.Start:trailer.End]
	if !strings.Contains(widgetText, "Presented by") || !strings.HasSuffix(widgetText, " MORE") {
		t.Errorf("widget = %q, want it to run through the sponsor to MORE", widgetText)
	}
	if !strings.Contains(trailerText, "updated at") || !strings.HasSuffix(strings.TrimSpace(article), trailerText) {
		t.Errorf("trailer = %q, want the article's last line", trailerText)
	}
	// The sentence the widget sat in reads on: the text before the widget,
	// a space, and the text after it, on the same line of the article.
	body := c.Body.String()
	lineStart := strings.LastIndexByte(article[:widget.Start], '\n') + 1
	lineEnd := widget.End + strings.IndexByte(article[widget.End:], '\n')
	want := article[lineStart:widget.Start] + article[widget.End:lineEnd]
	if !strings.Contains(body, want) || !strings.Contains(want, " and Russian Foreign Minister") {
		t.Errorf("text lacks the repaired sentence %q:\n%s", want, body)
	}
	for _, junk := range []string{"MORE", "Presented by", "KerryJohn", "updated at"} {
		if strings.Contains(body, junk) {
			t.Errorf("text still holds %q", junk)
		}
	}
}

func TestCleanSeed000(t *testing.T) {
	article := readSeed(t, "000")
	c := Clean(article, "")
	checkCleaned(t, article, c)
	accountedFor(t, article, c)
	if c.Title != "" || len(c.Excluded) != 0 {
		t.Errorf("Clean(seed 000) title = %q, excluded = %+v; want none", c.Title, c.Excluded)
	}
	// Every line of the seed is a block of text, unchanged.
	var lines []string
	for _, l := range strings.Split(article, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if got, want := c.Body.String(), strings.Join(lines, "\n"); got != want {
		t.Errorf("Clean(seed 000).Body differs from its lines:\n%s\nwant\n%s", got, want)
	}
}

// TestCleanDevSet runs intake on the development set: every article keeps
// the invariants, and none keeps its "(CNN)" dateline.
func TestCleanDevSet(t *testing.T) {
	for _, s := range devStories(t) {
		c := Clean(s.article, "")
		checkCleaned(t, s.article, c)
		body := c.Body.String()
		if strings.HasPrefix(body, "(CNN)") || strings.Contains(body[:min(len(body), 60)], "(CNN)") {
			t.Errorf("article %s keeps its dateline: %.80q", s.id, body)
		}
	}
}

// TestDevSetExclusions runs intake on the development sets and the seeds
// and compares what each junk rule excluded with exclusionsGolden; -update
// rewrites it. The file keeps no news text: each exclusion is the
// article's id, its byte offsets, the first 8 hex digits of the SHA-1 of
// the excluded text, and at most its first 24 characters.
func TestDevSetExclusions(t *testing.T) {
	byRule := map[string][]string{}
	for _, s := range append(append(devStories(t), seeds(t)...), otherStories(t)...) {
		for _, e := range Clean(s.article, "").Excluded {
			text := s.article[e.Start:e.End]
			sum := sha1.Sum([]byte(text))
			byRule[e.Rule] = append(byRule[e.Rule], fmt.Sprintf("\t%s [%d:%d] %x %q\n",
				s.id, e.Start, e.End, sum[:4], runePrefix(text, 24)))
		}
	}
	var b strings.Builder
	b.WriteString("# Exclusions on ../shared (500 CNN dev articles, the seeds, 300 Inshorts stories, the Multi-News\n" +
		"# clusters' articles) by junk rule, then by the page classifier's reason: rule ID, count,\n" +
		"# then per exclusion: article id [start:end] sha1-prefix \"first characters\".\n" +
		"# Rewritten by go test -tags devdata ./summarize/internal/intake -run DevSetExclusions -update.\n")
	total := 0
	for _, r := range junk.Rules() {
		fmt.Fprintf(&b, "%s %d\n", r.ID, len(byRule[r.ID]))
		for _, line := range byRule[r.ID] {
			b.WriteString(line)
		}
		total += len(byRule[r.ID])
		delete(byRule, r.ID)
	}
	// The page classifier's cuts (package boilerplate) follow, by reason.
	var classifier []string
	for id := range byRule {
		if strings.HasPrefix(id, "page/") {
			classifier = append(classifier, id)
		}
	}
	slices.Sort(classifier)
	for _, id := range classifier {
		fmt.Fprintf(&b, "%s %d\n", id, len(byRule[id]))
		for _, line := range byRule[id] {
			b.WriteString(line)
		}
		total += len(byRule[id])
		delete(byRule, id)
	}
	fmt.Fprintf(&b, "total %d\n", total)
	if len(byRule) > 0 {
		t.Errorf("exclusions by rules not in the table: %v", byRule)
	}
	got := b.String()
	if *update {
		if err := os.WriteFile(exclusionsGolden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(exclusionsGolden)
	if err != nil {
		t.Fatalf("%v; run go test -tags devdata ./summarize/internal/intake -run DevSetExclusions -update", err)
	}
	if got != string(want) {
		t.Errorf("dev-set exclusions differ from %s; run with -update and read the diff", exclusionsGolden)
	}
}

// runePrefix returns the first n characters of s.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
