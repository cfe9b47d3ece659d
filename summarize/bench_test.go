package summarize

import (
	"context"
	"testing"
)

// BenchmarkHostile measures the inputs of TestSummarizeHostileInput, whose
// cost must stay bounded.
func BenchmarkHostile(b *testing.B) {
	for name, in := range hostileInputs() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				Summarize(context.Background(), []string{in}, Options{MaxSentences: 3})
			}
		})
	}
}

// BenchmarkProseReload segments one short sentence: the fixed cost of a
// request, nearly all of it prose reloading its sentence model from JSON.
// Compare it with BenchmarkArticle to see what the rest of a digest costs.
func BenchmarkProseReload(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := proseEnds("The ferry leaves at noon."); err != nil {
			b.Fatal(err)
		}
	}
}
