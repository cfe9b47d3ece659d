package quotes

import "testing"

func TestScan(t *testing.T) {
	tests := []struct {
		s            string
		quoted, runs int // runes inside quotation marks, and in all
		open         bool
	}{
		{`"Go," she said.`, 3, 15, false},
		{`“Go,” she said.`, 3, 15, false},
		{`'Go,' she said.`, 3, 15, false},
		{`‘Go,’ she said.`, 3, 15, false},
		{`"Issue notice.`, 13, 14, true},
		{`'It is time.`, 11, 12, true},
		{`We must act,' he said.`, 0, 22, false}, // only closes: it opened before
		{`It was "a lie" and "a trick".`, 12, 29, false},
		{`Don't touch the teachers' union.`, 0, 32, false}, // apostrophes
		{`The '90s are back.`, 0, 18, false},
		{`'We can't stop,' she said.`, 14, 26, false}, // an apostrophe inside
		{`He said: 'It's "fine".'`, 10, 23, false},
		{`A 6" pipe burst.`, 0, 16, false}, // inches open nothing
		{"", 0, 0, false},
	}
	for _, tt := range tests {
		quoted, total, open := Scan(tt.s)
		if quoted != tt.quoted || total != tt.runs || open != tt.open {
			t.Errorf("Scan(%q) = %d, %d, %v; want %d, %d, %v", tt.s, quoted, total, open, tt.quoted, tt.runs, tt.open)
		}
	}
}

func TestOpens(t *testing.T) {
	for s, want := range map[string]bool{
		`"We won.`: true, `“We won.`: true, `'We won.`: true, `‘We won.`: true,
		`We won.`: false, `(We won.)`: false, ``: false,
	} {
		if got := Opens(s); got != want {
			t.Errorf("Opens(%q) = %v, want %v", s, got, want)
		}
	}
}
