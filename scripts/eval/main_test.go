package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// stories is a two-story data file written for these tests.
const stories = `{"id": "one", "article": "The river rose two metres overnight in the old town. Shops on the quay moved their stock to upper floors. The mayor said the flood barrier held. Rain is expected to ease by Thursday. Schools near the river will stay closed.", "highlights": "The river rose two metres overnight.\nThe flood barrier held, the mayor said."}
{"id": "two", "article": "The bridge closed at noon after a lorry hit its railing. Police diverted traffic through the north road. Engineers found no harm to the main span. The bridge reopened to cars in the evening.", "summary": "A lorry hit the bridge railing. The bridge reopened in the evening."}
`

// clusters is a one-cluster data file in the Multi-News layout.
const clusters = `{"id": "c1", "articles": ["The river rose two metres overnight in the old town. The mayor said the flood barrier held.", "Floods hit the old town on Monday night. Shops on the quay moved their stock upstairs."], "summary": "The river rose two metres in the old town, and shops moved their stock upstairs. The flood barrier held."}
`

// rowPattern matches one row of a story table: size, system, three scores,
// words and the dangling share.
var rowPattern = regexp.MustCompile(`^\| (\d+) \| (skim|Lead-\d|Lead ≤\d+ words|skim − Lead-\d|skim − Lead ≤\d+ words) \| [+-]?\d+\.\d\d \| [+-]?\d+\.\d\d \| [+-]?\d+\.\d\d \| [+-]?\d+\.\d \| [+-]?\d+\.\d \|$`)

// clusterRow matches one row of a cluster table.
var clusterRow = regexp.MustCompile(`^\| (skim|first article's lead|round robin of leads) \| \d+\.\d\d \| \d+\.\d\d \|$`)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "stories.jsonl")
	multi := filepath.Join(dir, "clusters.jsonl")
	for path, text := range map[string]string{data: stories, multi: clusters} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sizes := []string{"1", "2", "3", "4", "5", "40", "60", "80", "100"}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantSizes  []string // sizes of the story table rows, three rows each
		wantSkim   int      // cluster table rows
		wantStderr string   // prefix; "" means none
	}{
		{name: "stories", args: []string{"-data", data}, wantSizes: sizes},
		{name: "limit", args: []string{"-data", data, "-limit", "1"}, wantSizes: sizes},
		{name: "clusters", args: []string{"-data", multi}, wantSkim: 3},
		{name: "missing file", args: []string{"-data", filepath.Join(dir, "none.jsonl")}, wantCode: 1,
			wantStderr: "eval: devset: open "},
		{name: "negative limit", args: []string{"-data", data, "-limit", "-1"}, wantCode: 2, wantStderr: "eval: -limit must be at least 0"},
		{name: "unknown flag", args: []string{"-x"}, wantCode: 2, wantStderr: "flag provided but not defined: -x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr); code != tt.wantCode {
				t.Fatalf("run(%q) = %d, want %d; stderr: %s", tt.args, code, tt.wantCode, stderr.String())
			}
			if got := stderr.String(); (tt.wantStderr == "") != (got == "") || !strings.HasPrefix(got, tt.wantStderr) {
				t.Errorf("run(%q) stderr = %q, want prefix %q", tt.args, got, tt.wantStderr)
			}
			var gotSizes []string
			clusterRows := 0
			for _, line := range strings.Split(stdout.String(), "\n") {
				switch m := rowPattern.FindStringSubmatch(line); {
				case m != nil:
					gotSizes = append(gotSizes, m[1])
				case clusterRow.MatchString(line):
					clusterRows++
				case strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| N |") &&
					!strings.HasPrefix(line, "| words |") && !strings.HasPrefix(line, "| system |"):
					t.Errorf("malformed table row %q", line)
				}
			}
			var wantSizes []string
			for _, n := range tt.wantSizes {
				wantSizes = append(wantSizes, n, n, n)
			}
			if !slices.Equal(gotSizes, wantSizes) {
				t.Errorf("run(%q) story rows for sizes %v, want %v:\n%s", tt.args, gotSizes, wantSizes, stdout.String())
			}
			if clusterRows != tt.wantSkim {
				t.Errorf("run(%q) has %d cluster rows, want %d:\n%s", tt.args, clusterRows, tt.wantSkim, stdout.String())
			}
		})
	}
}

func TestRoundRobin(t *testing.T) {
	var stdout bytes.Buffer
	dir := t.TempDir()
	multi := filepath.Join(dir, "clusters.jsonl")
	os.WriteFile(multi, []byte(clusters), 0o644)
	if code := run([]string{"-data", multi}, &stdout, &bytes.Buffer{}); code != 0 {
		t.Fatal("eval failed")
	}
	// The summary shares most words with the two first sentences, which the
	// round robin takes, so it must recall more than the first article alone.
	var rr, first float64
	for _, line := range strings.Split(stdout.String(), "\n") {
		var r1, r2 float64
		if n, _ := sscan(line, "| round robin of leads | %f | %f |", &r1, &r2); n == 2 {
			rr = r1
		}
		if n, _ := sscan(line, "| first article's lead | %f | %f |", &r1, &r2); n == 2 {
			first = r1
		}
	}
	if rr <= first || first == 0 {
		t.Errorf("round robin recall %.2f, first article's %.2f: want the round robin ahead", rr, first)
	}
}

// sscan is fmt.Sscanf, which these tests use to read table rows.
var sscan = fmt.Sscanf

// TestSeedsReport digests two articles written for the test, the second
// repeating a sentence of the first, and checks each article's row and the
// digest's attribution.
func TestSeedsReport(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "The river rose two metres overnight in the old town. Shops on the quay moved their stock to upper floors. The mayor said the flood barrier held.",
		"b.txt": "Floods hit the old town on Monday night. The river rose two metres overnight in the old town. Schools near the river will stay closed.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	report, err := seedsReport(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| 1 (a.txt) | 3 | 0 | 0 |",
		"| 2 (b.txt) | 3 | 1 | 1 |",
		"- [1] The river rose two metres overnight in the old town.",
		"- [2] Schools near the river will stay closed.",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("seeds report lacks %q:\n%s", want, report)
		}
	}
	if strings.Count(report, "The river rose two metres") != 1 {
		t.Errorf("the repeated sentence is in the digest twice:\n%s", report)
	}
	if _, err := seedsReport(t.TempDir()); err == nil {
		t.Error("seedsReport of an empty directory gave no error")
	}
}
