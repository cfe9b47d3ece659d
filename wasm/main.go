//go:build js && wasm

package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"syscall/js"

	"skim/summarize"
)

// engine is the core's entry point; tests pass a stand-in.
type engine func(ctx context.Context, articles []summarize.Input, opts summarize.Options) (*summarize.Digest, error)

func main() {
	// One Session for the page's life: asking again for the same text,
	// with other options, skips intake and segmentation.
	var session summarize.Session
	js.Global().Set("skim", newSkim(session.SummarizeInputs))
	select {} // keep the Go program alive for the page's calls
}

// newSkim returns the skim object: {summarize, extract, decode, version}. Its
// Funcs live as long as the page, so they are never released.
func newSkim(run engine) js.Value {
	skim := js.Global().Get("Object").New()
	skim.Set("summarize", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return promise(func() (js.Value, error) { return call(run, args) })
	}))
	skim.Set("extract", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return promise(func() (js.Value, error) { return callExtract(args) })
	}))
	skim.Set("decode", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return promise(func() (js.Value, error) { return callDecode(args) })
	}))
	bi, _ := debug.ReadBuildInfo()
	skim.Set("version", versionOf(bi))
	return skim
}

// promise runs work inside a Promise executor and returns the Promise, which
// resolves to work's value or rejects with an Error carrying a code property
// (see errorCode). A panic in work is recovered and rejects the Promise:
// unrecovered, it would end the Go program for the rest of the page's life.
func promise(work func() (js.Value, error)) js.Value {
	executor := js.FuncOf(func(_ js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		v, err := recovered(work)
		if err != nil {
			e := js.Global().Get("Error").New(err.Error())
			e.Set("code", errorCode(err))
			reject.Invoke(e)
			return nil
		}
		resolve.Invoke(v)
		return nil
	})
	p := js.Global().Get("Promise").New(executor) // runs executor at once
	executor.Release()
	return p
}

// recovered calls work, turning a panic into an error.
func recovered(work func() (js.Value, error)) (v js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("skim: internal error: %v", r)
		}
	}()
	return work()
}

// call checks the arguments of skim.summarize, runs the core once and parses
// its JSON result into a plain object.
func call(run engine, args []js.Value) (js.Value, error) {
	if len(args) > 2 {
		return js.Value{}, &argError{fmt.Sprintf("summarize takes articles and options, not %d arguments", len(args))}
	}
	articles, err := readArticles(argAt(args, 0))
	if err != nil {
		return js.Value{}, err
	}
	opts, err := readOptions(argAt(args, 1))
	if err != nil {
		return js.Value{}, err
	}
	opts.KeyTerms = true // the page shows them
	d, err := run(context.Background(), articles, opts)
	if err != nil {
		return js.Value{}, err
	}
	b, err := encode(d, articles)
	if err != nil {
		return js.Value{}, err
	}
	return js.Global().Get("JSON").Call("parse", string(b)), nil
}

// callExtract checks the argument of skim.extract, a page's HTML, and
// returns the article found in it: {title, byline, published, text,
// omitted: [{text, reason}]}, with titleStart and titleEnd in UTF-16 units.
func callExtract(args []js.Value) (js.Value, error) {
	if len(args) != 1 {
		return js.Value{}, &argError{fmt.Sprintf("extract takes one HTML page, not %d arguments", len(args))}
	}
	if err := check(args[0], "page", js.TypeString); err != nil {
		return js.Value{}, err
	}
	a, err := summarize.Extract(args[0].String())
	if err != nil {
		return js.Value{}, err
	}
	b, err := encodeArticle(a)
	if err != nil {
		return js.Value{}, err
	}
	return js.Global().Get("JSON").Call("parse", string(b)), nil
}

// callDecode checks the argument of skim.decode, the bytes of a file (a
// Uint8Array), and returns them as text (see summarize.DecodeText): UTF-8,
// UTF-16 with a byte-order mark, or a page's declared single-byte
// encoding. Bytes that are not text are the error "not-text".
func callDecode(args []js.Value) (js.Value, error) {
	if len(args) != 1 || !args[0].InstanceOf(js.Global().Get("Uint8Array")) {
		return js.Value{}, &argError{"decode takes one Uint8Array"}
	}
	b := make([]byte, args[0].Length())
	js.CopyBytesToGo(b, args[0])
	s, err := summarize.DecodeText(b)
	if err != nil {
		return js.Value{}, err
	}
	return js.ValueOf(s), nil
}

// argAt returns args[i], or undefined if the caller passed fewer.
func argAt(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// check is the one argument check: it reports an error naming the argument
// unless v has one of the wanted types.
func check(v js.Value, name string, want ...js.Type) error {
	got, ok := typeOf(v)
	if !ok {
		return &argError{fmt.Sprintf("%s must be of type %v, not a BigInt", name, want)}
	}
	for _, t := range want {
		if got == t {
			return nil
		}
	}
	return &argError{fmt.Sprintf("%s must be of type %v, not %v", name, want, got)}
}

// typeOf returns v's type; ok is false for a BigInt, which syscall/js has
// no type for (its Type panics).
func typeOf(v js.Value) (t js.Type, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return v.Type(), true
}

// maxArticles bounds the articles of one request: a sparse array's length
// ("new Array(1e8)") would otherwise size a slice before any element is
// read. A request of this many needs articles of 400 bytes at most to stay
// within summarize.MaxInputBytes.
const maxArticles = 10_000

// readArticles reads the articles argument: a string or an array whose
// elements are strings (plain text), {html: string} (a web page, whose
// article is digested) or {text: string, title: string} (plain text with
// its known headline; see summarize.Input.Title). Array.from reads the elements inside a JavaScript
// call, so a throwing getter becomes a recovered panic rather than an
// exception through Go's frames.
func readArticles(v js.Value) ([]summarize.Input, error) {
	if err := check(v, "articles", js.TypeString, js.TypeObject); err != nil {
		return nil, err
	}
	if v.Type() == js.TypeString {
		return summarize.PlainText(v.String()), nil
	}
	if !js.Global().Get("Array").Call("isArray", v).Bool() {
		return nil, &argError{"articles must be a string or an array of strings and {html} objects"}
	}
	if n := v.Length(); n > maxArticles {
		return nil, &argError{fmt.Sprintf("articles holds %d elements; at most %d articles are read at once", n, maxArticles)}
	}
	arr := js.Global().Get("Array").Call("from", v)
	articles := make([]summarize.Input, arr.Length())
	for i := range articles {
		name := fmt.Sprintf("articles[%d]", i)
		el := arr.Index(i)
		if err := check(el, name, js.TypeString, js.TypeObject); err != nil {
			return nil, err
		}
		if el.Type() == js.TypeString {
			articles[i] = summarize.Input{Text: el.String()}
			continue
		}
		if page := el.Get("html"); !page.IsUndefined() {
			if err := check(page, name+".html", js.TypeString); err != nil {
				return nil, err
			}
			articles[i] = summarize.Input{Text: page.String(), HTML: true}
			continue
		}
		text, title := el.Get("text"), el.Get("title")
		if err := check(text, name+".text", js.TypeString); err != nil {
			return nil, err
		}
		if err := check(title, name+".title", js.TypeString, js.TypeUndefined); err != nil {
			return nil, err
		}
		articles[i] = summarize.Input{Text: text.String()}
		if !title.IsUndefined() {
			articles[i].Title = title.String()
		}
	}
	return articles, nil
}

// readOptions reads the options argument: undefined, null or an object of
// numbers, read with Object.entries (inside a JavaScript call, like
// readArticles) and checked by parseOptions.
func readOptions(v js.Value) (summarize.Options, error) {
	if v.IsUndefined() || v.IsNull() {
		return summarize.Options{}, nil
	}
	if err := check(v, "options", js.TypeObject); err != nil {
		return summarize.Options{}, err
	}
	entries := js.Global().Get("Object").Call("entries", v)
	m := make(map[string]float64, entries.Length())
	for i := range entries.Length() {
		key, val := entries.Index(i).Index(0).String(), entries.Index(i).Index(1)
		if err := check(val, "options."+key, js.TypeNumber); err != nil {
			return summarize.Options{}, err
		}
		m[key] = val.Float()
	}
	return parseOptions(m)
}
