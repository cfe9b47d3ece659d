package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// stories is a two-story data file written for these tests.
const stories = `{"id": "one", "article": "The river rose two metres overnight in the old town. Shops on the quay moved their stock to upper floors. The mayor said the flood barrier held. Rain is expected to ease by Thursday. Schools near the river will stay closed.", "highlights": "The river rose two metres overnight.\nThe flood barrier held, the mayor said."}
{"id": "two", "article": "The bridge closed at noon after a lorry hit its railing. Police diverted traffic through the north road. Engineers found no harm to the main span. The bridge reopened to cars in the evening.", "highlights": "A lorry hit the bridge railing.\nThe bridge reopened in the evening."}
`

// rowPattern matches one table row and captures the system's name.
var rowPattern = regexp.MustCompile(`^\| ([^|]+) \| \d+\.\d\d \| \d+\.\d\d \| \d+\.\d\d \| \d+\.\d \| \d+\.\d\d \| \d+ \| [^|]+ \|$`)

func TestRun(t *testing.T) {
	data := filepath.Join(t.TempDir(), "stories.jsonl")
	if err := os.WriteFile(data, []byte(stories), 0o644); err != nil {
		t.Fatal(err)
	}
	all := "skim, Lead-3, Go TextRank, tldr, OTS, lexrank, ts-textrank, node-summarizer"
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantRows   string // system names of the table rows
		wantStderr string // prefix; "" means none
	}{
		{name: "default n", args: []string{"-data", data}, wantRows: all},
		{name: "n 2 and limit", args: []string{"-data", data, "-n", "2", "-limit", "1"},
			wantRows: strings.Replace(all, "Lead-3", "Lead-2", 1)},
		{name: "missing file", args: []string{"-data", filepath.Join(t.TempDir(), "none.jsonl")}, wantCode: 1,
			wantStderr: "compare: devset: open "},
		{name: "no node_modules", args: []string{"-data", data, "-node", t.TempDir()}, wantCode: 1,
			wantStderr: "compare: node: stat "},
		{name: "n 0", args: []string{"-data", data, "-n", "0"}, wantCode: 2, wantStderr: "compare: -n must be at least 1"},
		{name: "argument", args: []string{"extra"}, wantCode: 2, wantStderr: "compare: -n must be at least 1"},
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
			var rows []string
			for _, line := range strings.Split(stdout.String(), "\n") {
				if m := rowPattern.FindStringSubmatch(line); m != nil {
					rows = append(rows, m[1])
				} else if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| system |") {
					t.Errorf("malformed table row %q", line)
				}
			}
			if got := strings.Join(rows, ", "); got != tt.wantRows {
				t.Errorf("run(%q) rows = %q, want %q:\n%s", tt.args, got, tt.wantRows, stdout.String())
			}
		})
	}
}
