package ranked

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHeapSorts pushes, fixes and pops random numbers and checks that they
// come out in order, largest first.
func TestHeapSorts(t *testing.T) {
	random := rand.New(rand.NewPCG(5, 6))
	h := New(func(a, b int) bool { return a > b })
	var want []int
	for range 200 {
		x := random.IntN(1000)
		h.Push(x)
		want = append(want, x)
	}
	h.Items[0] -= 500 // the top falls: Fix must move it down
	want[slices.Index(want, slices.Max(want))] -= 500
	h.Fix(0)
	slices.Sort(want)
	slices.Reverse(want)
	var got []int
	for h.Len() > 0 {
		got = append(got, h.Pop())
	}
	if !slices.Equal(got, want) {
		t.Errorf("popped %v, want %v", got, want)
	}
}

// TestHeapInit orders items set directly.
func TestHeapInit(t *testing.T) {
	h := New(func(a, b string) bool { return a < b })
	h.Items = []string{"pear", "apple", "fig", "kiwi"}
	h.Init()
	var got []string
	for h.Len() > 0 {
		got = append(got, h.Pop())
	}
	if want := []string{"apple", "fig", "kiwi", "pear"}; !slices.Equal(got, want) {
		t.Errorf("popped %v, want %v", got, want)
	}
}
