//go:build e2e

package web_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// clipboardStub replaces navigator.clipboard.writeText, which a headless
// page may not use, with one that keeps what it was given in window.copied.
const clipboardStub = `Object.defineProperty(navigator.clipboard, "writeText", {
	configurable: true,
	value: (text) => { window.copied = (window.copied || []).concat([text]); return Promise.resolve(); },
})`

// TestCopyDigest copies the example's digest as plain text and as Markdown.
func TestCopyDigest(t *testing.T) {
	p := open(t, "index.html")
	p.click("Load example")
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the example's digest")
	items := digestTexts(p)
	sources := eval[[]string](p, `Array.from(document.querySelectorAll("#digest li .source"), (s) => s.textContent)`)
	if len(sources) != len(items) {
		t.Fatalf("%d digest items name their source, want all %d (the example has two articles)", len(sources), len(items))
	}
	eval[any](p, clipboardStub)

	p.click("Copy digest")
	p.waitJS(`document.getElementById("status").textContent === "Digest copied."`, "the copy to be confirmed")
	if got, want := eval[[]string](p, `window.copied`), []string{strings.Join(items, "\n") + "\n"}; !slices.Equal(got, want) {
		t.Errorf("Copy digest wrote %q, want the digest one sentence a line: %q", got, want)
	}

	p.click("Copy as Markdown")
	p.waitJS(`document.getElementById("status").textContent === "Digest copied as Markdown."`, "the Markdown copy to be confirmed")
	copied := eval[[]string](p, `window.copied`)
	if len(copied) != 2 {
		t.Fatalf("the clipboard was written %d times, want 2", len(copied))
	}
	lines := strings.Split(strings.TrimSuffix(copied[1], "\n"), "\n")
	if len(lines) != len(items) {
		t.Fatalf("the Markdown has %d lines, want %d (one per digest item): %q", len(lines), len(items), copied[1])
	}
	for i, line := range lines {
		if strings.ContainsAny(items[i], "*_`[]\\") {
			t.Fatalf("digest item %q holds Markdown syntax; the example should not", items[i])
		}
		prefix, source := fmt.Sprintf("%d. %s", i+1, items[i]), " *("+sources[i]
		if !strings.HasPrefix(line, prefix) || !strings.Contains(line[len(prefix):], source) || !strings.HasSuffix(line, ")*") {
			t.Errorf("Markdown line %d = %q, want %q followed by its source %q…)*", i+1, line, prefix, source)
		}
	}
	p.checkOffline()
}

// drop is a page script that drops files, given as [name, type, text]
// triples, on the input section as a person dragging them from a file
// manager would.
const drop = `((files) => {
	const dt = new DataTransfer();
	for (const [name, type, text] of files) dt.items.add(new File([text], name, { type }));
	const input = document.getElementById("input");
	input.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
	input.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
})`

// TestDropFiles drops a .txt file on the empty page, then an .html file and
// a file skim cannot read, and checks that each readable file becomes an
// article (HTML as its text) and the other is named in a message.
func TestDropFiles(t *testing.T) {
	p := open(t, "index.html")
	const story = "Ferry Returns to Lake Arden\n\nThe ferry across Lake Arden ran again on Monday after a month in dry dock. " +
		"Its owners fitted a new engine that burns half as much fuel. Commuters said the crossing took ten minutes less than the bus."
	eval[any](p, drop+`([["ferry.txt", "text/plain", `+jsString(story)+`]])`)
	p.waitJS(`document.getElementById("article-1").value !== ""`, "the dropped file's text")
	if got := eval[string](p, `document.getElementById("article-1").value`); got != story {
		t.Errorf("Article 1 holds %q after dropping ferry.txt, want the file's text %q", got, story)
	}
	// A dropped file is an edit: the digest follows by itself.
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the dropped article's digest")
	checkDigest(t, p)

	const page = `<html><head><title>x</title><script>window.pwned = "script"</script></head><body>` +
		`<h1>Market Hall Reopens</h1><p>The market hall reopened on Friday with forty stalls.</p>` +
		`<img src=x onerror="window.pwned='img'"><p>Traders said rents had not risen.</p></body></html>`
	// Everything #status says, kept: the digest that follows replaces it.
	eval[any](p, `window.said = []; new MutationObserver(() => window.said.push(document.getElementById("status").textContent))
		.observe(document.getElementById("status"), { childList: true, characterData: true, subtree: true })`)
	eval[any](p, drop+`([["hall.html", "text/html", `+jsString(page)+`], ["photo.png", "image/png", "not really a picture"]])`)
	p.waitJS(`document.querySelectorAll("textarea").length === 2`, "a second article")
	if got, want := eval[string](p, `document.querySelectorAll("textarea")[1].value`),
		"Market Hall Reopens\n\nThe market hall reopened on Friday with forty stalls.\n\nTraders said rents had not risen."; got != want {
		t.Errorf("the dropped HTML became %q, want its text %q", got, want)
	}
	if got := eval[string](p, `document.getElementById("article-1").value`); got != story {
		t.Errorf("dropping more files changed Article 1 to %q", got)
	}
	p.waitJS(`window.said.some((s) => s.includes("photo.png"))`, "a message naming the skipped photo.png")
	if pwned := eval[string](p, `String(window.pwned)`); pwned != "undefined" {
		t.Errorf("the dropped HTML ran code: window.pwned = %q", pwned)
	}
	p.checkOffline()
}

// TestMarkdownEscapes copies as Markdown a digest whose sentence and
// article title hold Markdown: a link, emphasis, HTML. None of it may stay
// live in the copy.
func TestMarkdownEscapes(t *testing.T) {
	p := open(t, "index.html")
	got := eval[string](p, `skimPage.render.digestText({
		articles: [{title: "[x](javascript:alert(1))"}, {title: "<b>Two</b>"}],
		digest: [{text: "See *this* [link](javascript:alert(1)) and <img src=x>.", article: 0}, {text: "Plain words.", article: 1}],
	}, true)`)
	// Live markup is markup not escaped by a backslash before it.
	for _, live := range []string{`](javascript`, `*this`, `<img`, `<b>`, `[link`, `[x`} {
		if regexp.MustCompile(`(^|[^\\])` + regexp.QuoteMeta(live)).MatchString(got) {
			t.Errorf("the Markdown copy %q keeps %q live", got, live)
		}
	}
	if !strings.Contains(got, `\[link\]\(javascript:alert\(1\)\)`) || !strings.Contains(got, "2. Plain words.") {
		t.Errorf("the Markdown copy = %q, want the markup escaped and the plain sentence as it is", got)
	}
}
