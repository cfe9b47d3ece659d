package devset

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFlagsParse(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "stories.jsonl")
	if err := os.WriteFile(data, []byte(`{"id":"a","article":"One. Two.","highlights":"One."}`+"\n"+`{"id":"b","article":"Three.","highlights":"Three."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		args        []string
		wantStories int
		wantStatus  int
		wantOK      bool
		wantStderr  string
	}{
		{"defaults", []string{"-data", data}, 2, 0, true, ""},
		{"limit", []string{"-data", data, "-limit", "1", "-n", "5"}, 1, 0, true, ""},
		{"help", []string{"-h"}, 0, 0, false, "Usage"},
		{"unknown flag", []string{"-x"}, 0, 2, false, "flag provided but not defined"},
		{"n 0", []string{"-data", data, "-n", "0"}, 0, 2, false, "cmd: -n must be at least 1"},
		{"negative limit", []string{"-data", data, "-limit", "-1"}, 0, 2, false, "cmd: -n must be at least 1, -limit at least 0"},
		{"extra argument", []string{"-data", data, "more"}, 0, 2, false, "cmd: -n must be"},
		{"missing file", []string{"-data", filepath.Join(dir, "none")}, 0, 1, false, "cmd: devset: open "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			fs := flag.NewFlagSet("cmd", flag.ContinueOnError)
			fs.SetOutput(&stderr)
			f := NewFlags(fs, DefaultPath)
			stories, status, ok := f.Parse(tt.args)
			if len(stories) != tt.wantStories || status != tt.wantStatus || ok != tt.wantOK {
				t.Errorf("Parse(%q) = %d stories, %d, %v; want %d, %d, %v", tt.args, len(stories), status, ok, tt.wantStories, tt.wantStatus, tt.wantOK)
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("Parse(%q) printed %q, want it to hold %q", tt.args, stderr.String(), tt.wantStderr)
			}
		})
	}
}
