package main

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// otsSystem runs the Open Text Summarizer's command-line tool (Debian
// package ots, 0.5.0). It fails when ots is not installed.
func otsSystem(ctx context.Context) (system, error) {
	path, err := exec.LookPath("ots")
	if err != nil {
		return system{}, fmt.Errorf("ots: %w (apt-get install ots)", err)
	}
	return system{
		name:   "OTS",
		note:   "Debian ots 0.5.0, `ots --html`; its n best-graded sentences",
		digest: otsDigest(ctx, path),
	}, nil
}

// otsLine is one sentence of `ots --html` output: its grade, then its text.
// A newline in the input shows as <br> inside the text.
var otsLine = regexp.MustCompile(`^<!--\((\d+)\)--><FONT COLOR="[^"]*"><span[^>]*>(.*)</span></FONT>$`)

// otsDigest returns a digester that runs ots at path. The tool chooses its
// sentences by a percentage of the words (--ratio), which cannot ask for n
// sentences; its HTML output, though, lists every sentence with the grade
// it ranks by. The digest is the n best-graded sentences, ties to the
// earlier one, in reading order.
func otsDigest(ctx context.Context, path string) digester {
	return func(article string, n int) ([]string, error) {
		cmd := exec.CommandContext(ctx, path, "--html")
		cmd.Stdin = strings.NewReader(article)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("ots: %w: %s", err, bytes.TrimSpace(stderr.Bytes()))
		}
		return pickOTS(string(out), n)
	}
}

// graded is a sentence with its position and OTS grade.
type graded struct {
	pos, grade int
	text       string
}

// pickOTS parses `ots --html` output and returns its n best-graded
// sentences in reading order.
func pickOTS(html string, n int) ([]string, error) {
	var all []graded
	for line := range strings.SplitSeq(html, "\n") {
		m := otsLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		grade, err := strconv.Atoi(m[1])
		if err != nil {
			return nil, fmt.Errorf("ots: grade %q: %w", m[1], err)
		}
		text := strings.TrimSpace(strings.ReplaceAll(m[2], "<br>", " "))
		if text != "" {
			all = append(all, graded{pos: len(all), grade: grade, text: text})
		}
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("ots: no sentences in its output")
	}
	slices.SortStableFunc(all, func(a, b graded) int { return cmp.Compare(b.grade, a.grade) })
	best := all[:min(n, len(all))]
	slices.SortFunc(best, func(a, b graded) int { return a.pos - b.pos })
	out := make([]string, len(best))
	for i, g := range best {
		out[i] = g.text
	}
	return out, nil
}
