//go:build e2e

package web_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// realPage reads one file of a real page in ../../shared/pages.
func realPage(t *testing.T, name, file string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "pages", name, file))
	if err != nil {
		t.Fatalf("real page missing (CI clones shared/ beside the repo): %v", err)
	}
	return string(b)
}

// grams returns the word 5-grams of s, lower-cased letters and digits with
// quotes folded, as ../shared/pages/README.md defines them.
func grams(s string) map[string]bool {
	s = strings.NewReplacer("’", "", "'", "", "‘", "").Replace(strings.ToLower(s))
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	set := make(map[string]bool)
	for i := 0; i+5 <= len(words); i++ {
		set[strings.Join(words[i:i+5], " ")] = true
	}
	return set
}

// isArticleText reports whether sentence belongs to article by the pages'
// junk test: 90% of its 5-grams occur in the article (a sentence of under
// five words must equal one of its lines).
func isArticleText(sentence, article string) bool {
	g := grams(sentence)
	if len(g) == 0 {
		for _, line := range strings.Split(article, "\n") {
			if norm(line) == norm(sentence) {
				return true
			}
		}
		return false
	}
	in := grams(article)
	n := 0
	for x := range g {
		if in[x] {
			n++
		}
	}
	return float64(n) >= 0.9*float64(len(g))
}

// pastePage pastes a page into the first box as a person's Ctrl+V does
// after copying the whole page: one paste event with both clipboard
// flavours.
func pastePage(p *page, html, plain string) {
	p.t.Helper()
	eval[any](p, `(() => {
		const dt = new DataTransfer();
		dt.setData("text/html", `+jsString(html)+`);
		dt.setData("text/plain", `+jsString(plain)+`);
		const area = document.getElementById("article-1");
		area.focus();
		area.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	})()`)
}

// TestPasteRealPage pastes what copying a whole news page puts on the
// clipboard and checks that the box gets the article, the note says what
// was found, and the digest holds no page junk.
func TestPasteRealPage(t *testing.T) {
	const name = "nytimes-1"
	article := realPage(t, name, "article.txt")
	p := open(t, "index.html")
	plain := realPage(t, name, "clipboard.txt")
	pastePage(p, realPage(t, name, "clipboard.html"), plain)
	p.waitJS(`document.getElementById("article-1").value !== ""`, "the pasted page's article")
	text := eval[string](p, `document.getElementById("article-1").value`)
	if !strings.HasPrefix(text, "United States to Lift Sudan Sanctions\n\n") {
		t.Errorf("the box starts %q, want the headline, then the article", text[:min(len(text), 80)])
	}
	if len(text) > len(plain)*3/4 {
		t.Errorf("the box holds %d characters of the page's %d, want the article alone", len(text), len(plain))
	}
	note := eval[string](p, `document.getElementById("article-1-note").textContent`)
	if !strings.Contains(note, "From a web page") || !strings.Contains(note, "Sudan Sanctions") {
		t.Errorf("the note under the box says %q, want what was found", note)
	}
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the pasted page's digest")
	items := digestTexts(p)
	if len(items) != 5 {
		t.Errorf("the digest has %d sentences, want 5", len(items))
	}
	for _, s := range items {
		if !isArticleText(s, article) {
			t.Errorf("digest sentence %q is not article text", s)
		}
	}
	if title := eval[string](p, `document.querySelector("#original h3").textContent`); !strings.Contains(title, "Sudan Sanctions") {
		t.Errorf("the Original's heading is %q, want the page's headline", title)
	}

	// The person may take the whole page's text instead.
	p.click("Use all of the page's text instead")
	if got := eval[string](p, `document.getElementById("article-1").value`); got != plain {
		t.Errorf("after 'Use all of the page's text instead' the box holds %d characters, want the clipboard's %d", len(got), len(plain))
	}
	if eval[bool](p, `!document.getElementById("article-1-note").hidden`) {
		t.Errorf("the note still shows after the page's text replaced the article")
	}
	p.checkOffline()
}

// TestPastePlainPage pastes a real page's plain text, as "select all, copy"
// and a plain paste give it, and checks that the page around the article is
// folded away in the Original and stays out of the digest.
func TestPastePlainPage(t *testing.T) {
	const name = "nytimes-1"
	article := realPage(t, name, "article.txt")
	p := open(t, "index.html")
	p.paste("Article 1", realPage(t, name, "paste.txt"))
	p.summarize()
	junk := 0
	for _, s := range digestTexts(p) {
		if !isArticleText(s, article) {
			junk++
			t.Logf("junk in the digest: %q", s)
		}
	}
	if junk > 1 {
		t.Errorf("%d of the digest's sentences are page junk, want at most 1", junk)
	}
	folds := eval[[]string](p, `Array.from(document.querySelectorAll("#original details.left-out > summary"), (s) => s.textContent)`)
	if len(folds) == 0 {
		t.Fatalf("the Original folds no left-out lines; want the page's menus folded")
	}
	for _, f := range folds {
		if !strings.HasPrefix(f, "Left out: ") || !strings.Contains(f, " lines") {
			t.Errorf("a fold says %q, want \"Left out: <reason>, N lines\"", f)
		}
	}
	if !strings.Contains(strings.Join(folds, "; "), "page navigation") {
		t.Errorf("the folds say %q, want the page's navigation among them", folds)
	}
	if n := eval[int](p, `document.querySelectorAll("#original .excluded").length`); n < 20 {
		t.Errorf("the Original marks %d left-out stretches, want the page's many menu lines", n)
	}
	p.do("opening the first fold", chromedpClick(`(//details[contains(@class,"left-out")]/summary)[1]`))
	if !eval[bool](p, `document.querySelector("#original details.left-out").open`) {
		t.Errorf("the first fold did not open when clicked")
	}
	p.checkOffline()
}

// TestPasteNoArticle pastes HTML in which the engine finds no article: the
// clipboard's plain text goes in instead, the box is editable again and a
// message says what happened.
func TestPasteNoArticle(t *testing.T) {
	p := open(t, "index.html")
	pastePage(p, `<div><script>var x = 1;</script></div>`, "Just these words from the clipboard.")
	p.waitJS(`document.getElementById("article-1").value !== ""`, "the plain text")
	if got := eval[string](p, `document.getElementById("article-1").value`); got != "Just these words from the clipboard." {
		t.Errorf("the box holds %q, want the clipboard's plain text", got)
	}
	if eval[bool](p, `document.getElementById("article-1").readOnly`) {
		t.Errorf("the box is still read-only")
	}
	if msg := eval[string](p, `document.getElementById("status").textContent`); !strings.Contains(msg, "no article") {
		t.Errorf("the status says %q, want that no article was found", msg)
	}
	p.checkOffline()
}
