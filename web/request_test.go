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
