//go:build e2e

package web_test

import (
	"strings"
	"testing"
	"time"
)

// frameGaps starts recording the longest gap between animation frames.
const frameGaps = `(() => {
	const g = window.gapRecorder = {max: 0, frames: 0, on: true, last: performance.now(), long: [], t0: performance.now()};
	const tick = (now) => {
		if (!g.on) return;
		g.max = Math.max(g.max, now - g.last);
		if (now - g.last > 50) g.long.push(Math.round(g.last - g.t0) + "+" + Math.round(now - g.last));
		g.last = now;
		g.frames++;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`

// TestLargePasteStaysResponsive pastes about 1 MB of news text (the dev
// set's stories in one article) and checks that the page keeps drawing
// frames, no gap over 200 ms, while the engine digests it.
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
	p.paste("Article 1", b.String())
	eval[any](p, frameGaps)
	start := time.Now()
	p.summarize()
	took := time.Since(start)
	p.waitJS(`window.gapRecorder.frames > 2`, "frames after the digest")
	gap := eval[float64](p, `(window.gapRecorder.on = false, window.gapRecorder.max)`)
	frames := eval[int](p, `window.gapRecorder.frames`)
	t.Logf("1 MB paste (%d bytes): digest shown after %v; %d frames, longest gap %.0f ms; %s", b.Len(), took.Round(time.Millisecond),
		frames, gap, eval[string](p, `document.getElementById("stats").textContent`))
	t.Logf("gaps over 50 ms (start+length, ms after Summarize): %s", eval[string](p, `window.gapRecorder.long.join(" ")`))
	if gap > 200 {
		t.Errorf("longest frame gap while digesting 1 MB = %.0f ms, want at most 200 ms", gap)
	}
	checkDigest(t, p)
	p.checkOffline()
}

// TestSpeed logs the figures the README quotes: page open to engine ready,
// and the digest time of an 800-word story once the engine is warm. It checks
// nothing about time; the figures are for people.
func TestSpeed(t *testing.T) {
	var story string
	for _, a := range devArticles(t) {
		if n := len(strings.Fields(a)); n >= 750 && n <= 850 {
			story = a
			break
		}
	}
	p := open(t, "index.html")
	t.Logf("engine: %s", eval[string](p, `document.getElementById("engine-details").textContent`))
	t.Logf("page: %s", eval[string](p, `(() => { const n = performance.getEntriesByType("navigation")[0];
		const r = performance.getEntriesByType("resource").map((e) => e.name.replace(/.*\//, "") + " " + Math.round(e.startTime) + "–" + Math.round(e.responseEnd) + " ms");
		return "DOMContentLoaded " + Math.round(n.domContentLoadedEventStart) + " ms; " + r.join(", "); })()`))
	p.waitJS(`/warm3/.test(document.getElementById("engine-details").textContent)`, "the warm-up")
	t.Logf("after warm-up: %s", eval[string](p, `document.getElementById("engine-details").textContent`))
	p.paste("Article 1", story)
	for i := range 5 {
		eval[any](p, `document.getElementById("sentences").value = `+string(rune('3'+i%2)))
		p.summarize()
		t.Logf("800-word story, run %d: %s", i+1, eval[string](p, `document.getElementById("stats").textContent`))
	}
	p.checkOffline()
}
