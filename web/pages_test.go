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
