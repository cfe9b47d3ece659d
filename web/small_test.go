//go:build e2e

package web_test

import (
	"strings"
	"testing"
)

// TestSmallThings checks the small things a person meets in the first
// minutes: the box is the first Tab stop of its article, a file dropped on
// the results is added, the Original's regions are named apart from the
// boxes and show each title once, and a huge text's digest is not "100%
// shorter".
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

	// Each article's title is read once: in its heading, not again in its text.
	titles := eval[[]string](p, `Array.from(document.querySelectorAll("#original section"), (s) => {
		const title = s.querySelector("h3").textContent.replace(/^Article \d+: /, "");
		return title + " | " + s.innerText.split(title).length;
	})`)
	for _, tt := range titles {
		title, count, _ := strings.Cut(tt, " | ")
		if title == "" || count != "2" {
			t.Errorf("the Original shows the title %q %s times, want once (in its heading)", title, count)
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

// TestEnglishOnlyNotice pastes French and Chinese news: each gets a digest,
// the Chinese one split at its full-width stops, and a notice that skim
// reads English; an English article beside them gets none.
func TestEnglishOnlyNotice(t *testing.T) {
	p := open(t, "index.html")
	const french = "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures à partir de juin. " +
		"Les ingénieurs ont constaté que ses câbles étaient usés depuis des années. " +
		"Les automobilistes emprunteront le périphérique pendant la construction du nouveau pont. " +
		"Le maire a promis que les travaux dureraient moins de deux ans."
	p.paste("Article 1", french)
	p.summarize()
	note := eval[string](p, `document.getElementById("language-note").hidden ? "" : document.getElementById("language-note").textContent`)
	if !strings.HasPrefix(note, "This text does not look like English. skim reads English only") {
		t.Errorf("for French text the page says %q, want the English-only notice", note)
	}
	if len(digestTexts(p)) == 0 {
		t.Error("no digest for French text: the notice must not stop it")
	}

	const chinese = "市议会周二投票决定从六月起禁止汽车通行旧桥。工程师说桥的缆索已经磨损。新桥建成前，司机将使用环路。市长说工程将在两年内完成。"
	eval[any](p, `(() => { const a = document.getElementById("article-1"); a.value = `+jsString(chinese)+`; })()`)
	p.summarize()
	if n := eval[int](p, `skimPage.app.result.stats.sentencesIn`); n != 4 {
		t.Errorf("the Chinese article holds %d sentences, want its 4, split at the full stops", n)
	}
	p.click("Add article")
	p.paste("Article 2", seed(t, "004"))
	p.summarize()
	note = eval[string](p, `document.getElementById("language-note").textContent`)
	if !strings.HasPrefix(note, "Article 1 does not look like English.") {
		t.Errorf("for Chinese beside English the page says %q, want the notice for Article 1 only", note)
	}

	eval[any](p, `(() => { const a = document.getElementById("article-1"); a.value = ""; })()`)
	p.summarize()
	if !eval[bool](p, `document.getElementById("language-note").hidden`) {
		t.Error("an English article alone still gets the English-only notice")
	}
}

// TestJunkInsideDigestSentence: junk cut from inside a digest sentence is
// shown struck out of it, without the digest's highlight.
func TestJunkInsideDigestSentence(t *testing.T) {
	p := open(t, "index.html")
	p.paste("Article 1", seed(t, "004"))
	p.summarize()
	got := eval[[]string](p, `(() => {
		const mark = getComputedStyle(document.querySelector("#original mark.digest-sentence")).backgroundColor;
		const shown = (e) => { // the background drawn behind e: its own, or the nearest ancestor's
			for (; e; e = e.parentElement) {
				const c = getComputedStyle(e).backgroundColor;
				if (c !== "rgba(0, 0, 0, 0)" && c !== "transparent") return c;
			}
			return "";
		};
		return Array.from(document.querySelectorAll("#original mark.digest-sentence .excluded"),
			(e) => e.textContent + " | " + (shown(e) === mark ? "highlighted" : "plain"));
	})()`)
	if len(got) == 0 {
		t.Fatal("no junk inside a digest sentence of seed 004: the test tests nothing")
	}
	for _, g := range got {
		if strings.HasSuffix(g, "highlighted") {
			t.Errorf("junk inside a digest sentence is highlighted as digest: %q", g)
		}
	}
}
