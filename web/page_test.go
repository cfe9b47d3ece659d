//go:build e2e

package web_test

import (
	"strings"
	"testing"
)

// TestEmptyBoxKeepsNumbers leaves "Article 1" empty: the engine never sees
// it, yet the digest and the Original must still name the boxes the
// articles came from.
func TestEmptyBoxKeepsNumbers(t *testing.T) {
	p := open(t, "index.html")
	p.click("Add article")
	p.click("Add article")
	p.paste("Article 2", seed(t, "000"))
	p.paste("Article 3", seed(t, "004"))
	p.summarize()
	sources := eval[[]string](p, `Array.from(document.querySelectorAll("#digest li .source"), (s) => s.textContent)`)
	if len(sources) == 0 {
		t.Fatal("digest items name no source")
	}
	for i, s := range sources {
		if s != "Article 2" && s != "Article 3" {
			t.Errorf("digest item %d names its source %q, want Article 2 or Article 3", i, s)
		}
	}
	headings := eval[[]string](p, `Array.from(document.querySelectorAll("#original h3"), (h) => h.textContent)`)
	if len(headings) != 2 || !strings.HasPrefix(headings[0], "Article 2") || !strings.HasPrefix(headings[1], "Article 3") {
		t.Errorf("Original headings = %q, want Article 2 then Article 3", headings)
	}
}

// digestTexts returns the digest as shown.
func digestTexts(p *page) []string {
	return eval[[]string](p, `Array.from(document.querySelectorAll("#digest .digest-item"), (b) => b.textContent)`)
}

// region is the xpath of the region named name.
func region(name string) string {
	return `//section[@aria-labelledby=//h2[normalize-space()="` + name + `"]/@id]`
}

func norm(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// checkDigest checks what holds for any correct digest of default length.
func checkDigest(t *testing.T, p *page) []string {
	t.Helper()
	got := digestTexts(p)
	if len(got) == 0 || len(got) > 5 {
		t.Fatalf("digest has %d items, want 1 to 5", len(got))
	}
	seen := map[string]bool{}
	for _, s := range got {
		if seen[norm(s)] {
			t.Errorf("digest states %q twice", s)
		}
		seen[norm(s)] = true
	}
	marks := eval[int](p, `document.querySelectorAll("#original mark.digest-sentence").length`)
	if marks != len(got) {
		t.Errorf("the Original marks %d sentences, want %d (one per digest item)", marks, len(got))
	}
	return got
}

// checkDuplicates checks the marks of seed 000: every repeated paragraph is
// struck through and points at an earlier copy with the same text.
func checkDuplicates(t *testing.T, p *page) {
	t.Helper()
	bad := eval[[]string](p, `Array.from(document.querySelectorAll("#original .duplicate"), (d) => {
		const of = document.getElementById(d.dataset.duplicateOf);
		if (!of) return "no element " + d.dataset.duplicateOf;
		if (!(of.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING)) return "not after its original: " + d.textContent;
		return "";
	}).filter(Boolean)`)
	for _, b := range bad {
		t.Errorf("duplicate mark: %s", b)
	}
	// In seed 000 every paragraph after the first appears twice, and each has at least one sentence.
	paras := eval[int](p, `(() => { const t = document.querySelector("#original .original-article").textContent;
		return new Set(t.split(/\n\s*\n/).map((s) => s.trim()).filter((s) => s.length > 40)).size; })()`)
	if dups := eval[int](p, `document.querySelectorAll("#original .duplicate[data-duplicate-of]").length`); dups < paras-1 {
		t.Errorf("%d sentences marked as duplicates, want at least %d (one per repeated paragraph)", dups, paras-1)
	}
}

// checkJunk checks seed 004: the glued widget and the trailer never reach the
// digest and are shown dimmed with a reason.
func checkJunk(t *testing.T, p *page) {
	t.Helper()
	for _, s := range digestTexts(p) {
		for _, junk := range []string{"KerryJohn", "Presented by", "NextEra", " MORE ", "This report was updated"} {
			if strings.Contains(s, junk) {
				t.Errorf("digest item %q holds junk %q", s, junk)
			}
		}
	}
	if n := eval[int](p, `Array.from(document.querySelectorAll("#original .excluded")).filter((e) => e.dataset.reason && e.title).length`); n == 0 {
		t.Errorf("no excluded text is shown with a reason")
	}
}

func TestSeeds(t *testing.T) {
	s000, s004 := seed(t, "000"), seed(t, "004")
	t.Run("000", func(t *testing.T) {
		p := open(t, "index.html")
		p.paste("Article 1", s000)
		p.summarize()
		checkDigest(t, p)
		checkDuplicates(t, p)
		p.checkOffline()
	})
	t.Run("004", func(t *testing.T) {
		p := open(t, "index.html")
		p.paste("Article 1", s004)
		p.summarize()
		checkDigest(t, p)
		checkJunk(t, p)
		if h := eval[string](p, `document.querySelector("#original h3").textContent`); !strings.Contains(h, "Ukrainians will decide their future") {
			t.Errorf("article heading = %q, want the headline as its title", h)
		}
		p.checkOffline()
	})
	t.Run("both", func(t *testing.T) {
		p := open(t, "index.html")
		p.paste("Article 1", s000)
		p.click("Add article")
		p.paste("Article 2", s004)
		p.summarize()
		checkDigest(t, p)
		checkJunk(t, p)
		sources := eval[[]string](p, `Array.from(document.querySelectorAll("#digest li"), (li) => li.querySelector(".source")?.textContent || "")`)
		for i, s := range sources {
			if s != "Article 1" && s != "Article 2" {
				t.Errorf("digest item %d names its source %q, want Article 1 or Article 2", i, s)
			}
		}
		// Clicking a digest item scrolls to its sentence and flashes it.
		p.do("clicking the last digest item", chromedpClick(`(//ol[@id="digest"]//button)[last()]`))
		p.waitJS(`(() => { const m = document.querySelector("#original mark.flash"); if (!m) return false;
			const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, "the sentence to flash in view")
		p.checkOffline()
	})
}

func TestExampleAndSelfContainedPage(t *testing.T) {
	for _, file := range []string{"index.html", "dist/skim.html"} {
		t.Run(file, func(t *testing.T) {
			p := open(t, file)
			p.click("Load example")
			p.waitJS(`document.querySelectorAll("#digest li").length > 0`, "the example's digest")
			if n := eval[int](p, `document.querySelectorAll("textarea").length`); n != 2 {
				t.Errorf("the example fills %d textboxes, want 2", n)
			}
			checkDigest(t, p)
			for _, s := range digestTexts(p) {
				for _, junk := range []string{"VossAlma", "Presented by", " MORE ", "updated at"} {
					if strings.Contains(s, junk) {
						t.Errorf("example digest item %q holds junk %q", s, junk)
					}
				}
			}
			if n := eval[int](p, `document.querySelectorAll("#original .duplicate[data-duplicate-of]").length`); n == 0 {
				t.Errorf("the example's repeated paragraph is not marked as a duplicate")
			}
			p.checkOffline()
		})
	}
}

func TestMarkupStaysText(t *testing.T) {
	p := open(t, "index.html")
	const attack = `<img src=x onerror="window.pwned='img'"><script>window.pwned='script'</script>`
	// Rich HTML, as a news page puts on the clipboard.
	eval[any](p, `(() => {
		const dt = new DataTransfer();
		dt.setData("text/html", "<h1>Bridge opens</h1><p>The new bridge opened on Monday after two years of work.</p>`+
		`<img src=x onerror=\"window.pwned='img'\"><script>window.pwned='script'<\/script>`+
		`<p>Crowds crossed it all day, and the mayor thanked the builders.</p>");
		const area = document.getElementById("article-1");
		area.focus();
		area.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	})()`)
	p.waitJS(`document.getElementById("article-1").value !== ""`, "the pasted page's article")
	got := eval[string](p, `document.getElementById("article-1").value`)
	if want := "Bridge opens\n\nThe new bridge opened on Monday after two years of work.\n\nCrowds crossed it all day, and the mayor thanked the builders."; got != want {
		t.Errorf("pasted HTML became %q, want its text %q", got, want)
	}
	// Markup typed or pasted as plain text is shown as text.
	p.click("Add article")
	p.paste("Article 2", "A reader wrote "+attack+" in a comment. The editors removed it within the hour.")
	p.summarize()
	if pwned := eval[string](p, `String(window.pwned)`); pwned != "undefined" {
		t.Errorf("pasted markup ran: window.pwned = %q", pwned)
	}
	if n := eval[int](p, `document.querySelectorAll("main img, main script").length`); n != 0 {
		t.Errorf("the page holds %d img or script elements from pasted text, want 0", n)
	}
	if text := eval[string](p, `document.getElementById("original").textContent`); !strings.Contains(text, attack) {
		t.Errorf("the Original does not show the markup as text")
	}
	p.checkOffline()
}

func TestEmptyInput(t *testing.T) {
	p := open(t, "index.html")
	p.paste("Article 1", "   \n\t ")
	p.click("Summarize")
	p.waitJS(`document.querySelector("[role=alert]").textContent !== ""`, "a message")
	if msg := eval[string](p, `document.querySelector("[role=alert]").textContent`); !strings.Contains(msg, "Paste an article") {
		t.Errorf("alert = %q, want it to ask for an article", msg)
	}
	if v := eval[string](p, `document.getElementById("article-1").value`); v != "   \n\t " {
		t.Errorf("the textbox holds %q after the error, want the text left as it was", v)
	}
	if eval[bool](p, `document.getElementById("digest-region").checkVisibility()`) {
		t.Errorf("the Digest region is shown with no digest")
	}
	p.checkOffline()
}
