// Command build compiles skim's wasm bridge and packs the page so that it
// works when opened straight from disk (file://), with no server:
//
//	go run ./scripts/build [-o dist] [-open]
//
// With -open it then opens index.html in the default browser.
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
	"os/exec"
	"path/filepath"
	"runtime"
)

func main() {
	out := flag.String("o", "dist", "output directory, relative to the module root unless absolute")
	open := flag.Bool("open", false, "open index.html in the default browser after building")
	flag.Parse()
	page, err := run(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
	if *open {
		if err := openInBrowser(page); err != nil {
			fmt.Fprintf(os.Stderr, "build: could not open a browser (%v); open %s yourself\n", err, page)
		}
	}
}

// openInBrowser asks the desktop to open the file at path in the default
// browser, without waiting for it.
func openInBrowser(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", path)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	return cmd.Start()
}

// run builds everything into dir, prints what to open and returns its path:
// index.html, which loads dist/engine.js, or with another dir, skim.html.
func run(dir string) (string, error) {
	root, err := goEnv("GOMOD")
	if err != nil {
		return "", err
	}
	root = filepath.Dir(root)
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	mod, err := compile(root)
	if err != nil {
		return "", err
	}
	engine, err := bundle(root, mod)
	if err != nil {
		return "", err
	}
	enginePath := filepath.Join(dir, "engine.js")
	if err := os.WriteFile(enginePath, engine.script, 0o644); err != nil {
		return "", err
	}
	page, err := inline(root, engine)
	if err != nil {
		return "", err
	}
	pagePath := filepath.Join(dir, "skim.html")
	if err := os.WriteFile(pagePath, page, 0o644); err != nil {
		return "", err
	}
	fmt.Printf("wasm module: %s raw, %s gzip, %s base64\n", mb(engine.raw), mb(engine.gzip), mb(engine.base64))
	fmt.Printf("wrote %s (%s) and %s (%s)\n", rel(root, enginePath), mb(len(engine.script)), rel(root, pagePath), mb(len(page)))
	if dir != filepath.Join(root, "dist") {
		// index.html loads dist/engine.js, so elsewhere only skim.html works.
		fmt.Printf("open %s in a browser\n", pagePath)
		return pagePath, nil
	}
	index := filepath.Join(root, "index.html")
	fmt.Printf("open %s in a browser (or copy %s anywhere and open it)\n", index, rel(root, pagePath))
	return index, nil
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
