package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// story is a short news text written for these tests: a headline line, then
// two paragraphs.
const story = `Harbour bridge reopens after storm repairs

The harbour bridge reopened to traffic on Monday after two weeks of repairs. Engineers replaced three damaged cables on the bridge and checked its main span. The city council said the repairs cost four million pounds.

Ferry services that carried commuters during the closure will end on Friday. Commuters said the ferries were crowded but reliable. The council thanked the ferry crews and the engineers. Traffic on the bridge was light on the first morning.`

// allForTest returns every system, failing the test when one cannot start.
func allForTest(t *testing.T) []system {
	t.Helper()
	systems, err := allSystems(context.Background(), 3, "node")
	if err != nil {
		t.Fatalf("allSystems: %v", err)
	}
	t.Cleanup(func() {
		for _, s := range systems {
			if s.close != nil {
				if err := s.close(); err != nil {
					t.Errorf("%s: close: %v", s.name, err)
				}
			}
		}
	})
	return systems
}

// squash collapses runs of white space, which some libraries rewrite.
func squash(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func TestAdapters(t *testing.T) {
	input := squash(story)
	for _, s := range allForTest(t) {
		for _, n := range []int{1, 3, 20} {
			t.Run(fmt.Sprintf("%s/n=%d", s.name, n), func(t *testing.T) {
				got, err := s.digest(story, n)
				if err != nil {
					t.Fatalf("digest(story, %d) error: %v", n, err)
				}
				if len(got) == 0 || len(got) > n {
					t.Fatalf("digest(story, %d) = %d sentences %q, want 1 to %d", n, len(got), got, n)
				}
				for _, sent := range got {
					if strings.TrimSpace(sent) == "" || !strings.Contains(input, squash(sent)) {
						t.Errorf("digest(story, %d) sentence %q is empty or not in the story", n, sent)
					}
				}
			})
		}
	}
}

func TestGoSystemsNames(t *testing.T) {
	var got []string
	for _, s := range goSystems(context.Background(), 4) {
		got = append(got, s.name)
	}
	want := "skim, Lead-4, Go TextRank, tldr"
	if strings.Join(got, ", ") != want {
		t.Errorf("goSystems names = %q, want %q", got, want)
	}
}

func TestTrimmed(t *testing.T) {
	got := trimmed([]string{" One.", "", "  ", "Two. "})
	if want := []string{"One.", "Two."}; !slices.Equal(got, want) {
		t.Errorf("trimmed = %q, want %q", got, want)
	}
}
