//go:build js && wasm

package main

import (
	"context"
	"encoding/json"
	"strings"
	"syscall/js"
	"testing"

	"skim/summarize"
)

// await waits for p to settle and returns its value, or the message and code
// of the Error it rejected with.
func await(t *testing.T, p js.Value) (v js.Value, msg, code string) {
	t.Helper()
	if p.Type() != js.TypeObject || p.Get("then").Type() != js.TypeFunction {
		t.Fatalf("skim.summarize returned %v, want a Promise", p.Type())
	}
	done := make(chan struct{})
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		v = args[0]
		close(done)
		return nil
	})
	defer then.Release()
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if !args[0].InstanceOf(js.Global().Get("Error")) {
			t.Errorf("rejected with %v, want an Error", args[0].Type())
		}
		msg, code = args[0].Get("message").String(), args[0].Get("code").String()
		close(done)
		return nil
	})
	defer catch.Release()
	p.Call("then", then, catch)
	<-done
	return v, msg, code
}

// skim installs the bridge as the page sees it and returns js.Global().skim.
func skim(t *testing.T, run engine) js.Value {
	t.Helper()
	js.Global().Set("skim", newSkim(run))
	t.Cleanup(func() { js.Global().Delete("skim") })
	return js.Global().Get("skim")
}

// eval evaluates a JavaScript expression, for arguments Go cannot build.
func eval(expr string) js.Value {
	return js.Global().Call("eval", "("+expr+")")
}

const story = "Harbor Town Votes on Ferry\n\nThe council of Harbor Town voted on Tuesday to buy two electric ferries. " +
	"The ferries will replace diesel boats that are forty years old. " +
	"The mayor said the vote was the most important of her term. " +
	"The ferries will replace diesel boats that are forty years old. " +
	"Each ferry carries 300 passengers and charges in ten minutes at the pier. " +
	"Service starts next spring if the shipyard delivers on time.\n"

func TestSummarizeResult(t *testing.T) {
	s := skim(t, summarize.SummarizeInputs)
	if v := s.Get("version"); v.Type() != js.TypeString || v.String() == "" {
		t.Errorf("skim.version = %v, want a non-empty string", v)
	}
	v, msg, _ := await(t, s.Call("summarize", story, eval(`{sentences: 2}`)))
	if msg != "" {
		t.Fatalf("summarize rejected: %s", msg)
	}
	for _, key := range []string{"digest", "duplicates", "excluded", "articles", "keyTerms"} {
		if !js.Global().Get("Array").Call("isArray", v.Get(key)).Bool() {
			t.Errorf("result.%s is %v, want an array", key, v.Get(key).Type())
		}
	}
	if n := v.Get("digest").Length(); n < 1 || n > 2 {
		t.Errorf("digest has %d items, want 1 or 2", n)
	}
	jsStory := js.Global().Get("String").New(story) // an object, so Call works
	for i := range v.Get("digest").Length() {
		item := v.Get("digest").Index(i)
		if item.Get("article").Int() != 0 || item.Get("text").Type() != js.TypeString {
			t.Errorf("digest[%d] = %v, want article 0 and text", i, js.Global().Get("JSON").Call("stringify", item))
		}
		// Offsets are UTF-16 units: JavaScript's slice finds the sentence.
		got := jsStory.Call("slice", item.Get("start"), item.Get("end")).String()
		if !strings.Contains(got, strings.TrimSuffix(item.Get("text").String(), ".")) {
			t.Errorf("story.slice(digest[%d]) = %q, want it to hold %q", i, got, item.Get("text").String())
		}
	}
	dups := v.Get("duplicates")
	if dups.Length() != 1 {
		t.Fatalf("duplicates has %d items, want 1 (the repeated ferries sentence)", dups.Length())
	}
	if of := dups.Index(0).Get("of"); of.Get("start").Int() >= dups.Index(0).Get("start").Int() {
		t.Errorf("duplicate at %d points at %d, want an earlier sentence", dups.Index(0).Get("start").Int(), of.Get("start").Int())
	}
	if title := v.Get("articles").Index(0).Get("title").String(); title != "Harbor Town Votes on Ferry" {
		t.Errorf("articles[0].title = %q, want %q", title, "Harbor Town Votes on Ferry")
	}
	if w := v.Get("stats").Get("wordsIn").Int(); w < 50 {
		t.Errorf("stats.wordsIn = %d, want at least 50", w)
	}
}

func TestSummarizeArray(t *testing.T) {
	s := skim(t, summarize.SummarizeInputs)
	v, msg, _ := await(t, s.Call("summarize", eval(`["`+strings.ReplaceAll(story, "\n", `\n`)+`", "A second article says the ferries are quiet. Riders like them."]`)))
	if msg != "" {
		t.Fatalf("summarize rejected: %s", msg)
	}
	if n := v.Get("articles").Length(); n != 2 {
		t.Errorf("articles has %d items, want 2", n)
	}
}

func TestSummarizeErrors(t *testing.T) {
	s := skim(t, summarize.SummarizeInputs)
	tests := []struct {
		name     string
		args     string // JavaScript array of arguments
		wantCode string
		wantMsg  string
	}{
		{"no arguments", `[]`, "bad-argument", "articles"},
		{"number", `[42]`, "bad-argument", "articles"},
		{"plain object", `[{text: "a"}]`, "bad-argument", "array"},
		{"array with a number", `[["ok", 7]]`, "bad-argument", "articles[1]"},
		{"array with an object without text", `[["ok", {title: "x"}]]`, "bad-argument", "articles[1].text"},
		{"a title not a string", `[[{text: "The ferry runs. It stops.", title: 7}]]`, "bad-argument", "articles[0].title"},
		{"page with no text", `[[{html: "<p> </p>"}]]`, "no-article", "no article"},
		{"options not an object", `["text.", "five"]`, "bad-argument", "options"},
		{"option not a number", `["text.", {sentences: "5"}]`, "bad-argument", "options.sentences"},
		{"unknown option", `["text.", {sentence: 5}]`, "bad-argument", "unknown option"},
		{"too many arguments", `["text.", {}, 3]`, "bad-argument", "3 arguments"},
		{"empty", `[""]`, "empty", "empty"},
		{"whitespace", `[" \n\t "]`, "empty", "empty"},
		{"empty array", `[[]]`, "empty", "empty"},
		{"throwing getter", `[{length: 1, get 0() { throw new Error("boom") }}]`, "bad-argument", "array"},
		{"a BigInt", `[123n]`, "bad-argument", "BigInt"},
		{"a BigInt option", `["The ferry runs.", {sentences: 5n}]`, "bad-argument", "BigInt"},
		{"a sparse array too long to read", `[new Array(100000000)]`, "bad-argument", "at most 10000 articles"},
		{"throwing option getter", `["text.", {get sentences() { throw new Error("boom") }}]`, "internal", "boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := eval(tt.args)
			jsArgs := make([]any, args.Length())
			for i := range jsArgs {
				jsArgs[i] = args.Index(i)
			}
			_, msg, code := await(t, s.Call("summarize", jsArgs...))
			if code != tt.wantCode || !strings.Contains(msg, tt.wantMsg) {
				t.Errorf("summarize(%s) rejected with (%q, code %q), want a message with %q and code %q", tt.args, msg, code, tt.wantMsg, tt.wantCode)
			}
		})
	}
}

// TestPanicIsRecovered checks that a panic in the core rejects the Promise
// and leaves the Go program alive for the next call.
func TestPanicIsRecovered(t *testing.T) {
	calls := 0
	s := skim(t, func(ctx context.Context, articles []summarize.Input, opts summarize.Options) (*summarize.Digest, error) {
		calls++
		if calls == 1 {
			var d *summarize.Digest
			_ = d.Sentences[0] // nil dereference: a real runtime panic
		}
		return summarize.SummarizeInputs(ctx, articles, opts)
	})
	_, msg, code := await(t, s.Call("summarize", story))
	if code != "internal" || !strings.Contains(msg, "internal error") {
		t.Errorf("first call rejected with (%q, %q), want an internal error", msg, code)
	}
	v, msg, _ := await(t, s.Call("summarize", story))
	if msg != "" || v.Get("digest").Length() == 0 {
		t.Errorf("second call = (%v, %q), want a digest", v.Type(), msg)
	}
}

// page is a small web page: a menu, then story as paragraphs.
var page = "<!doctype html><html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><p>" +
	strings.ReplaceAll(strings.ReplaceAll(strings.TrimSpace(story), "\n\n", "</p><p>"), ". ", ".</p><p>") + "</p></body></html>"

func TestSummarizePage(t *testing.T) {
	s := skim(t, summarize.SummarizeInputs)
	v, msg, _ := await(t, s.Call("summarize", eval(`[{html: `+strconvQuote(page)+`}]`), eval(`{sentences: 3}`)))
	if msg != "" {
		t.Fatalf("summarize rejected: %s", msg)
	}
	text := v.Get("articles").Index(0).Get("text")
	if text.Type() != js.TypeString || strings.Contains(text.String(), "Home") {
		t.Fatalf("articles[0].text = %v, want the page's text without its menu", text)
	}
	text = js.Global().Get("String").New(text) // an object, so Call works
	for i := range v.Get("digest").Length() {
		item := v.Get("digest").Index(i)
		if got := text.Call("slice", item.Get("start"), item.Get("end")).String(); got != item.Get("text").String() {
			t.Errorf("text.slice(digest[%d]) = %q, want %q", i, got, item.Get("text").String())
		}
	}
}

// TestSummarizeTitled checks that a known headline is taken as the title
// even when it ends as a sentence does.
func TestSummarizeTitled(t *testing.T) {
	s := skim(t, summarize.SummarizeInputs)
	const text = "Why did the ferry stop?\n\nThe ferry stopped at noon on Monday. Its engine had failed. A new one arrives on Friday."
	v, msg, _ := await(t, s.Call("summarize", eval(`[{text: `+strconvQuote(text)+`, title: "Why did the ferry stop?"}]`)))
	if msg != "" {
		t.Fatalf("summarize rejected: %s", msg)
	}
	if title := v.Get("articles").Index(0).Get("title").String(); title != "Why did the ferry stop?" {
		t.Errorf("articles[0].title = %q, want the headline given", title)
	}
	if n := v.Get("digest").Length(); n != 3 {
		t.Errorf("digest has %d sentences, want the 3 of the body", n)
	}
}

func TestExtract(t *testing.T) {
	s := skim(t, summarize.SummarizeInputs)
	v, msg, _ := await(t, s.Call("extract", page))
	if msg != "" {
		t.Fatalf("extract rejected: %s", msg)
	}
	if text := v.Get("text").String(); !strings.Contains(text, "electric ferries") || strings.Contains(text, "Home") {
		t.Errorf("extract(page).text = %q, want the story without the menu", text)
	}
	for _, tt := range []struct{ args, code string }{{`[]`, "bad-argument"}, {`[42]`, "bad-argument"}, {`["<p></p>"]`, "no-article"}, {`[""]`, "empty"}} {
		args := eval(tt.args)
		jsArgs := make([]any, args.Length())
		for i := range jsArgs {
			jsArgs[i] = args.Index(i)
		}
		if _, _, code := await(t, s.Call("extract", jsArgs...)); code != tt.code {
			t.Errorf("extract(%s) rejected with code %q, want %q", tt.args, code, tt.code)
		}
	}
}

func TestDecode(t *testing.T) {
	s := skim(t, summarize.SummarizeInputs)
	utf16 := eval(`new Uint8Array([0xFF, 0xFE, 0x4F, 0, 0x6B, 0, 0x2E, 0])`) // "Ok." as UTF-16LE
	if v, msg, _ := await(t, s.Call("decode", utf16)); msg != "" || v.String() != "Ok." {
		t.Errorf("decode(UTF-16LE \"Ok.\") = %q, %q; want \"Ok.\"", v, msg)
	}
	for _, tt := range []struct{ args, code string }{
		{`[new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0])]`, "not-text"},
		{`["text"]`, "bad-argument"},
		{`[]`, "bad-argument"},
	} {
		args := eval(tt.args)
		jsArgs := make([]any, args.Length())
		for i := range jsArgs {
			jsArgs[i] = args.Index(i)
		}
		if _, _, code := await(t, s.Call("decode", jsArgs...)); code != tt.code {
			t.Errorf("decode(%s) rejected with code %q, want %q", tt.args, code, tt.code)
		}
	}
}

// strconvQuote quotes s as a JavaScript string literal.
func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
