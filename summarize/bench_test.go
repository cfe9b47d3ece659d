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
