package main

import (
	"context"
	"testing"
)

// TestNodeProcessError checks that an error from a library comes back as an
// error and that the process goes on serving requests after it.
func TestNodeProcessError(t *testing.T) {
	p, err := startNode(context.Background(), "node", "lexrank")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := p.close(); err != nil {
			t.Errorf("close: %v", err)
		}
	}()
	if got, err := p.digest("", 3); err == nil {
		t.Errorf("digest(\"\", 3) = %q, want an error", got)
	}
	if got, err := p.digest(story, 2); err != nil || len(got) != 2 {
		t.Errorf("digest(story, 2) after an error = %q, %v, want 2 sentences", got, err)
	}
}

func TestStartNodeErrors(t *testing.T) {
	if _, err := startNode(context.Background(), t.TempDir(), "lexrank"); err == nil {
		t.Error("startNode(dir without node_modules) succeeded, want an error")
	}
	p, err := startNode(context.Background(), "node", "no-such-system")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := p.digest(story, 1); err == nil {
		t.Errorf("digest with an unknown system = %q, want an error", got)
	}
	if err := p.close(); err == nil {
		t.Error("close after the process exited with status 2 = nil, want an error")
	}
}
