package punct

import "testing"

func TestSentenceEnd(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
	}{
		{"period", "It rained. Then it froze.", 9},
		{"exclamation", "Wow! It rained.", 3},
		{"end of text", "It rained.", 9},
		{"quote after", "It rained. “Yes,” she said", 9},
		{"U.S.", "The U.S. Senate met", -1},
		{"No. 2", "He is No. 2 now", -1},
		{"abbreviation before a lower-case word", "It took approx. two hours", -1},
		{"domain", "Go to Example.com today", -1},
		{"none", "no end here", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SentenceEnd(tt.in); got != tt.want {
				t.Errorf("SentenceEnd(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestEnds(t *testing.T) {
	tests := []struct {
		name, in    string
		ends, holds bool
	}{
		{"period", "It rained.", true, true},
		{"ellipsis", "And then…", true, true},
		{"closing quote", "He said: “Go.”", true, true},
		{"closing bracket", "(It rained.)", true, true},
		{"inside", "It rained. Then", false, true},
		{"period inside a word", "Example.com today", false, false},
		{"none", "Storm hits the coast", false, false},
		{"colon", "The minister said:", false, false},
		{"empty", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EndsSentence(tt.in); got != tt.ends {
				t.Errorf("EndsSentence(%q) = %v, want %v", tt.in, got, tt.ends)
			}
			if got := HoldsSentenceEnd(tt.in); got != tt.holds {
				t.Errorf("HoldsSentenceEnd(%q) = %v, want %v", tt.in, got, tt.holds)
			}
		})
	}
}

func TestIsBoundary(t *testing.T) {
	tests := []struct {
		name, in string
		at       int
		want     bool
	}{
		{"start", "Read more", 0, true},
		{"after spaces only", "  Read", 2, true},
		{"after a period", "It rained. Read", 11, true},
		{"after a curly quote", "“Go.” Read", 10, true},
		{"glued to a period", "It rained.Read", 10, false},
		{"after a word", "It rained Read", 10, false},
		{"after a comma", "It rained, Read", 11, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsBoundary(tt.in, tt.at); got != tt.want {
				t.Errorf("IsBoundary(%q, %d) = %v, want %v", tt.in, tt.at, got, tt.want)
			}
		})
	}
}

func TestHugs(t *testing.T) {
	tests := []struct {
		name string
		last byte
		next string
		want bool
	}{
		{"comma", 'e', ", who ran", true},
		{"possessive", 'e', "'s dog", true},
		{"curly possessive", 'e', "’s dog", true},
		{"quotation", 'e', "'We will", false},
		{"after a period", '.', ", who", false},
		{"word", 'e', "said so", false},
		{"dash", 'e', "— a first", false},
		{"percent", '5', "% more", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Hugs(tt.last, tt.next); got != tt.want {
				t.Errorf("Hugs(%q, %q) = %v, want %v", tt.last, tt.next, got, tt.want)
			}
		})
	}
}
