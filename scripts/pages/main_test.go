package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// testParagraphs is the article of the test pages, a paragraph a line.
var testParagraphs = []string{
	"The river rose two metres overnight in the old town, and the water reached the steps of the town hall before dawn.",
	"Shops on the quay moved their stock to upper floors while volunteers filled sandbags in the market square.",
	"The mayor said the new flood barrier held, although the lower streets near the bridge stayed under water until noon.",
	"Rain is expected to ease by Thursday, forecasters said, and the river should fall back below its banks by the weekend.",
	"Schools near the river will stay closed for the rest of the week while engineers check the foundations of the old buildings.",
	"Residents who left their homes were told to wait for the all-clear before they return, because the current is still strong.",
}

// writeTestPage writes a page folder named name under dir: a saved page
// with a menu, a copied fragment, a paste with the menu as lines, and the
// article text.
func writeTestPage(t *testing.T, dir, name string) {
	t.Helper()
	var body strings.Builder
	for _, p := range testParagraphs {
		body.WriteString("<p>" + p + "</p>\n")
	}
	files := map[string]string{
		"source.html": "<!doctype html><html><head><title>River Rises in Old Town | Daily Test</title></head><body>" +
			"<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>" +
			"<article><h1>River Rises in Old Town</h1>" + body.String() + "</article>" +
			"<footer>Sign up for our newsletter. Contact us. Privacy policy.</footer></body></html>",
		"clipboard.html":         "<h1>River Rises in Old Town</h1>" + body.String(),
		"clipboard.txt":          "River Rises in Old Town\n" + strings.Join(testParagraphs, "\n"),
		"paste.txt":              "Home\nNews\nSport\nRiver Rises in Old Town\n" + strings.Join(testParagraphs, "\n") + "\nSign up for our newsletter\nContact us\n",
		"article.txt":            strings.Join(testParagraphs, "\n\n") + "\n",
		"expected-metadata.json": `{"title": "River Rises in Old Town", "byline": null, "siteName": "Daily Test"}`,
	}
	if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
		t.Fatal(err)
	}
	for f, v := range files {
		if err := os.WriteFile(filepath.Join(dir, name, f), []byte(v), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// pageRow matches one row of the per-page table: the page, then junk,
// headline and article counts, equal, recall and kept recall per route.
var pageRow = regexp.MustCompile(`^\| ([a-z0-9-]+) \|(?: \d+/\d+/\d+ \| (?:yes|no) \| \d+\.\d% \| \d+\.\d% \|){3}$`)

// totalRow matches one row of the totals.
var totalRow = regexp.MustCompile(`^\| (saved|clipboard|plain) \| \d+ \| \d+ \| \d+ \| \d+\.\d%(?: \(≤ \d+%\))? \| \d+\.\d%(?: \(≥ \d+%\))? \| \d+\.\d% \| \d+\.\d%(?: \(≥ \d+%\))? \| \d+\.\d% \| \d+\.\d \|$`)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	writeTestPage(t, dir, "one")
	writeTestPage(t, dir, "two")
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantPages  []string // rows of the per-page table
		wantOut    string   // held by stdout
		wantStderr string   // prefix; "" means none
	}{
		{name: "table", args: []string{"-pages", dir}, wantPages: []string{"one", "two"}, wantOut: "5-sentence digests of 2 pages"},
		{name: "words", args: []string{"-pages", dir, "-words", "40"}, wantPages: []string{"one", "two"}, wantOut: "40-word digests of 2 pages"},
		{name: "n 2 and verbose", args: []string{"-pages", dir, "-n", "2", "-v"}, wantPages: []string{"one", "two"}, wantOut: "\nJunk digest sentences:\n"},
		{name: "missing dir", args: []string{"-pages", filepath.Join(dir, "none")}, wantCode: 1, wantStderr: "pages: pageset: stat "},
		{name: "n 0", args: []string{"-pages", dir, "-n", "0"}, wantCode: 2, wantStderr: "pages: -n must be at least 1"},
		{name: "negative words", args: []string{"-pages", dir, "-words", "-1"}, wantCode: 2, wantStderr: "pages: -n must be at least 1, -words at least 0"},
		{name: "argument", args: []string{"-pages", dir, "more"}, wantCode: 2, wantStderr: "pages: -n must be at least 1, -words at least 0, and no arguments"},
		{name: "unknown flag", args: []string{"-x"}, wantCode: 2, wantStderr: "flag provided but not defined: -x"},
		{name: "help", args: []string{"-h"}, wantStderr: "Usage of pages:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), tt.args, &stdout, &stderr); code != tt.wantCode {
				t.Fatalf("run(%q) = %d, want %d; stderr: %s", tt.args, code, tt.wantCode, stderr.String())
			}
			if got := stderr.String(); (tt.wantStderr == "") != (got == "") || !strings.HasPrefix(got, tt.wantStderr) {
				t.Errorf("run(%q) stderr = %q, want prefix %q", tt.args, got, tt.wantStderr)
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("run(%q) stdout lacks %q:\n%s", tt.args, tt.wantOut, stdout.String())
			}
			var pages, totals []string
			for _, line := range strings.Split(stdout.String(), "\n") {
				if m := pageRow.FindStringSubmatch(line); m != nil {
					pages = append(pages, m[1])
				} else if m := totalRow.FindStringSubmatch(line); m != nil {
					totals = append(totals, m[1])
				} else if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| page |") && !strings.HasPrefix(line, "| route |") {
					t.Errorf("malformed table row %q", line)
				}
			}
			if strings.Join(pages, " ") != strings.Join(tt.wantPages, " ") {
				t.Errorf("run(%q) page rows = %q, want %q:\n%s", tt.args, pages, tt.wantPages, stdout.String())
			}
			if wantTotals := "saved clipboard plain"; tt.wantPages != nil && strings.Join(totals, " ") != wantTotals {
				t.Errorf("run(%q) total rows = %q, want %q", tt.args, totals, wantTotals)
			}
		})
	}
}

// TestRunJSON checks -json on a test page, whose routes all carry the
// whole article: full recall and five digest sentences on every route, no
// junk on the HTML routes, and on the plain route no junk but the menu's.
func TestRunJSON(t *testing.T) {
	dir := t.TempDir()
	writeTestPage(t, dir, "one")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-pages", dir, "-json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("run(-json) = %d, want 0; stderr: %s", code, stderr.String())
	}
	var got struct {
		N     int          `json:"n"`
		Pages []pageResult `json:"pages"`
		Total []total      `json:"totals"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("run(-json) output does not decode: %v\n%s", err, stdout.String())
	}
	if got.N != 5 || len(got.Pages) != 1 || len(got.Pages[0].Routes) != len(routes) || len(got.Total) != len(routes) {
		t.Fatalf("run(-json) = n %d, %d pages, totals %d; want 5, 1 page with %d routes, %d totals", got.N, len(got.Pages), len(got.Total), len(routes), len(routes))
	}
	menu := map[string]bool{"Home": true, "News": true, "Sport": true, "Sign up for our newsletter": true, "Contact us": true}
	for i, rr := range got.Pages[0].Routes {
		if rr.Err != "" || rr.Recall != 1 || rr.Junk+rr.Headline+rr.Article != 5 || rr.Junk != len(rr.JunkSentences) {
			t.Errorf("route %s = %+v, want no error, recall 1, 5 sentences, each junk one listed", rr.Route, rr)
		}
		if routes[i].html && rr.Junk != 0 {
			t.Errorf("route %s junk = %q, want none", rr.Route, rr.JunkSentences)
		}
		for _, s := range rr.JunkSentences {
			if !menu[s] {
				t.Errorf("route %s: junk %q, want only menu lines", rr.Route, s)
			}
		}
	}
	if r := got.Pages[0].Routes[0]; !r.Equal {
		t.Errorf("saved digest %q, want article.txt's %q", r.Digest, got.Pages[0].Reference)
	}
}
