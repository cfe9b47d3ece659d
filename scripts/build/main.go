// Command build compiles skim's wasm bridge and packs the page so that it
// works when opened straight from disk (file://), with no server:
//
//	go run ./scripts/build [-o dist]
//
// A page opened from file:// can neither fetch() a .wasm file nor load a
// module script, so the module travels gzip-compressed and base64-encoded
// inside a classic script, dist/engine.js, together with the Web Worker's
// source (wasm_exec.js from the same Go toolchain, then web/worker.js).
// index.html loads it with async; dist/skim.html is the whole page in one
// file, to copy anywhere, with the engine in data blocks. Every output is
// generated and kept out of git.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("o", "dist", "output directory, relative to the module root unless absolute")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

// run builds everything into dir and prints what to open.
func run(dir string) error {
	root, err := goEnv("GOMOD")
	if err != nil {
		return err
	}
	root = filepath.Dir(root)
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	mod, err := compile(root)
	if err != nil {
		return err
	}
	engine, err := bundle(root, mod)
	if err != nil {
		return err
	}
	enginePath := filepath.Join(dir, "engine.js")
	if err := os.WriteFile(enginePath, engine.script, 0o644); err != nil {
		return err
	}
	page, err := inline(root, engine)
	if err != nil {
		return err
	}
	pagePath := filepath.Join(dir, "skim.html")
	if err := os.WriteFile(pagePath, page, 0o644); err != nil {
		return err
	}
	fmt.Printf("wasm module: %s raw, %s gzip, %s base64\n", mb(engine.raw), mb(engine.gzip), mb(engine.base64))
	fmt.Printf("wrote %s (%s) and %s (%s)\n", rel(root, enginePath), mb(len(engine.script)), rel(root, pagePath), mb(len(page)))
	fmt.Printf("open %s in a browser (or copy %s anywhere and open it)\n", filepath.Join(root, "index.html"), rel(root, pagePath))
	return nil
}

// mb formats a byte count in megabytes.
func mb(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

// rel returns path relative to root when it lies under it.
func rel(root, path string) string {
	if r, err := filepath.Rel(root, path); err == nil && filepath.IsLocal(r) {
		return r
	}
	return path
}
