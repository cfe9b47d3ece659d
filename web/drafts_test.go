//go:build e2e

package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestDraftsKept types an article, reloads the page and finds it back, and
// the status says so after the drafts' digest too; then
// clears everything and undoes it, and loads the example beside it.
func TestDraftsKept(t *testing.T) {
	const story = "Ferry Returns to Lake Arden\n\nThe ferry across Lake Arden ran again on Monday after a month in dry dock. " +
		"Its owners fitted a new engine that burns half as much fuel. Commuters said the crossing took ten minutes less than the bus."
	p := open(t, "index.html")
	if note := eval[string](p, `document.getElementById("drafts-note").textContent`); !strings.Contains(note, "stay in this browser") {
		t.Errorf("the page says %q about drafts, want that they stay in this browser", note)
	}
	p.paste("Article 1", story)
	p.waitJS(`(localStorage.getItem("skim.drafts.v1") || "").includes("Lake Arden")`, "the draft to be kept")

	p.do("reloading", chromedp.Reload())
	p.waitJS(`document.getElementById("engine-state").dataset.state === "ready"`, "the engine after the reload")
	if got := eval[string](p, `document.getElementById("article-1").value`); got != story {
		t.Fatalf("after a reload Article 1 holds %q, want the draft %q", got, story)
	}
	// The drafts' digest follows; its announcement still says they are back.
	p.waitJS(`/Digest ready/.test(document.getElementById("status").textContent)`, "the drafts' digest")
	if msg := eval[string](p, `document.getElementById("status").textContent`); !strings.Contains(msg, "drafts are back") {
		t.Errorf("the status says %q after the reload and its digest, want that the drafts are back", msg)
	}

	p.click("Clear all")
	if n := eval[int](p, `Array.from(document.querySelectorAll("textarea")).filter((a) => a.value !== "").length`); n != 0 {
		t.Errorf("after Clear all %d boxes hold text, want none", n)
	}
	p.click("Undo")
	if got := eval[string](p, `document.querySelector("textarea").value`); got != story {
		t.Errorf("after Undo the first box holds %q, want the article back", got)
	}

	p.click("Load example")
	boxes := eval[[]string](p, `Array.from(document.querySelectorAll("textarea"), (a) => a.value)`)
	if len(boxes) != 3 || boxes[0] != story {
		t.Errorf("after Load example the boxes hold %d articles starting %q, want the draft kept and the example's two added", len(boxes), boxes[0][:min(len(boxes[0]), 30)])
	}
	p.checkOffline()
}
