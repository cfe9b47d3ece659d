//go:build e2e

package web_test

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// firstItemInView is a page expression: whether the digest's first sentence
// lies wholly on the screen.
const firstItemInView = `(() => {
	const li = document.querySelector("#digest li");
	if (!li) return false;
	const r = li.getBoundingClientRect();
	return r.top >= 0 && r.bottom <= window.innerHeight;
})()`

// TestDigestInView asks for a digest of two long articles on a desktop and
// a phone screen and checks that its first sentence comes into view and
// the focus moves to it; a digest that follows typing leaves the focus in
// the box.
func TestDigestInView(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int64
	}{{"desktop", 1366, 900}, {"phone", 390, 844}} {
		t.Run(size.name, func(t *testing.T) {
			p := open(t, "index.html")
			p.do("sizing the viewport", chromedp.EmulateViewport(size.w, size.h))
			p.paste("Article 1", seed(t, "000"))
			p.click("Add article")
			p.paste("Article 2", seed(t, "004"))
			p.summarize()
			p.waitJS(firstItemInView, "the digest's first sentence to come into view")
			if id := eval[string](p, `document.activeElement.id`); id != "digest-heading" {
				t.Errorf("after Summarize the focus is on %q, want the digest's heading", id)
			}

			// Typing runs the digest by itself; the focus stays in the box.
			eval[any](p, `document.getElementById("status").textContent = ""`)
			p.paste("Article 2", " The council will meet again in May.")
			p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent) && document.activeElement.tagName === "TEXTAREA"`, "a digest that leaves the focus in the box")
		})
	}
}

// TestRevealInLongText clicks the digest sentences of a short article that
// follows a long one, whose blocks above them take their real heights only
// as they are laid out: each click brings its sentence into view.
func TestRevealInLongText(t *testing.T) {
	p := open(t, "index.html")
	pastePlain(p, longText(t, 600_000))
	p.click("Add article")
	p.paste("Article 2", seed(t, "004"))
	p.summarize()
	ids := eval[[]string](p, `skimPage.app.result.digest.filter((l) => l.article === 1).map((l) => skimPage.render.sentenceId(l))`)
	if len(ids) == 0 {
		t.Fatalf("the digest holds no sentence of Article 2: the test no longer tests anything")
	}
	for _, id := range ids {
		eval[any](p, `(() => {
			const line = skimPage.app.result.digest.find((l) => skimPage.render.sentenceId(l) === `+jsString(id)+`);
			const items = Array.from(document.querySelectorAll("#digest .digest-item"));
			items[skimPage.app.result.digest.indexOf(line)].click();
		})()`)
		p.waitJS(`(() => {
			const el = document.getElementById(`+jsString(id)+`);
			if (!el) return false;
			const r = el.getBoundingClientRect();
			return r.bottom > 0 && r.top < innerHeight;
		})()`, "sentence "+id+" to come into view")
	}
}
