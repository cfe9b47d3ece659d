//go:build e2e

package web_test

import "testing"

// countRequests is a page script: it counts the digests the page asks the
// engine for, in window.digests.
const countRequests = `(() => {
	const engine = skimPage.app.engine;
	const summarize = engine.summarize.bind(engine);
	window.digests = 0;
	engine.summarize = (...args) => { window.digests++; return summarize(...args); };
})()`

// TestSameRequestOnce pastes an article, lets the digest follow by itself,
// then presses Summarize for the same text: the engine is asked once, and
// the digest is announced and brought into view again.
func TestSameRequestOnce(t *testing.T) {
	p := open(t, "index.html")
	eval[any](p, countRequests)
	p.paste("Article 1", seed(t, "000"))
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the digest that follows the paste")
	p.summarize() // the same text and length
	if n := eval[int](p, `window.digests`); n != 1 {
		t.Errorf("the engine was asked for %d digests of one text, want 1", n)
	}
	if id := eval[string](p, `document.activeElement.id`); id != "digest-heading" {
		t.Errorf("after Summarize the focus is on %q, want the digest's heading", id)
	}
	// A new length is a new request.
	eval[any](p, `(() => { const f = document.getElementById("sentences"); f.value = "2"; f.dispatchEvent(new Event("change")); })()`)
	p.waitJS(`window.digests === 2 && /^Digest ready/.test(document.getElementById("status").textContent)`, "a second digest for a new length")
	p.checkOffline()
}

// TestLengthChangedAndBack changes the length while a (slowed) digest runs,
// back to the length shown, then to the new one again: the page shows the
// digest of the length the field holds, rather than doing nothing.
func TestLengthChangedAndBack(t *testing.T) {
	p := open(t, "index.html")
	p.paste("Article 1", seed(t, "000"))
	p.summarize()
	eval[any](p, `(() => {
		const engine = skimPage.app.engine;
		const summarize = engine.summarize.bind(engine);
		engine.summarize = (...args) => summarize(...args).then((r) => new Promise((done) => setTimeout(() => done(r), 1500)));
	})()`)
	for _, n := range []string{"6", "5", "6"} {
		eval[any](p, `(() => { const f = document.getElementById("sentences"); f.value = "`+n+`"; f.dispatchEvent(new Event("change")); })()`)
	}
	p.waitJS(`document.getElementById("status").textContent === "Digest ready: 6 sentences."`, "the 6-sentence digest")
	if n := len(digestTexts(p)); n != 6 {
		t.Errorf("the digest shown has %d sentences, want the 6 the field asks for", n)
	}
	if got := eval[string](p, `document.getElementById("progress").textContent`); got != "" {
		t.Errorf("after the digest the progress line still says %q", got)
	}
}
