//go:build e2e

package web_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// TestAccessibleNames checks the names the issue makes a contract: the
// browser's accessibility tree has each control and region, by role and name.
func TestAccessibleNames(t *testing.T) {
	p := open(t, "index.html")
	p.click("Load example") // shows the results regions
	p.waitJS(`document.querySelectorAll("#digest li").length > 0`, "the example's digest")
	var tree []*accessibility.Node
	p.do("reading the accessibility tree", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		res, err := cdp.Call(ctx, tg, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		tree = res.Nodes
		return err
	}))
	have := map[[2]string]bool{}
	for _, n := range tree {
		if n.Role != nil && n.Name != nil {
			have[[2]string{string(n.Role.Value), string(n.Name.Value)}] = true
		}
	}
	for _, want := range [][2]string{
		{`"textbox"`, `"Article 1"`}, {`"textbox"`, `"Article 2"`},
		{`"button"`, `"Add article"`}, {`"button"`, `"Remove Article 1"`}, {`"button"`, `"Load example"`},
		{`"spinbutton"`, `"Sentences"`}, {`"button"`, `"Summarize"`},
		{`"region"`, `"Digest"`}, {`"region"`, `"Original"`},
		{`"button"`, `"Copy digest"`}, {`"button"`, `"Copy as Markdown"`},
	} {
		if !have[want] {
			t.Errorf("no %s named %s in the accessibility tree", want[0], want[1])
		}
	}
}

// TestEngineRestart makes the engine's worker fail and checks that the page
// says so, keeps the text, restarts the engine and digests again.
func TestEngineRestart(t *testing.T) {
	p := open(t, "index.html")
	p.paste("Article 1", seed(t, "004"))
	eval[any](p, `skimPage.app.engine.worker.dispatchEvent(new ErrorEvent("error", {message: "simulated crash"}))`)
	p.waitJS(`document.getElementById("engine-state").dataset.state === "ready"`, "the restarted engine")
	if v := eval[string](p, `document.getElementById("article-1").value`); v != seed(t, "004") {
		t.Errorf("the text changed across the restart")
	}
	p.summarize()
	checkDigest(t, p)
	p.checkOffline()
}

// TestEngineMissing opens the page where the engine has not been built (no
// dist/) and checks that it says how to build it and still keeps the text.
func TestEngineMissing(t *testing.T) {
	built, err := site()
	if err != nil {
		t.Fatalf("building the page: %v", err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "web"), os.DirFS(filepath.Join(built, "web"))); err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile(filepath.Join(built, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), index, 0o644); err != nil {
		t.Fatal(err)
	}
	p := launch(t, filepath.Join(dir, "index.html"))
	p.waitJS(`document.getElementById("engine-state").dataset.state === "missing"`, "the engine to be reported missing")
	if msg := eval[string](p, `document.querySelector("[role=alert]").textContent`); !strings.Contains(msg, "go run ./scripts/build") {
		t.Errorf("alert = %q, want it to say how to build the engine", msg)
	}
	p.paste("Article 1", "The bridge opened on Monday. Crowds crossed it all day.")
	eval[any](p, `document.querySelector("[role=alert]").textContent = ""`)
	p.click("Summarize")
	p.waitJS(`document.querySelector("[role=alert]").textContent !== ""`, "a message")
	if msg := eval[string](p, `document.querySelector("[role=alert]").textContent`); !strings.Contains(msg, "not built") {
		t.Errorf("alert after Summarize = %q, want it to say the engine is not built", msg)
	}
	if v := eval[string](p, `document.getElementById("article-1").value`); v != "The bridge opened on Monday. Crowds crossed it all day." {
		t.Errorf("the textbox holds %q, want the text left as it was", v)
	}
	p.checkOffline()
}

// TestOneAnnouncementPerDigest records what the page's live regions say
// while a digest is made, asked for by a button and by typing: one polite
// announcement, "Digest ready", each time.
func TestOneAnnouncementPerDigest(t *testing.T) {
	p := open(t, "index.html")
	eval[any](p, `(() => {
		window.spoken = [];
		for (const r of document.querySelectorAll("[role=status], [role=alert], [aria-live]")) {
			new MutationObserver(() => { if (r.textContent.trim() !== "") window.spoken.push(r.id + ": " + r.textContent); })
				.observe(r, { childList: true, subtree: true, characterData: true });
		}
	})()`)
	check := func(how string) {
		t.Helper()
		eval[any](p, `new Promise((r) => setTimeout(r, 300))`) // anything said just after
		spoken := eval[[]string](p, `window.spoken`)
		if len(spoken) != 1 || !strings.HasPrefix(spoken[0], "status: Digest ready: ") {
			t.Errorf("for one digest %s the live regions said %q, want one \"Digest ready\"", how, spoken)
		}
	}
	eval[any](p, `(() => { const a = document.getElementById("article-1"); a.value = `+jsString(seed(t, "004"))+`; })()`)
	p.summarize()
	check("asked for by Summarize")
	eval[any](p, `document.getElementById("status").textContent = ""; window.spoken = []`)
	p.paste("Article 1", " The council will meet again in May.")
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the digest that follows typing")
	check("that follows typing")
}
