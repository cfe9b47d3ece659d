//go:build e2e

// The page's end-to-end tests drive Debian's chromium with chromedp. They
// build the page into a temporary directory, open index.html (and
// dist/skim.html) from file:// and use it as a person would. Run them with
//
//	go test -tags e2e ./web
//
// They read the seed articles and the dev data from ../../shared and fail,
// never skip, when chromium or those files are missing.
package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"skim/internal/devset"
)

const chromium = "/usr/bin/chromium"

// site is the page, built once for all tests.
var site = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "skim-e2e-")
	if err != nil {
		return "", err
	}
	cmd := exec.Command("go", "run", "skim/scripts/build", "-o", filepath.Join(dir, "dist"))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go run ./scripts/build: %v\n%s", err, out.Bytes())
	}
	if err := os.CopyFS(filepath.Join(dir, "web"), os.DirFS(".")); err != nil {
		return "", err
	}
	index, err := os.ReadFile("../index.html")
	if err != nil {
		return "", err
	}
	return dir, os.WriteFile(filepath.Join(dir, "index.html"), index, 0o644)
})

// page is one open tab and what it saw.
type page struct {
	t   testing.TB
	ctx context.Context

	mu       sync.Mutex
	requests []string // every URL the page asked for
	problems []string // console errors and uncaught exceptions
}

// open starts chromium on file (relative to the built site) and waits for the
// engine to be ready.
func open(t testing.TB, file string) *page {
	t.Helper()
	dir, err := site()
	if err != nil {
		t.Fatalf("building the page: %v", err)
	}
	p := launch(t, filepath.Join(dir, file))
	p.waitJS(`document.getElementById("engine-state").dataset.state === "ready"`, "the engine to be ready")
	return p
}

// launch starts chromium on the file at path.
func launch(t testing.TB, path string) *page {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("the browser tests need Debian's chromium at %s (apt-get install -y chromium): %v", chromium, err)
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	)
	p := &page{t: t}
	ctx, cancelC := chromedp.NewContext(actx, chromedp.WithListener(p.listen))
	t.Cleanup(func() { cancelC(); cancelA() })
	p.ctx = ctx
	url := "file://" + filepath.ToSlash(path)
	// The first call starts the browser, which lives as long as its context:
	// it gets p.ctx itself, without a timeout.
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{})
		return err
	}), chromedp.Navigate(url))
	if err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
	return p
}

// listen records requests and problems.
func (p *page) listen(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, ev.Request.URL)
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		p.problems = append(p.problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber, msg))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == "error" || ev.Type == "warning" {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			p.problems = append(p.problems, string(ev.Type)+": "+strings.Join(args, " "))
		}
	}
}

// do runs chromedp actions, failing the test on error.
func (p *page) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 2*time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates expr in the page and returns its value; a Promise is
// awaited.
func eval[T any](p *page, expr string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 2*time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// waitJS waits until expr is true in the page.
func (p *page) waitJS(expr, what string) {
	p.t.Helper()
	p.do("waiting for "+what, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond),
			chromedp.WithPollingTimeout(90*time.Second))(ctx, t)
		return chromedp.Void{}, err
	})
}

// xpaths finding the page's controls by their accessible names.
func button(name string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//button[normalize-space()=%q]`, name))
}
func textbox(label string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//textarea[@id=//label[normalize-space()=%q]/@for]`, label))
}

// click clicks the button named name.
func (p *page) click(name string) {
	p.t.Helper()
	p.do("clicking "+name, chromedp.Click(button(name)))
}

// paste puts text into the textbox labelled label as pasted text arrives:
// one insertion at the caret, then an input event.
func (p *page) paste(label, text string) {
	p.t.Helper()
	p.do("pasting into "+label, chromedp.Focus(textbox(label)), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	}))
}

// summarize presses Summarize and waits for a new digest.
func (p *page) summarize() {
	p.t.Helper()
	eval[any](p, `document.getElementById("status").textContent = ""`)
	p.click("Summarize")
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent) || document.getElementById("message").textContent !== ""`, "a digest")
	if msg := eval[string](p, `document.getElementById("message").textContent`); msg != "" {
		p.t.Fatalf("the page says %q, want a digest", msg)
	}
}

// checkOffline fails if the page asked for anything but local files (no
// request may leave the machine) or logged a problem.
func (p *page) checkOffline() {
	p.t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.requests) == 0 {
		p.t.Errorf("saw no requests at all; the network listener is not working")
	}
	for _, u := range p.requests {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "blob:") {
			p.t.Errorf("the page requested %s; want file:// and blob: loads only", u)
		}
	}
	for _, pr := range p.problems {
		p.t.Errorf("the page logged a problem: %s", pr)
	}
}

// seed returns a seed article from ../../shared/seeds.
func seed(t testing.TB, prefix string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", prefix+"_*.txt"))
	if len(matches) != 1 {
		t.Fatalf("seed %s not found in ../../shared/seeds (CI clones shared/ beside the repo)", prefix)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// devArticles returns the dev set's articles from ../../shared/data.
func devArticles(t testing.TB) []string {
	t.Helper()
	stories, err := devset.Load(filepath.Join("..", devset.DefaultPath), 0)
	if err != nil {
		t.Fatalf("dev data missing (CI clones shared/ beside the repo): %v", err)
	}
	arts := make([]string, len(stories))
	for i, s := range stories {
		arts[i] = s.Article
	}
	return arts
}

// jsString returns s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

// chromedpClick clicks the element at xpath.
func chromedpClick(xpath string) chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.Search(xpath))
}
