// Package web holds skim's page: the scripts, the stylesheet and the engine's
// worker that index.html loads. It has no Go code; its tests (build tag e2e)
// build the page and drive it in chromium: go test -tags e2e ./web
package web
