//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains, on platforms other than js/wasm, how the bridge is built.
func main() {
	fmt.Fprintln(os.Stderr, "skim's wasm bridge runs only in a browser; build the page with: go run ./scripts/build")
	os.Exit(2)
}
