package pagerank

import (
	"math"
	"testing"
)

func TestScoresThreeNodes(t *testing.T) {
	// A chain a—b—c with unit weights. By symmetry S(a) = S(c) = x and
	// S(b) = 1-2x; S(a) = 0.05 + 0.85*S(b)/2 gives x = 0.475/1.85.
	w := [][]float64{
		{0, 1, 0},
		{1, 0, 1},
		{0, 1, 0},
	}
	x := 0.475 / 1.85
	want := []float64{x, 1 - 2*x, x}
	got := Scores(sparse(w))
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-5 {
			t.Errorf("Scores(chain)[%d] = %.6f, want %.6f", i, got[i], want[i])
		}
	}
}

func TestScoresSumToOne(t *testing.T) {
	tests := map[string][][]float64{
		"one node":      {{0}},
		"no edges":      {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
		"self loops":    {{5, 0}, {0, 5}},
		"directed":      {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}},
		"uneven":        {{0, 3, 1, 0}, {3, 0, 0.5, 0}, {1, 0.5, 0, 0}, {0, 0, 0, 0}},
		"weighted star": {{0, 1, 2, 3}, {1, 0, 0, 0}, {2, 0, 0, 0}, {3, 0, 0, 0}},
	}
	for name, w := range tests {
		t.Run(name, func(t *testing.T) {
			sum := 0.0
			for _, s := range Scores(sparse(w)) {
				if s <= 0 {
					t.Errorf("score %v, want > 0", s)
				}
				sum += s
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("sum of scores = %v, want 1", sum)
			}
		})
	}
}

func TestScoresUniformWithoutEdges(t *testing.T) {
	for _, s := range Scores(sparse([][]float64{{0, 0}, {0, 0}})) {
		if math.Abs(s-0.5) > 1e-12 {
			t.Errorf("score = %v, want 0.5", s)
		}
	}
}

func TestScoresStarCentre(t *testing.T) {
	w := [][]float64{{0, 1, 1, 1}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}}
	s := Scores(sparse(w))
	for i := 1; i < 4; i++ {
		if s[0] <= s[i] {
			t.Errorf("centre score %v <= leaf %d score %v", s[0], i, s[i])
		}
	}
}

func TestScoresEmpty(t *testing.T) {
	if got := Scores(nil); got != nil {
		t.Errorf("Scores(nil) = %v, want nil", got)
	}
}

// sparse turns a dense weight matrix into adjacency lists.
func sparse(w [][]float64) [][]Edge {
	edges := make([][]Edge, len(w))
	for i, row := range w {
		for j, x := range row {
			if x != 0 {
				edges[i] = append(edges[i], Edge{To: j, Weight: x})
			}
		}
	}
	return edges
}

func TestPersonalizedFavoursPrior(t *testing.T) {
	// On a symmetric chain, a prior on node 0 lifts node 0 above node 2;
	// scores still sum to 1.
	w := sparse([][]float64{{0, 1, 0}, {1, 0, 1}, {0, 1, 0}})
	s := Personalized(w, []float64{2, 1, 1})
	if s[0] <= s[2] {
		t.Errorf("Personalized = %v, want node 0 above node 2", s)
	}
	if sum := s[0] + s[1] + s[2]; math.Abs(sum-1) > 1e-9 {
		t.Errorf("sum = %v, want 1", sum)
	}
}

func TestPersonalizedWithoutEdgesIsPrior(t *testing.T) {
	s := Personalized(sparse([][]float64{{0, 0}, {0, 0}}), []float64{3, 1})
	if math.Abs(s[0]-0.75) > 1e-9 || math.Abs(s[1]-0.25) > 1e-9 {
		t.Errorf("Personalized(no edges, prior 3:1) = %v, want [0.75 0.25]", s)
	}
}

func TestPersonalizedZeroPriorIsUniform(t *testing.T) {
	w := sparse([][]float64{{0, 1, 0}, {1, 0, 1}, {0, 1, 0}})
	a, b := Scores(w), Personalized(w, []float64{0, 0, 0})
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-12 {
			t.Errorf("Personalized(zero prior) = %v, want Scores = %v", b, a)
		}
	}
}
