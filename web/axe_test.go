//go:build e2e

package web_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axePath is axe-core's browser build, installed from npm by `npm ci
// --prefix web` (web/package.json pins the version).
var axePath = filepath.Join("node_modules", "axe-core", "axe.min.js")

// axeViolations injects axe-core into the page and returns its violations,
// one line each: rule, impact, and the elements that break it.
func axeViolations(t *testing.T, p *page) []string {
	t.Helper()
	src, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("the accessibility tests need axe-core (npm ci --prefix web): %v", err)
	}
	eval[any](p, string(src)+"; void 0")
	return eval[[]string](p, `axe.run(document, { resultTypes: ["violations"] }).then((r) =>
		r.violations.map((v) => v.id + " (" + v.impact + "): " + v.nodes.map((n) => n.target.join(" ") +
			(n.any[0] && n.any[0].data && n.any[0].data.contrastRatio ? " " + n.any[0].data.contrastRatio + ":1" : "")).join(", ")))`)
}

// colourScheme asks the page for the light or dark scheme.
func colourScheme(p *page, scheme string) {
	p.do("asking for the "+scheme+" colour scheme", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := cdp.Call(ctx, target, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	}))
}

// TestAxe runs axe-core on the page in the light and the dark scheme,
// before any digest and after a digest of two articles with duplicates,
// left-out page clutter and a page note: there must be no violation.
func TestAxe(t *testing.T) {
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			p := open(t, "index.html")
			colourScheme(p, scheme)
			check := func(when string) {
				for _, v := range axeViolations(t, p) {
					t.Errorf("%s, %s: %s", scheme, when, v)
				}
			}
			check("before a digest")
			p.paste("Article 1", seed(t, "004")) // scraped: left-out clutter in the Original
			p.click("Add article")
			p.paste("Article 2", seed(t, "000")) // repeated: duplicates struck through
			p.summarize()
			check("after a digest of two articles")
			// The stale note, shown after an edit.
			p.paste("Article 2", " More text.")
			p.waitJS(`!document.getElementById("stale-note").hidden`, "the out-of-date note")
			check("with the digest out of date")
		})
	}
}

// TestAxeFindsProblems shows that the check can fail: a control with no
// name and grey text on white are violations.
func TestAxeFindsProblems(t *testing.T) {
	p := open(t, "index.html")
	eval[any](p, `(() => {
		const b = document.createElement("button");
		document.querySelector("main").append(b);
		const s = document.createElement("p");
		s.textContent = "faint";
		s.style.color = "#ccc";
		s.style.background = "#fff";
		document.querySelector("main").append(s);
	})()`)
	got := strings.Join(axeViolations(t, p), "\n")
	for _, rule := range []string{"button-name", "color-contrast"} {
		if !strings.Contains(got, rule) {
			t.Errorf("axe did not report %s; it reported:\n%s", rule, got)
		}
	}
}
