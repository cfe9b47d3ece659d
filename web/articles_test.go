//go:build e2e

package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestPerArticleView digests three articles and opens "What each article
// adds": one section per article, with its share of the digest, and its
// best sentences left out, each of which shows its place in the Original.
// One article alone gets no such view.
func TestPerArticleView(t *testing.T) {
	p := open(t, "index.html")
	const ferry = "Ferry Returns to Lake Arden\n\nThe ferry across Lake Arden ran again on Monday after a month in dry dock. " +
		"Its owners fitted a new engine that burns half as much fuel. Commuters said the crossing took ten minutes less than the bus. " +
		"The ferry will run every hour until the lake freezes in December."
	p.paste("Article 1", seed(t, "004"))
	p.click("Add article")
	p.paste("Article 2", seed(t, "000"))
	p.click("Add article")
	p.paste("Article 3", ferry)
	p.summarize()
	if eval[bool](p, `document.getElementById("by-article").hidden`) {
		t.Fatal("with three articles there is no per-article view")
	}
	p.do("opening the per-article view", chromedp.Click(`//summary[normalize-space()="What each article adds"]`))
	sections := eval[[]string](p, `Array.from(document.querySelectorAll("#by-article section"), (s) => s.getAttribute("aria-label") + " | " + s.textContent)`)
	if len(sections) != 3 {
		t.Fatalf("the per-article view has %d sections, want 3: %q", len(sections), sections)
	}
	for i, s := range sections {
		if !strings.HasPrefix(s, "What article "+string(rune('1'+i))+" adds") || !strings.Contains(s, "in the digest") {
			t.Errorf("section %d reads %q, want it named for its article and to say what it has in the digest", i+1, s)
		}
	}
	adds := eval[int](p, `document.querySelectorAll("#by-article .digest-item").length`)
	if adds == 0 {
		t.Fatal("no article adds a sentence beyond the digest")
	}
	// Each added sentence is in its article's Original, and shown on a press.
	missing := eval[[]string](p, `Array.from(document.querySelectorAll("#by-article .digest-item"), (b) => b.textContent)
		.filter((text) => !Array.from(document.querySelectorAll("#original [id^=s-]")).some((e) => e.textContent.replace(/\s+/g, " ").includes(text.replace(/\s+/g, " ").slice(0, 40))))`)
	if len(missing) > 0 {
		t.Errorf("added sentences with no place of their own in the Original: %q", missing)
	}
	eval[any](p, `document.querySelector("#by-article .digest-item").click()`)
	p.waitJS(`document.querySelector("#original .flash") !== null`, "the added sentence shown in the Original")
	for _, v := range axeViolations(t, p) {
		t.Errorf("with the per-article view open: %s", v)
	}

	eval[any](p, `(() => { for (const id of ["article-2", "article-3"]) document.getElementById(id).value = ""; })()`)
	p.summarize()
	if !eval[bool](p, `document.getElementById("by-article").hidden`) {
		t.Error("one article alone still gets the per-article view")
	}
}

// TestKeyTermMarks presses a key term: every place the Original says it is
// marked, the page says how many, and pressing it again clears the marks.
func TestKeyTermMarks(t *testing.T) {
	p := open(t, "index.html")
	p.paste("Article 1", seed(t, "004"))
	p.summarize()
	term := eval[string](p, `document.querySelector("#key-terms button").textContent`)
	eval[any](p, `document.querySelector("#key-terms button").click()`)
	if pressed := eval[string](p, `document.querySelector("#key-terms button").getAttribute("aria-pressed")`); pressed != "true" {
		t.Errorf("the pressed key term has aria-pressed=%q, want true", pressed)
	}
	marked := eval[[]string](p, `Array.from(CSS.highlights.get("key-term") || [], (r) => r.toString())`)
	if len(marked) == 0 {
		t.Fatalf("pressing %q marked nothing in the Original", term)
	}
	for _, m := range marked {
		if !strings.HasPrefix(strings.ToLower(strings.Join(strings.Fields(m), " ")), strings.ToLower(term)) {
			t.Errorf("pressing %q marked %q", term, m)
		}
	}
	status := eval[string](p, `document.getElementById("status").textContent`)
	if want := len(marked); !strings.Contains(status, " places marked") && want > 1 || !strings.Contains(status, term) {
		t.Errorf("after pressing %q the page says %q, want the term and its %d places", term, status, want)
	}
	for _, v := range axeViolations(t, p) {
		t.Errorf("with a key term marked: %s", v)
	}
	eval[any](p, `document.querySelector("#key-terms button").click()`)
	if n := eval[int](p, `CSS.highlights.has("key-term") ? CSS.highlights.get("key-term").size : 0`); n != 0 {
		t.Errorf("pressing the term again leaves %d marks", n)
	}
}

// TestKeyTermAcrossHyphen finds a key term, whose words the engine joins
// with spaces, where the text joins them with a hyphen.
func TestKeyTermAcrossHyphen(t *testing.T) {
	p := open(t, "index.html")
	n := eval[int](p, `(() => {
		const div = document.createElement("div");
		div.textContent = "Browsers block third-party cookies, and third party cookies fade.";
		document.body.append(div);
		const n = skimPage.render.termRanges(div, "third party cookies").length;
		div.remove();
		return n;
	})()`)
	if n != 2 {
		t.Errorf("termRanges found %d places of “third party cookies”, want 2 (one hyphenated)", n)
	}
}
