//go:build devdata

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"skim/internal/devset"
)

// devPath is the dev set seen from this package's directory.
var devPath = filepath.Join("..", "..", devset.DefaultPath)

// loadDev returns the dev set as -batch input (its lines already carry id and
// article), asking for three sentences a story, and the stories themselves.
// It fails, never skips, when the file is missing.
func loadDev(tb testing.TB) (string, []devset.Story) {
	tb.Helper()
	stories, err := devset.Load(devPath, 0)
	if err != nil {
		tb.Fatalf("dev set: %v (run with ../shared beside the repository)", err)
	}
	b, err := os.ReadFile(devPath)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b), stories
}

func TestBatchDevData(t *testing.T) {
	input, stories := loadDev(t)
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-batch", "-n", "3"}, strings.NewReader(input), &stdout, &stderr); code != 0 {
		t.Fatalf("run(-batch) = %d, want 0; stderr: %s", code, stderr.String())
	}
	want := make([]batchWant, len(stories))
	for i, s := range stories {
		want[i] = batchWant{id: strconv.Quote(s.ID), sentences: 3}
	}
	checkBatch(t, stdout.String(), want)
}

// BenchmarkBatchDevData runs -batch -n 3 over the 500 dev stories.
func BenchmarkBatchDevData(b *testing.B) {
	input, stories := loadDev(b)
	benchmarkBatch(b, input, len(stories))
}
