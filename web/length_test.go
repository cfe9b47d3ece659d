//go:build e2e

package web_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// setLength sets the length field (and its unit, when unit is not "") as a
// person would, then waits for the digest or the field's message.
func setLength(p *page, unit, value string) {
	p.t.Helper()
	eval[any](p, `document.getElementById("status").textContent = ""`)
	if unit != "" {
		eval[any](p, fmt.Sprintf(`(() => { const u = document.getElementById("length-unit"); u.value = %q; u.dispatchEvent(new Event("change")); })()`, unit))
	}
	eval[any](p, fmt.Sprintf(`(() => { const f = document.getElementById("sentences"); f.value = %q; f.dispatchEvent(new Event("change")); })()`, value))
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent) || document.getElementById("length-message").textContent !== ""`, "a digest or a message")
}

// TestLengthUnits asks for the digest in words and as a share of the text,
// and checks that a value out of range gets a message beside the field
// rather than a silent default.
func TestLengthUnits(t *testing.T) {
	p := open(t, "index.html")
	p.click("Load example")
	p.waitJS(`/^Digest ready/.test(document.getElementById("status").textContent)`, "the example's digest")
	wordsOut := regexp.MustCompile(`→ (\d+) words`)

	setLength(p, "words", "40")
	if label := eval[string](p, `document.getElementById("length-label").textContent`); label != "Words" {
		t.Errorf("the length field is labelled %q, want Words", label)
	}
	m := wordsOut.FindStringSubmatch(eval[string](p, `document.getElementById("stats").textContent`))
	if m == nil {
		t.Fatalf("the stats say %q, want the digest's words", eval[string](p, `document.getElementById("stats").textContent`))
	}
	if n, _ := strconv.Atoi(m[1]); n > 40 && len(digestTexts(p)) > 1 {
		t.Errorf("a 40-word digest has %v words in %d sentences, want at most 40 (or one sentence)", m, len(digestTexts(p)))
	}

	// One sentence fits in 10 words ("Tickets cost 6 euros, and children
	// under 12 cross free."): it comes rather than a better, longer one.
	setLength(p, "words", "10")
	stats := eval[string](p, `document.getElementById("stats").textContent`)
	if m := wordsOut.FindStringSubmatch(stats); m == nil || m[1] != "10" || strings.Contains(stats, "no sentence fits") {
		t.Errorf("a 10-word digest of the example: stats %q; want the 10-word sentence that fits", stats)
	}

	setLength(p, "percent", "100")
	all := len(digestTexts(p))
	setLength(p, "", "20")
	if got := len(digestTexts(p)); got >= all || got < 1 {
		t.Errorf("20%% of the sentences gave %d sentences, all of it %d; want fewer, at least one", got, all)
	}

	// No sentence of this article fits in 10 words, the least the field
	// takes: the best one comes, and the stats say why the digest is longer
	// than asked.
	long := open(t, "index.html")
	long.paste("Article 1", "The council voted on Tuesday to close the old river bridge to all cars from June. "+
		"Engineers said the cables of the bridge had worn far thinner than anyone expected.")
	long.summarize()
	setLength(long, "words", "10")
	if stats := eval[string](long, `document.getElementById("stats").textContent`); !strings.Contains(stats, "no sentence fits the words asked for") || len(digestTexts(long)) != 1 {
		t.Errorf("a 10-word digest of two longer sentences: %d sentences, stats %q; want one and a note that none fits", len(digestTexts(long)), stats)
	}

	for _, tt := range []struct{ unit, value, want string }{
		{"percent", "0", "from 1 to 100"},
		{"sentences", "2.5", "from 1 to 50"},
		{"sentences", "51", "from 1 to 50"},
		{"words", "", "from 10 to 2000"},
	} {
		setLength(p, tt.unit, tt.value)
		if msg := eval[string](p, `document.getElementById("length-message").textContent`); !strings.Contains(msg, tt.want) {
			t.Errorf("%s %q: the field's message is %q, want it to say %q", tt.unit, tt.value, msg, tt.want)
		}
		if !eval[bool](p, `document.getElementById("stale-note").hidden`) {
			t.Errorf("%s %q: the note says the articles changed, and they did not", tt.unit, tt.value)
		}
	}
	setLength(p, "sentences", "1")
	if msg := eval[string](p, `document.getElementById("length-message").textContent`); msg != "" {
		t.Errorf("a valid length leaves the message %q", msg)
	}
	if got := eval[string](p, `document.getElementById("status").textContent`); got != "Digest ready: 1 sentence." {
		t.Errorf("status = %q, want \"Digest ready: 1 sentence.\"", got)
	}
	p.checkOffline()
}
