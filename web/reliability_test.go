//go:build e2e

package web_test

import (
	"strings"
	"testing"
)

// recordRequests is a page script: it records the digests the page asks
// the engine for (their arguments, as JSON) in window.requests, and, each
// time the digest list changes, whether the digest is of the text in the
// boxes at that moment (window.staleShown counts the times it is not).
const recordRequests = `(() => {
	const engine = skimPage.app.engine;
	const summarize = engine.summarize.bind(engine);
	window.requests = [];
	engine.summarize = (...args) => { window.requests.push(JSON.stringify(args)); return summarize(...args); };
	window.staleShown = 0;
	new MutationObserver(() => {
		const boxes = skimPage.app.articles.texts().filter((v) => v.trim() !== "");
		if (JSON.stringify(boxes) !== JSON.stringify(skimPage.app.shownTexts)) window.staleShown++;
	}).observe(document.getElementById("digest"), { childList: true, subtree: true, characterData: true });
})()`

// longText returns dev-set articles joined until they reach n bytes: a
// paste whose digest takes several seconds in the page.
func longText(t testing.TB, n int) string {
	var b strings.Builder
	for _, a := range devArticles(t) {
		if b.Len() >= n {
			break
		}
		b.WriteString(a)
		b.WriteString("\n\n")
	}
	return b.String()
}

// replaceText sets the box labelled label to text as typing over a
// selection would: one input event.
func replaceText(p *page, id, text string) {
	eval[any](p, `(() => { const a = document.getElementById(`+jsString(id)+`); a.value = `+jsString(text)+
		`; a.dispatchEvent(new Event("input", { bubbles: true })); })()`)
}

// TestEditDuringLongDigest shows a digest, pastes 1 MB and asks for its
// digest, then replaces the text while the engine works on it. The old
// digest is marked out of date at once; the long digest is stopped (the
// worker restarted) rather than waited for; the digest that appears is of
// the new text; and no text is digested twice.
func TestEditDuringLongDigest(t *testing.T) {
	p := open(t, "index.html")
	eval[any](p, recordRequests)
	p.paste("Article 1", seed(t, "004"))
	p.summarize()
	long := longText(t, 1<<20)
	replaceText(p, "article-1", long)
	if eval[bool](p, `document.getElementById("stale-note").hidden`) {
		t.Error("after an edit the digest shown is not marked out of date")
	}
	eval[any](p, `document.getElementById("status").textContent = ""; document.getElementById("summarize").click()`)
	p.waitJS(`skimPage.app.engine.current && skimPage.app.engine.current.message.type === "summarize"`, "the long digest to start")
	const short = "Ferry Returns to Lake Arden\n\nThe ferry across Lake Arden ran again on Monday after a month in dry dock. " +
		"Its owners fitted a new engine that burns half as much fuel. Commuters said the crossing took ten minutes less than the bus."
	replaceText(p, "article-1", short)
	p.click("Summarize")
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the new text's digest")
	if got := digestTexts(p); len(got) == 0 || !strings.Contains(short, got[0]) {
		t.Errorf("the digest shown is %q, want sentences of the new text", got)
	}
	if n := eval[int](p, `window.staleShown`); n > 0 {
		t.Errorf("%d times the page showed a digest of text no longer in the boxes", n)
	}
	if eval[int](p, `skimPage.app.engine.recycled || 0`) == 0 {
		t.Error("the outdated 1 MB digest was waited for, not stopped")
	}
	if !eval[bool](p, `document.getElementById("stale-note").hidden`) {
		t.Error("the new digest is still marked out of date")
	}
	requests := eval[[]string](p, `window.requests`)
	seen := map[string]bool{}
	for _, r := range requests {
		if seen[r] {
			t.Errorf("the engine was asked twice for %.80s…", r)
		}
		seen[r] = true
	}
	if len(requests) != 3 {
		t.Errorf("the engine was asked for %d digests, want 3 (seed, long text, new text)", len(requests))
	}
	p.checkOffline()
}

// TestCrashedTextNotResent stops the engine while it digests a text, as a
// crash would: the text is not sent again as it is, by itself or on
// Summarize, until it changes.
func TestCrashedTextNotResent(t *testing.T) {
	p := open(t, "index.html")
	eval[any](p, recordRequests)
	replaceText(p, "article-1", longText(t, 300<<10))
	eval[any](p, `document.getElementById("summarize").click()`)
	p.waitJS(`skimPage.app.engine.current && skimPage.app.engine.current.message.type === "summarize"`, "the digest to start")
	eval[any](p, `skimPage.app.engine.crash("a test stopped it")`)
	p.waitJS(`/stopped the engine|stopped while/.test(document.getElementById("message").textContent)`, "the page to say the engine stopped")
	p.waitJS(`skimPage.app.engine.ready`, "the engine to restart")
	p.click("Summarize")
	p.waitJS(`/was not sent again/.test(document.getElementById("message").textContent)`, "the page to refuse the text that stopped the engine")
	if n := eval[int](p, `window.requests.length`); n != 1 {
		t.Errorf("the engine was asked %d times, want once: the text that stopped it was sent again", n)
	}
	replaceText(p, "article-1", seed(t, "004"))
	p.summarize()
}

// TestRefusesOversizedInput pastes more text than the engine takes, drops
// files over the limits, a binary file and a UTF-16 file: what is too big
// never reaches a box, what is not text is skipped, and UTF-16 is read.
func TestRefusesOversizedInput(t *testing.T) {
	p := open(t, "index.html")
	eval[any](p, recordRequests)
	eval[any](p, `(() => {
		const dt = new DataTransfer();
		dt.setData("text/plain", "The river rose. ".repeat(330000)); // 5.3 MB
		const area = document.getElementById("article-1");
		area.focus();
		area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
	})()`)
	status := eval[string](p, `document.getElementById("status").textContent`)
	if !strings.Contains(status, "skim digests up to 4.0 MB") || !strings.Contains(status, "Nothing was pasted") {
		t.Errorf("after a 5 MB paste the page says %q, want the limit and that nothing was pasted", status)
	}
	if v := eval[string](p, `document.getElementById("article-1").value`); v != "" {
		t.Errorf("the 5 MB paste reached the box (%d characters)", len(v))
	}
	eval[any](p, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(["x".repeat(5 << 20)], "big.txt", { type: "text/plain" }));
		dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], "photo.txt"));
		const le = [0xff, 0xfe];
		for (const c of "Ferry returns. The ferry ran again on Monday.") le.push(c.charCodeAt(0), 0);
		dt.items.add(new File([new Uint8Array(le)], "notes.txt", { type: "text/plain" }));
		const input = document.getElementById("input");
		input.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
	})()`)
	p.waitJS(`/^Skipped/.test(document.getElementById("status").textContent)`, "the skipped files named")
	status = eval[string](p, `document.getElementById("status").textContent`)
	for _, want := range []string{"big.txt (5.0 MB; the limit is 4.0 MB)", "photo.txt (not a text file)"} {
		if !strings.Contains(status, want) {
			t.Errorf("the page says %q, want it to name %q", status, want)
		}
	}
	if v := eval[string](p, `document.getElementById("article-1").value`); v != "Ferry returns. The ferry ran again on Monday." {
		t.Errorf("Article 1 holds %q after dropping a UTF-16 file, want its text", v)
	}
	// The UTF-16 file's text is digested once the page's quiet time after
	// an edit has passed; wait for it, or the next edit would replace it.
	p.waitJS(`window.requests.length === 1`, "the digest of the UTF-16 file")
	// Text typed past the limit, in two boxes, is refused before it is sent.
	replaceText(p, "article-1", strings.Repeat("The river rose again. ", 120_000))
	p.click("Add article")
	replaceText(p, "article-2", strings.Repeat("The bridge held. ", 120_000))
	p.click("Summarize")
	p.waitJS(`/skim digests up to 4.0 MB/.test(document.getElementById("message").textContent)`, "the limit message")
	// Article 1 alone is under the limit, and the page may digest it before
	// article 2 is filled; with article 2 beside it, nothing may be sent.
	if n := eval[int](p, `window.requests.filter((r) => r.includes("The bridge held.")).length`); n != 0 {
		t.Errorf("the engine was asked for %d digests of both boxes: text over the limit was sent", n)
	}
	p.checkOffline()
}

// TestEditUndoneDuringDigest types a character and deletes it while a long
// digest runs: the digest on its way is of the text in the box again, so it
// is taken back, neither stopped nor asked for twice.
func TestEditUndoneDuringDigest(t *testing.T) {
	p := open(t, "index.html")
	eval[any](p, recordRequests)
	long := longText(t, 300<<10)
	replaceText(p, "article-1", long)
	eval[any](p, `document.getElementById("status").textContent = ""; document.getElementById("summarize").click()`)
	p.waitJS(`skimPage.app.engine.current && skimPage.app.engine.current.message.type === "summarize"`, "the digest to start")
	replaceText(p, "article-1", long+"x")
	replaceText(p, "article-1", long)
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the digest")
	if n := eval[int](p, `window.requests.length`); n != 1 {
		t.Errorf("the engine was asked for %d digests, want 1: the text it was digesting came back", n)
	}
	if n := eval[int](p, `skimPage.app.engine.recycled || 0`); n != 0 {
		t.Errorf("the engine was restarted %d times for an edit that was undone", n)
	}
	if n := eval[int](p, `window.staleShown`); n > 0 {
		t.Errorf("%d times the page showed a digest of text no longer in the boxes", n)
	}
}
