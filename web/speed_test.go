//go:build e2e

package web_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// recorder is a page script: skimRecord() starts recording the gaps between
// animation frames and the long animation frames (with the scripts that ran
// in them) and returns a stop function, which returns what was seen.
const recorder = `window.skimRecord = () => {
	const g = {max: 0, frames: 0, on: true, t0: performance.now(), long: [], loaf: []};
	g.last = g.t0;
	const tick = (now) => {
		if (!g.on) return;
		const gap = now - g.last;
		g.max = Math.max(g.max, gap);
		if (gap > 50) g.long.push(Math.round(g.last - g.t0) + "+" + Math.round(gap));
		g.last = now;
		g.frames++;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	const obs = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (e.startTime < g.t0 || e.duration <= 50) continue;
			const layout = e.startTime + e.duration - e.styleAndLayoutStart;
			const scripts = e.scripts.map((s) => (s.sourceFunctionName || s.invoker) + " " + Math.round(s.duration));
			g.loaf.push(Math.round(e.startTime - g.t0) + "+" + Math.round(e.duration) + " (style and layout " + Math.round(layout) +
				(scripts.length ? "; " + scripts.join(", ") : "") + ")");
		}
	});
	obs.observe({type: "long-animation-frame"});
	return () => new Promise((resolve) => {
		// Two more frames, so that the last one's gap is counted.
		const stop = () => {
			g.on = false;
			obs.disconnect();
			resolve({max: g.max, frames: g.frames, long: g.long.join(" "), loaf: g.loaf.join("; ")});
		};
		requestAnimationFrame(() => requestAnimationFrame(stop));
	});
}`

// frames is what a recording saw.
type frames struct {
	Max    float64 // the longest gap between frames, ms
	Frames int
	Long   string // the gaps over 50 ms: start (ms after the recording began) + length
	Loaf   string // the long animation frames and what ran in them
}

func (f frames) String() string {
	return fmt.Sprintf("%d frames, longest gap %.0f ms; gaps over 50 ms: [%s]; long frames: [%s]", f.Frames, f.Max, f.Long, f.Loaf)
}

// record runs do while the page records its frames.
func (p *page) record(do func()) frames {
	p.t.Helper()
	eval[any](p, recorder)
	eval[any](p, `window.skimStop = window.skimRecord()`)
	do()
	return eval[frames](p, `window.skimStop()`)
}

// afterFrames waits until the page has drawn two frames.
func (p *page) afterFrames() {
	p.t.Helper()
	eval[any](p, `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`)
}

// maxOwnGapMs is the longest frame gap allowed while the page digests and
// shows a 1 MB paste. The target is 100 ms; on this 2-core machine,
// shared with other work, frames sometimes wait longer for reasons that are
// not the page's, so the test allows twice that.
const maxOwnGapMs = 200

// maxPasteGapMs bounds the longest frame gap of a 1 MB paste (issue 12).
const maxPasteGapMs = 100

// TestLargePasteStaysResponsive pastes about 1 MB of news text (the dev
// set's stories in one article), lets the browser lay it out, then presses
// Summarize and checks that the page keeps drawing frames, no gap over
// maxOwnGapMs, until the digest and the Original are shown. The gap the paste
// itself causes (mostly the browser laying out 1 MB of text in a textbox) is
// logged, not checked.
func TestLargePasteStaysResponsive(t *testing.T) {
	var b strings.Builder
	for _, a := range devArticles(t) {
		if b.Len() >= 1<<20 {
			break
		}
		b.WriteString(a)
		b.WriteString("\n\n")
	}
	p := open(t, "index.html")
	// A paste as the clipboard delivers it: a paste event, whose handler
	// inserts a text this long (Chromium's own insertion takes seconds).
	eval[any](p, `window.bigText = `+jsString(b.String()))
	pasting := p.record(func() {
		eval[any](p, `(() => {
			const dt = new DataTransfer();
			dt.setData("text/plain", window.bigText);
			const area = document.getElementById("article-1");
			area.focus();
			area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
		})()`)
		p.afterFrames()
	})
	t.Logf("pasting %d bytes: %v", b.Len(), pasting)
	if pasting.Max > maxPasteGapMs {
		t.Errorf("longest frame gap while pasting 1 MB = %.0f ms, want at most %d ms", pasting.Max, maxPasteGapMs)
	}
	if !eval[bool](p, `skimPage.app.articles.texts()[0] === window.bigText`) {
		t.Fatalf("Article 1 does not hold the pasted text")
	}
	// The box shows the text's start, and says so, rather than lay out 1 MB.
	if !eval[bool](p, `(() => { const a = document.getElementById("article-1"); return a.readOnly && a.value.length < 10000 && !document.getElementById("article-1-long").hidden; })()`) {
		t.Errorf("Article 1 is not collapsed after a 1 MB paste")
	}
	// Else Chromium saves 1 MB for session history a second after each edit.
	if got := eval[string](p, `document.getElementById("article-1").autocomplete`); got != "off" {
		t.Errorf("Article 1's autocomplete = %q after a 1 MB paste, want \"off\"", got)
	}
	eval[any](p, `(() => {
		window.progressSeen = [];
		const line = document.getElementById("progress");
		new MutationObserver(() => window.progressSeen.push(line.textContent)).observe(line, { childList: true, characterData: true, subtree: true });
	})()`)
	var took time.Duration
	digesting := p.record(func() {
		start := time.Now()
		p.summarize()
		took = time.Since(start)
	})
	t.Logf("digesting and showing it: done after %v; %v", took.Round(time.Millisecond), digesting)
	if seen := eval[[]string](p, `window.progressSeen`); !slices.ContainsFunc(seen, func(s string) bool { return strings.HasSuffix(s, " s") }) {
		t.Errorf("during a digest of %v the progress line said %q, want the seconds counted", took.Round(time.Second), seen)
	}
	t.Logf("stats: %s; %s", eval[string](p, `document.getElementById("stats").textContent`),
		eval[string](p, `performance.getEntriesByType("measure").map((m) => m.name + " " + Math.round(m.duration) + " ms").join(", ")`))
	if digesting.Max > maxOwnGapMs {
		t.Errorf("longest frame gap while digesting and showing 1 MB = %.0f ms, want at most %d ms", digesting.Max, maxOwnGapMs)
	}
	// The Original is built a few screens ahead of the reader: what was
	// built at once is the start of the text, and scrolling builds the rest.
	eager := eval[int](p, `document.getElementById("original").textContent.length`)
	if total := eval[int](p, `skimPage.app.articles.texts()[0].length`); eager < 100_000 || eager >= total {
		t.Errorf("the Original built %d of %d characters at once, want its start only", eager, total)
	}
	eval[any](p, `(async () => {
		for (let m; (m = document.querySelector("#original .original-more")); ) {
			m.scrollIntoView();
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		}
	})()`)
	checkDigest(t, p)
	// A digest this large leaves hundreds of MB in the wasm module's memory,
	// which only grows: the engine is started afresh to give it back.
	p.waitJS(`(skimPage.app.engine.recycled || 0) >= 1 && skimPage.app.engine.ready`, "the engine restarted after the 1 MB digest")
	// The Original holds the whole text, and a little more (headings, notes).
	if got, want := eval[int](p, `document.getElementById("original").textContent.length`), eval[int](p, `skimPage.app.articles.texts()[0].length`); got < want {
		t.Errorf("the Original shows %d characters, want all %d", got, want)
	}
	// The whole text goes into the box on request, for editing.
	p.click("Show all of it to edit")
	if !eval[bool](p, `(() => { const a = document.getElementById("article-1"); return !a.readOnly && a.value === window.bigText && document.getElementById("article-1-long").hidden; })()`) {
		t.Errorf("after \"Show all of it to edit\" the box does not hold the whole text, editable")
	}
	p.checkOffline()
}

// TestSpeed logs the figures the README quotes: page open to usable and to
// engine ready, and the digest time of an 800-word story once the engine is
// warm, as the page sees it (the worker's round trip) and as the engine does.
// It checks nothing about time; the figures are for people.
func TestSpeed(t *testing.T) {
	var story string
	for _, a := range devArticles(t) {
		if n := len(strings.Fields(a)); n >= 750 && n <= 850 {
			story = a
			break
		}
	}
	for _, file := range []string{"index.html", "dist/skim.html"} {
		p := open(t, file)
		t.Logf("%s: %s", file, eval[string](p, `(() => {
			const n = performance.getEntriesByType("navigation")[0];
			const usable = performance.getEntriesByName("skim-usable")[0];
			return "usable " + Math.round(usable.startTime) + " ms, DOMContentLoaded " + Math.round(n.domContentLoadedEventStart) + " ms; engine: " +
				document.getElementById("engine-details").textContent; })()`))
		p.waitJS(`/warmPage/.test(document.getElementById("engine-details").textContent)`, "the warm-up")
		t.Logf("after warm-up: %s", eval[string](p, `document.getElementById("engine-details").textContent`))
		if file != "index.html" {
			continue
		}
		// A new text each time (a trailing space more) is read afresh; the
		// same text with another length reuses what the engine read of it.
		for _, round := range []struct{ name, text string }{
			{"a new paste each time", jsString(story) + ` + " ".repeat(i + 1)`},
			{"the same text, 3 or 4 sentences", jsString(story)},
			// One short sentence costs little but prose's model reload, the
			// floor under every new text (issue 12's target is 1.3 times it
			// plus 10 ms for the 800-word story).
			{"one new short sentence each time (prose's reload)", `"The river rose overnight." + " ".repeat(i + 1)`},
		} {
			t.Logf("%s: round trips from the page (engine's own time): %s", round.name, eval[string](p, `(async () => {
				const out = [];
				for (let i = 0; i < 8; i++) {
					const t0 = performance.now();
					const { ms } = await skimPage.app.engine.summarize([`+round.text+`], { sentences: 3 + i % 2 });
					out.push(Math.round(performance.now() - t0) + " (" + Math.round(ms) + ")");
				}
				return out.join(", ");
			})()`))
		}
		// A whole web page, as copying it puts it on the clipboard: the
		// article found, then its digest (a new text each time).
		for _, name := range []string{"lifehacker-working", "nytimes-1"} { // the median clipboard, and a news page
			html := realPage(t, name, "clipboard.html")
			t.Logf("%s's clipboard HTML (%d bytes), paste to digest: extract + summarize round trips from the page: %s", name, len(html), eval[string](p, `(async () => {
				const out = [];
				for (let i = 0; i < 5; i++) {
					const t0 = performance.now();
					const page = await skimPage.app.engine.extract(`+jsString(html)+` + " ".repeat(i + 1));
					const t1 = performance.now();
					await skimPage.app.engine.summarize([page.text + " ".repeat(i + 1)], { sentences: 5 });
					out.push(Math.round(performance.now() - t0) + " (" + Math.round(t1 - t0) + " + " + Math.round(performance.now() - t1) + ")");
				}
				return out.join(", ");
			})()`))
		}
		p.paste("Article 1", story)
		for i := range 3 {
			eval[any](p, fmt.Sprintf(`document.getElementById("sentences").value = %d`, 3+i%2))
			p.summarize()
			t.Logf("800-word story through the page, run %d: %s", i+1, eval[string](p, `document.getElementById("stats").textContent`))
		}
		p.checkOffline()
	}
}

// BenchmarkHugeText digests 4 MiB in the page, as the README quotes: news
// (the dev set's stories, repeated and varied) and 466,000 one-word
// sentences. It reports the engine's digest time and the time until the
// digest is shown. Run it alone:
//
//	go test -tags e2e -run XXX -bench HugeText -benchtime 1x ./web
func BenchmarkHugeText(b *testing.B) {
	var news, codes strings.Builder
	arts := devArticles(b)
	for i := 0; news.Len() < 4<<20-20000; i++ {
		fmt.Fprintf(&news, "%s Edition %s.\n\n", arts[i%len(arts)], strings.Repeat("x", i%7))
	}
	for i := 0; codes.Len() < 4<<20-20; i++ {
		fmt.Fprintf(&codes, "W%d. ", 100000+i)
	}
	for _, bc := range []struct{ name, text string }{{"news", news.String()}, {"one-word-sentences", codes.String()}} {
		b.Run(bc.name, func(b *testing.B) {
			p := open(b, "index.html")
			for b.Loop() {
				replaceText(p, "article-1", "")
				replaceText(p, "article-1", bc.text)
				start := time.Now()
				p.summarize()
				b.ReportMetric(float64(time.Since(start).Milliseconds()), "ms-shown")
				b.ReportMetric(eval[float64](p, `performance.getEntriesByName("skim-digest").at(-1).duration`), "ms-digest")
			}
		})
	}
}
