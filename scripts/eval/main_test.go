package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// stories is a two-story data file written for these tests.
const stories = `{"id": "one", "article": "The river rose two metres overnight in the old town. Shops on the quay moved their stock to upper floors. The mayor said the flood barrier held. Rain is expected to ease by Thursday. Schools near the river will stay closed.", "highlights": "The river rose two metres overnight.\nThe flood barrier held, the mayor said."}
{"id": "two", "article": "The bridge closed at noon after a lorry hit its railing. Police diverted traffic through the north road. Engineers found no harm to the main span. The bridge reopened to cars in the evening.", "highlights": "A lorry hit the bridge railing.\nThe bridge reopened in the evening."}
`

// rowPattern matches one table row: N, system, three scores and words.
var rowPattern = regexp.MustCompile(`^\| (\d) \| (skim|Lead-\d|skim − Lead-\d) \| [+-]?\d+\.\d\d \| [+-]?\d+\.\d\d \| [+-]?\d+\.\d\d \| [+-]?\d+\.\d \|$`)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "stories.jsonl")
	if err := os.WriteFile(data, []byte(stories), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantN      []int  // digest lengths of the table rows, three rows each
		wantStderr string // prefix; "" means none
	}{
		{name: "default n", args: []string{"-data", data}, wantN: []int{3}},
		{name: "n 2 and limit", args: []string{"-data", data, "-n", "2", "-limit", "1"}, wantN: []int{2}},
		{name: "curve", args: []string{"-data", data, "-curve"}, wantN: []int{1, 2, 3, 4, 5}},
		{name: "missing file", args: []string{"-data", filepath.Join(dir, "none.jsonl")}, wantCode: 1,
			wantStderr: "eval: devset: open "},
		{name: "n 0", args: []string{"-data", data, "-n", "0"}, wantCode: 2, wantStderr: "eval: -n must be at least 1"},
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
			var gotN []int
			for _, line := range strings.Split(stdout.String(), "\n") {
				if m := rowPattern.FindStringSubmatch(line); m != nil {
					gotN = append(gotN, int(m[1][0]-'0'))
				} else if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| N |") {
					t.Errorf("malformed table row %q", line)
				}
			}
			var wantN []int
			for _, n := range tt.wantN {
				wantN = append(wantN, n, n, n)
			}
			if !slices.Equal(gotN, wantN) {
				t.Errorf("run(%q) table rows for N = %v, want %v:\n%s", tt.args, gotN, wantN, stdout.String())
			}
			for _, n := range tt.wantN {
				if want := "N=" + string(rune('0'+n)) + ": mean "; !strings.Contains(stdout.String(), want) {
					t.Errorf("run(%q) output lacks %q", tt.args, want)
				}
			}
		})
	}
}
