//go:build e2e

package web_test

import (
	"strings"
	"testing"
)

// TestSmallThings checks the small things a person meets in the first
// minutes: the box is the first Tab stop of its article, a file dropped on
// the results is added, the Original's regions are named apart from the
// boxes, and a huge text's digest is not "100% shorter".
func TestSmallThings(t *testing.T) {
	p := open(t, "index.html")
	order := eval[[]string](p, `Array.from(document.querySelectorAll(".article-field textarea, .article-field button"), (e) => e.tagName)`)
	if len(order) < 2 || order[0] != "TEXTAREA" {
		t.Errorf("an article's controls in tab order are %q, want its box first", order)
	}

	p.click("Load example")
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the example's digest")
	names := eval[[]string](p, `Array.from(document.querySelectorAll("#original section"), (s) => s.getAttribute("aria-label"))`)
	for _, n := range names {
		if !strings.HasPrefix(n, "Original of article ") {
			t.Errorf("an Original region is named %q, want \"Original of article N\", apart from the box's name", n)
		}
	}

	// A file dropped on the results, not on the boxes, is added too.
	eval[any](p, `((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], "note.txt", { type: "text/plain" }));
		const target = document.getElementById("digest");
		target.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
		target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
	})("The ferry runs twice a day. It stops in winter.")`)
	p.waitJS(`document.querySelectorAll("textarea").length === 3`, "the file dropped on the results as a third article")

	// A digest of 1 word in 100,000 is "over 99% shorter".
	if got := eval[string](p, `skimPage.render.statsText({stats: {wordsIn: 165515, wordsOut: 78}}, 12)`); !strings.Contains(got, "over 99% shorter") {
		t.Errorf("statsText for 78 of 165,515 words = %q, want \"over 99%% shorter\"", got)
	}
	p.checkOffline()
}
