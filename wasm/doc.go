// Command wasm is skim's JavaScript bridge. Built with GOOS=js GOARCH=wasm
// (go run ./scripts/build does it), it sets one global object,
//
//	skim = {summarize, extract, decode, version}
//
// where skim.summarize(articles, options) takes a string or an array of
// articles (strings, {html} pages or {text, title}) and an optional
// {sentences, ratio, words, dupThreshold} object, skim.extract(html) finds
// the article in a page, and skim.decode(bytes) reads a file's bytes as
// text. Each returns a Promise. summarize's resolves to the flat document of
// package report, with every offset converted from Go's UTF-8 bytes to
// JavaScript's UTF-16 code units; each rejects with an Error whose code
// property is one of the codes of errorCode.
//
// The bridge never touches the DOM; the page (web/) runs it in a Web Worker.
// Everything but the syscall/js glue in main.go builds and is tested natively.
package main
