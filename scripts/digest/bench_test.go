package main

import (
	"bytes"
	"context"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// words is the vocabulary of generated articles.
var words = strings.Fields(`council river bridge mayor school rain flood road police
	engineer market price farmer harvest train station museum festival team coach
	season match budget tax hospital doctor nurse patient storm wind power grid
	report minister village water plan vote week month year morning night city`)

// genArticle returns an article of the given number of sentences, 8 to 25
// words each, drawn from words.
func genArticle(r *rand.Rand, sentences int) string {
	var b strings.Builder
	for range sentences {
		n := 8 + r.IntN(18)
		for i := range n {
			w := words[r.IntN(len(words))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if i < n-1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(". ")
	}
	return b.String()
}

// BenchmarkBatch runs -batch over 100 generated stories of about 600 words,
// the dev set's average, and reports stories per second.
func BenchmarkBatch(b *testing.B) {
	const stories = 100
	r := rand.New(rand.NewPCG(3, 4))
	var in strings.Builder
	for i := range stories {
		in.WriteString(batchLine(strconv.Itoa(i), genArticle(r, 36), 0) + "\n")
	}
	benchmarkBatch(b, in.String(), stories)
}

// benchmarkBatch runs -batch -n 3 on input, which holds the given number of
// lines, and fails if any line was not digested.
func benchmarkBatch(b *testing.B, input string, lines int) {
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	var stdout, stderr bytes.Buffer
	for b.Loop() {
		stdout.Reset()
		stderr.Reset()
		if code := run(context.Background(), []string{"-batch", "-n", "3"}, strings.NewReader(input), &stdout, &stderr); code != 0 {
			b.Fatalf("run(-batch) = %d; stderr: %s", code, stderr.String())
		}
	}
	if got := bytes.Count(stdout.Bytes(), []byte("\n")); got != lines {
		b.Fatalf("run(-batch) wrote %d lines, want %d", got, lines)
	}
	if i := bytes.Index(stdout.Bytes(), []byte(`"error":`)); i >= 0 {
		b.Fatalf("run(-batch) failed on a line: %.200s", stdout.Bytes()[i:])
	}
	b.ReportMetric(float64(lines*b.N)/b.Elapsed().Seconds(), "stories/s")
}
