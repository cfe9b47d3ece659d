package main

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

func TestLineReader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want []string // a line cut at max is marked with a trailing "…"
	}{
		{"empty", "", 10, nil},
		{"one unended line", "abc", 10, []string{"abc"}},
		{"each ending", "a\nb\r\nc\rd", 10, []string{"a", "b", "c", "d"}},
		{"blank lines kept", "\n\r\n\r", 10, []string{"", "", ""}},
		{"\\r then \\n is one ending", "a\r\n\nb", 10, []string{"a", "", "b"}},
		{"\\n then \\r is two", "a\n\rb", 10, []string{"a", "", "b"}},
		{"cut at max", "abcdefgh\nxy\n", 3, []string{"abc…", "xy"}},
		{"exactly max", "abc\n", 3, []string{"abc"}},
	}
	for _, tt := range tests {
		for _, reader := range []struct {
			kind string
			wrap func(io.Reader) io.Reader
		}{{"whole", func(r io.Reader) io.Reader { return r }}, {"byte by byte", iotest.OneByteReader}} {
			t.Run(tt.name+"/"+reader.kind, func(t *testing.T) {
				lr := newLineReader(reader.wrap(strings.NewReader(tt.in)), tt.max)
				var got []string
				for {
					line, long, err := lr.next()
					if errors.Is(err, io.EOF) {
						break
					}
					if err != nil {
						t.Fatal(err)
					}
					if long {
						line = append(line, "…"...)
					}
					got = append(got, string(line))
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("lines of %q = %q, want %q", tt.in, got, tt.want)
				}
			})
		}
	}
}

// TestLineReaderDoesNotWaitAfterCR: a line ended by "\r" comes back at once,
// before anything more is written, as a slow writer needs.
func TestLineReaderDoesNotWaitAfterCR(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	lr := newLineReader(pr, 100)
	go pw.Write([]byte("first\r"))
	got := make(chan string, 1)
	go func() {
		line, _, _ := lr.next()
		got <- string(line)
	}()
	select {
	case line := <-got:
		if line != "first" {
			t.Errorf("line = %q, want \"first\"", line)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a line ended by \\r waited for more input")
	}
	go pw.Write([]byte("\nsecond\n"))
	if line, _, err := lr.next(); err != nil || string(line) != "second" {
		t.Errorf("after \\r\\n the next line = %q, %v; want \"second\"", line, err)
	}
}
