package quotes

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestScan(t *testing.T) {
	tests := []struct {
		s            string
		from         State
		quoted, runs int // runes inside quotation marks, and in all
		open         bool
	}{
		{`"Go," she said.`, State{}, 3, 15, false},
		{`“Go,” she said.`, State{}, 3, 15, false},
		{`'Go,' she said.`, State{}, 3, 15, false},
		{`‘Go,’ she said.`, State{}, 3, 15, false},
		{`"Issue notice.`, State{}, 13, 14, true},
		{`'It is time.`, State{}, 11, 12, true},
		{`He said: 'It is time.`, State{}, 11, 21, true},  // after a colon
		{`We must act,' he said.`, State{}, 0, 22, false}, // only closes: it opened before
		{`We must act,' he said.`, State{Single: true}, 12, 22, false},
		{`Nobody may stay it.`, State{Double: true}, 19, 19, true},
		{`It was "a lie" and "a trick".`, State{}, 12, 29, false},
		{`Don't touch the teachers' union.`, State{}, 0, 32, false}, // apostrophes
		{`The '90s are back.`, State{}, 0, 18, false},
		{`They got 'em all back, the police said.`, State{}, 0, 39, false}, // an elision
		{`'We can't stop,' she said.`, State{}, 14, 26, false},             // an apostrophe inside
		{`He said: 'It's "fine".'`, State{}, 10, 23, false},
		{`A 6" pipe burst.`, State{}, 0, 16, false}, // inches open nothing
		{"\xff'", State{}, 0, 2, false},             // invalid UTF-8
		{"'\xff", State{}, 0, 2, false},
		{`"`, State{}, 0, 1, false},
		{"", State{}, 0, 0, false},
	}
	for _, tt := range tests {
		quoted, total, end := Scan(tt.s, tt.from)
		if quoted != tt.quoted || total != tt.runs || end.Open() != tt.open {
			t.Errorf("Scan(%q, %+v) = %d, %d, %+v; want %d, %d, open %v", tt.s, tt.from, quoted, total, end, tt.quoted, tt.runs, tt.open)
		}
	}
}

func TestOpens(t *testing.T) {
	for s, want := range map[string]bool{
		`"We won.`: true, `“We won.`: true, `'We won.`: true, `‘We won.`: true,
		`'90s fashion returned.`: false, `We won.`: false, `(We won.)`: false, ``: false,
	} {
		if got := Opens(s); got != want {
			t.Errorf("Opens(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCarried(t *testing.T) {
	tests := []struct {
		sentences []string
		want      []bool
	}{
		{[]string{`"Issue notice.`, "Nobody may stay it.", `The vote can wait," it said.`, "It adjourned."},
			[]bool{false, true, true, false}},
		{[]string{"He said: 'It is time.", "Nobody can wait.", "'We act now,' he added.", "Rain fell."},
			[]bool{false, true, false, false}}, // the third reopens, and closes
		{[]string{`"We will fight.`, `"We will win," she said.`, "Crowds cheered."},
			[]bool{false, false, false}}, // a new paragraph of the quotation reopens it
		{[]string{"They got 'em all back.", "Rain fell."}, []bool{false, false}},
		{[]string{`"One.`, "Two.", "Three.", "Four.", "Five.", "Six."}, // a closing mark lost
			[]bool{false, true, true, true, true, false}},
		{nil, []bool{}},
	}
	for _, tt := range tests {
		if got := Carried(tt.sentences); !slices.Equal(got, tt.want) {
			t.Errorf("Carried(%q) = %v, want %v", tt.sentences, got, tt.want)
		}
	}
}

// FuzzScan checks that Scan never panics, counts every rune once and no
// more of them as quoted, and that Carried gives one answer per sentence.
func FuzzScan(f *testing.F) {
	for _, s := range []string{`"Go," she said.`, "'It is time.", "They got 'em.", "\xff'", `“‘’”`} {
		f.Add(s, false, true)
	}
	f.Fuzz(func(t *testing.T, s string, double, single bool) {
		quoted, total, _ := Scan(s, State{Double: double, Single: single})
		if runes := utf8.RuneCountInString(s); total != runes || quoted < 0 || quoted > total {
			t.Fatalf("Scan(%q) = %d quoted of %d, want at most %d of %d", s, quoted, total, runes, runes)
		}
		if got := Carried([]string{s, s}); len(got) != 2 || got[0] {
			t.Fatalf("Carried(%q twice) = %v, want two answers, the first false", s, got)
		}
	})
}
