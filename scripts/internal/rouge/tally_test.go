package rouge

import (
	"math"
	"testing"
)

func TestReferenceScore(t *testing.T) {
	ref := NewReference("Rain fell all day.\nThe river rose.")
	tests := []struct {
		name   string
		digest []string
		want   F1
	}{
		{"perfect", []string{"Rain fell all day.", "The river rose."}, F1{1, 1, 1}},
		{"nil", nil, F1{}},
		{"nothing shared", []string{"Snow."}, F1{}},
		// 4 of 7 reference tokens, 4 of 4 digest tokens: F1 = 8/11. Bigrams
		// run across the joined reference: 3 of 6 and 3 of 3, F1 = 2/3.
		// Lsum matches ROUGE-1 here.
		{"first sentence", []string{"Rain fell all day."}, F1{8.0 / 11, 2.0 / 3, 8.0 / 11}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ref.Score(tt.digest)
			if math.Abs(got.R1-tt.want.R1) > 1e-12 || math.Abs(got.R2-tt.want.R2) > 1e-12 ||
				math.Abs(got.RLsum-tt.want.RLsum) > 1e-12 {
				t.Errorf("Score(%q) = %+v, want %+v", tt.digest, got, tt.want)
			}
		})
	}
}

func TestTally(t *testing.T) {
	ref := NewReference("Rain fell all day.\nThe river rose.")
	var tally Tally
	if got := tally.Mean(); got != (Mean{}) {
		t.Errorf("empty Tally.Mean() = %+v, want zeros", got)
	}
	tally.Add(ref, []string{"Rain fell all day.", "The river rose."}) // perfect, 7 words
	tally.Add(ref, nil)                                               // a failed story
	got := tally.Mean()
	want := Mean{R1: 50, R2: 50, RLsum: 50, Words: 3.5}
	if got != want {
		t.Errorf("Mean() = %+v, want %+v", got, want)
	}
	if got := got.Minus(Mean{R1: 40, R2: 60, RLsum: 50, Words: 1}); got != (Mean{10, -10, 0, 2.5}) {
		t.Errorf("Minus = %+v, want {10 -10 0 2.5}", got)
	}
}
