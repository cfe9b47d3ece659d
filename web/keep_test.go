//go:build e2e

package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// pastePlain pastes text into the first box as a plain-text paste does:
// one paste event whose clipboard holds text/plain alone.
func pastePlain(p *page, text string) {
	p.t.Helper()
	eval[any](p, `(() => {
		const dt = new DataTransfer();
		dt.setData("text/plain", `+jsString(text)+`);
		const area = document.getElementById("article-1");
		area.focus();
		area.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	})()`)
}

// reload reloads the page and waits for its engine.
func reload(p *page) {
	p.t.Helper()
	p.do("reloading", chromedp.Reload())
	p.waitJS(`document.getElementById("engine-state").dataset.state === "ready"`, "the engine after the reload")
}

// TestLongDraftComesBack pastes a text long enough for its box to show
// only its start, and checks that it comes back whole after a reload, and
// after Clear all and Undo, with the page working.
func TestLongDraftComesBack(t *testing.T) {
	long := longText(t, 300_000)
	p := open(t, "index.html")
	pastePlain(p, long)
	p.waitJS(`!document.getElementById("article-1-long").hidden`, "the long text's note")
	p.waitJS(`(localStorage.getItem("skim.drafts.v1") || "").length > 300000`, "the long draft to be kept")

	reload(p)
	if got := eval[string](p, `skimPage.app.articles.texts()[0]`); got != long {
		t.Fatalf("after a reload Article 1 holds %d characters, want the draft's %d", len(got), len(long))
	}
	if eval[bool](p, `document.getElementById("article-1-long").hidden`) {
		t.Errorf("after a reload the long text's note is hidden")
	}
	p.waitJS(`/Digest ready/.test(document.getElementById("status").textContent)`, "the long draft's digest")

	p.click("Clear all")
	p.click("Undo")
	if got := eval[string](p, `skimPage.app.articles.texts()[0]`); got != long {
		t.Errorf("after Clear all and Undo Article 1 holds %d characters, want %d", len(got), len(long))
	}
	if tag := eval[string](p, `document.activeElement.tagName`); tag != "TEXTAREA" {
		t.Errorf("after Undo the focus is on %s, want the restored box", tag)
	}
	p.checkOffline()
}

// TestUndoGoesWithAnEdit clears the articles, types a new one, and checks
// that the offer to undo the clearing is gone rather than left to throw
// the new text away.
func TestUndoGoesWithAnEdit(t *testing.T) {
	p := open(t, "index.html")
	p.paste("Article 1", "The ferry across Lake Arden ran again on Monday after a month in dry dock.")
	p.click("Clear all")
	if eval[bool](p, `document.getElementById("undo-bar").hidden`) {
		t.Fatalf("after Clear all no Undo is offered")
	}
	const typed = "The bridge over the Arden river reopened on Tuesday."
	p.paste("Article 1", typed)
	if !eval[bool](p, `document.getElementById("undo-bar").hidden`) {
		t.Errorf("after typing a new article the Undo of Clear all is still offered")
	}
	if got := eval[string](p, `document.querySelector("textarea").value`); got != typed {
		t.Errorf("Article 1 holds %q, want the typed text %q", got, typed)
	}
}

// TestPastedPageKeptInDraft pastes a real page and reloads: the draft
// keeps what was found in the page, so its note, headline and digest come
// back as they were.
func TestPastedPageKeptInDraft(t *testing.T) {
	const name = "nytimes-1"
	p := open(t, "index.html")
	pastePage(p, realPage(t, name, "clipboard.html"), realPage(t, name, "clipboard.txt"))
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the pasted page's digest")
	before := digestTexts(p)
	p.waitJS(`(JSON.parse(localStorage.getItem("skim.drafts.v1") || "{}").articles || []).some((a) => a.page && /Sudan Sanctions/.test(a.page.title))`, "the draft to keep the page's headline")

	reload(p)
	p.waitJS(`/Digest ready/.test(document.getElementById("status").textContent)`, "the draft's digest")
	if note := eval[string](p, `document.getElementById("article-1-note").textContent`); !strings.Contains(note, "Sudan Sanctions") {
		t.Errorf("after a reload the note under the box says %q, want what was found in the page", note)
	}
	if title := eval[string](p, `document.querySelector("#original h3").textContent`); !strings.Contains(title, "Sudan Sanctions") {
		t.Errorf("after a reload the Original's heading is %q, want the page's headline", title)
	}
	if after := digestTexts(p); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("after a reload the digest is %q, want the one before it %q", after, before)
	}
}

// TestPastedPageUndone pastes a page after a line of the person's own and
// presses Ctrl+Z: the article found in the page goes, the line stays, and
// the note about the page goes with it.
func TestPastedPageUndone(t *testing.T) {
	const own = "My notes on the sanctions. "
	p := open(t, "index.html")
	p.paste("Article 1", own)
	pastePage(p, realPage(t, "nytimes-1", "clipboard.html"), realPage(t, "nytimes-1", "clipboard.txt"))
	p.waitJS(`/Sudan Sanctions/.test(document.getElementById("article-1").value)`, "the pasted page's article")
	p.do("pressing Ctrl+Z", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	if got := eval[string](p, `document.getElementById("article-1").value`); got != own {
		t.Errorf("after Ctrl+Z the box holds %q…, want the line typed before the paste, %q", got[:min(len(got), 80)], own)
	}
	if eval[bool](p, `!document.getElementById("article-1-note").hidden`) {
		t.Errorf("after Ctrl+Z the note about the pasted page still shows")
	}
}

// TestPastedPageNotBehindDigest pastes a web page into a second box while
// the digest of a long first one runs: the page is read without waiting
// for that digest, which the new article makes out of date.
func TestPastedPageNotBehindDigest(t *testing.T) {
	const name = "nytimes-1"
	p := open(t, "index.html")
	pastePlain(p, longText(t, 1500_000))
	p.waitJS(`skimPage.app.running !== null`, "the long digest to start")
	p.click("Add article")
	eval[any](p, `(() => {
		const dt = new DataTransfer();
		dt.setData("text/html", `+jsString(realPage(t, name, "clipboard.html"))+`);
		dt.setData("text/plain", `+jsString(realPage(t, name, "clipboard.txt"))+`);
		const area = document.querySelectorAll("textarea")[1];
		area.focus();
		area.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	})()`)
	p.waitJS(`document.querySelectorAll("textarea")[1].value !== ""`, "the pasted page's article")
	if shown := eval[int](p, `(skimPage.app.shownTexts || []).length`); shown != 0 {
		t.Errorf("the page's article came after a digest of %d article(s) was shown: it waited for the long digest", shown)
	}
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent) && skimPage.app.shownTexts.length === 2`, "the digest of both articles")
	p.checkOffline()
}
