package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ten := make([]time.Duration, 10)
	for i := range ten {
		ten[i] = time.Duration(i + 1)
	}
	tests := []struct {
		sorted []time.Duration
		p      int
		want   time.Duration
	}{
		{ten, 50, 5},
		{ten, 95, 10},
		{ten, 10, 1},
		{ten, 100, 10},
		{ten, 0, 1},
		{[]time.Duration{7}, 95, 7},
	}
	for _, tt := range tests {
		if got := percentile(tt.sorted, tt.p); got != tt.want {
			t.Errorf("percentile(%v, %d) = %v, want %v", tt.sorted, tt.p, got, tt.want)
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "stories.jsonl")
	const stories = `{"id": "a", "article": "The river rose overnight. Shops moved their stock upstairs. The mayor said the barrier held."}
{"id": "b", "article": "The bridge closed at noon. Police diverted traffic. The bridge reopened in the evening."}
`
	if err := os.WriteFile(data, []byte(stories), 0o644); err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`^2 stories, n=2, one at a time: \d+\.\d stories/s
ms per story: p50 \d+\.\d\d, p95 \d+\.\d\d, max \d+\.\d\d
words: [1-9]\d* in, [1-9]\d* out; sentences: [1-9]\d* in, [1-9]\d* out
$`)
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"report", []string{"-data", data, "-n", "2"}, 0, ""},
		{"missing file", []string{"-data", filepath.Join(dir, "none.jsonl")}, 1, "bench: devset: open "},
		{"n 0", []string{"-data", data, "-n", "0"}, 2, "bench: -n must be at least 1"},
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
			if tt.wantCode == 0 && !want.MatchString(stdout.String()) {
				t.Errorf("run(%q) = %q, want it to match %s", tt.args, stdout.String(), want)
			}
		})
	}
}
