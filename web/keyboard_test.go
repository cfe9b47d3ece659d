//go:build e2e

package web_test

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestKeyboard checks that every control can take the keyboard's focus and
// that Ctrl+Enter in an article box summarizes.
func TestKeyboard(t *testing.T) {
	p := open(t, "index.html")
	unfocusable := eval[[]string](p, `Array.from(document.querySelectorAll("button, textarea, input, select"))
		.filter((e) => e.getClientRects().length > 0)
		.filter((e) => { e.focus(); return document.activeElement !== e; })
		.map((e) => e.id || e.textContent || e.tagName)`)
	if len(unfocusable) > 0 {
		t.Errorf("controls that cannot take focus: %q", unfocusable)
	}
	p.paste("Article 1", seed(t, "000"))
	eval[any](p, `(() => {
		const area = document.querySelector("textarea");
		area.focus();
		area.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", code: "Enter", ctrlKey: true, bubbles: true}));
	})()`)
	p.waitJS(`document.querySelectorAll("#digest .digest-item").length > 0`, "Ctrl+Enter to show a digest")
}

// TestDarkMode checks that the page follows prefers-color-scheme: its
// background is light by default and dark when the system asks for dark.
func TestDarkMode(t *testing.T) {
	p := open(t, "index.html")
	luminance := `(() => {
		const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
		return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
	})()`
	if l := eval[float64](p, luminance); l < 0.5 {
		t.Errorf("default background luminance %.2f, want a light page", l)
	}
	p.do("asking for a dark colour scheme", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := cdp.Call(ctx, target, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
		})
		return err
	}))
	if l := eval[float64](p, luminance); l > 0.3 {
		t.Errorf("dark-mode background luminance %.2f, want a dark page", l)
	}
}
