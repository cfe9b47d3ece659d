//go:build e2e

package web_test

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestPhoneWidth digests both seeds on a 360 px wide screen: nothing may
// scroll sideways, the Digest stacks above the Original, and every control
// lies within the screen.
func TestPhoneWidth(t *testing.T) {
	p := open(t, "index.html")
	p.do("narrowing the viewport to 360 px", chromedp.EmulateViewport(360, 740))
	p.paste("Article 1", seed(t, "000"))
	p.click("Add article")
	p.paste("Article 2", seed(t, "004"))
	p.summarize()
	if w := eval[float64](p, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("page is %v px wide at a 360 px viewport, want no sideways scrolling", w)
	}
	stacked := eval[bool](p, `(() => {
		const d = document.getElementById("digest").getBoundingClientRect();
		const o = document.getElementById("original").getBoundingClientRect();
		return d.bottom <= o.top;
	})()`)
	if !stacked {
		t.Error("at 360 px the Digest is not above the Original")
	}
	outside := eval[[]string](p, `Array.from(document.querySelectorAll("button, textarea, input, select"))
		.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > 360); })
		.map((e) => e.id || e.textContent || e.tagName)`)
	if len(outside) > 0 {
		t.Errorf("controls reach past the 360 px screen: %q", outside)
	}
}
