package cohesion

import "testing"

func TestOpensWithReference(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"He also said the bridge would open in June.", true},
		{"But the plan was dropped.", true},
		{"“They will not stop,” she said.", true},
		{"It's the third flood this year.", true},
		{"However, engineers disagreed.", true},
		{"This means higher fares.", true},
		{"The council voted on Tuesday.", false},
		{"Heavy rain fell overnight.", false}, // "He" is only a prefix
		{"Thistle farmers met in Perth.", false},
		{"2019 was the wettest year.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := OpensWithReference(tt.sentence); got != tt.want {
			t.Errorf("OpensWithReference(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestContinuesQuote(t *testing.T) {
	tests := []struct {
		prev, sentence string
		want           bool
	}{
		{`"Issue notice.`, "We will examine it.", true},
		{`The bench said: “Issue notice.`, `We are not going to stay it," it said.`, true},
		{`"Issue notice," the bench said.`, "It adjourned.", false},                // closed
		{`“It is over.” He left.`, "Nobody followed.", false},                      // curly, closed
		{`"We will fight.`, `"We will not give up," she said.`, false},             // reopened: a new paragraph of the quote
		{`It was, she said, "a betrayal" and "a lie".`, "Aides disagreed.", false}, // two closed quotes
		{"The club's fans cheered.", "Players waved.", false},                      // an apostrophe is no quote
		{"", "Rain fell.", false},
	}
	for _, tt := range tests {
		if got := ContinuesQuote(tt.prev, tt.sentence); got != tt.want {
			t.Errorf("ContinuesQuote(%q, %q) = %v, want %v", tt.prev, tt.sentence, got, tt.want)
		}
	}
}

func TestLeansOn(t *testing.T) {
	tests := []struct {
		prev, sentence string
		want           bool
	}{
		{"The council met.", "But nothing changed.", true},   // a connective
		{`"Issue notice.`, "We will examine it.", true},      // a quotation goes on
		{"The council met.", "Voters were not told.", false}, // stands alone
	}
	for _, tt := range tests {
		if got := LeansOn(tt.prev, tt.sentence); got != tt.want {
			t.Errorf("LeansOn(%q, %q) = %v, want %v", tt.prev, tt.sentence, got, tt.want)
		}
	}
}
