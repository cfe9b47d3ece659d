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
