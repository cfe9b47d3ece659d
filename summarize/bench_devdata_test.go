//go:build devdata

package summarize

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// benchSizes are the input sizes of the benchmarks, in words.
var benchSizes = []int{1_000, 10_000, 100_000}

// devText joins development articles, as separate paragraphs, until the
// text holds at least words words.
func devText(b *testing.B, words int) string {
	var sb strings.Builder
	n := 0
	for _, a := range devArticles(b) {
		if n >= words {
			break
		}
		sb.WriteString(a)
		sb.WriteString("\n\n")
		n += countWords(a)
	}
	return sb.String()
}

// devSentences returns the sentence texts of devText(b, words).
func devSentences(b *testing.B, words int) []string {
	sentences, err := segment([]cleaned{clean(devText(b, words), 0, "")})
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(sentences[0]))
	for i, s := range sentences[0] {
		texts[i] = s.Text
	}
	return texts
}

// textBytes returns the total length of texts, for b.SetBytes.
func textBytes(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

func BenchmarkSummarize(b *testing.B) {
	for _, size := range benchSizes {
		text := devText(b, size)
		b.Run(fmt.Sprintf("size=%dk", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Summarize(context.Background(), []string{text}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHostileBeside runs each hostile input beside development news of
// the same size, whose cost the hostile one should stay within a small
// multiple of (issue 9: within 3x for 60,000 short similar sentences).
func BenchmarkHostileBeside(b *testing.B) {
	for name, in := range hostileInputs() {
		news := devText(b, len(in)/4)
		news = news[:min(len(news), len(in))]
		for _, run := range []struct{ kind, text string }{{"hostile", in}, {"news", news}} {
			b.Run(name+"/"+run.kind, func(b *testing.B) {
				b.SetBytes(int64(len(run.text)))
				for b.Loop() {
					Summarize(context.Background(), []string{run.text}, Options{MaxSentences: 3})
				}
			})
		}
	}
}

// devArticle returns the first development article of 750 to 850 words.
func devArticle(b *testing.B) string {
	for _, a := range devArticles(b) {
		if w := countWords(a); w >= 750 && w <= 850 {
			return a
		}
	}
	b.Fatal("no development article of about 800 words")
	return ""
}

// BenchmarkArticle digests one ~800-word development article, prose's
// model reload included: the speed a person pasting one story sees.
func BenchmarkArticle(b *testing.B) {
	article := devArticle(b)
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Summarize(context.Background(), []string{article}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArticleAgain digests the article of BenchmarkArticle again and
// again through one Session, asking for 3 and then 4 sentences: what a
// person changing the digest length waits for.
func BenchmarkArticleAgain(b *testing.B) {
	article := devArticle(b)
	var s Session
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		if _, err := s.Summarize(context.Background(), []string{article}, Options{MaxSentences: 3 + n%2}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSegment(b *testing.B) {
	for _, size := range benchSizes {
		c := []cleaned{clean(devText(b, size), 0, "")}
		b.Run(fmt.Sprintf("size=%dk", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(c[0].text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := segment(c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRank(b *testing.B) {
	for _, size := range benchSizes {
		texts := devSentences(b, size)
		b.Run(fmt.Sprintf("size=%dk", size/1000), func(b *testing.B) {
			b.SetBytes(textBytes(texts))
			b.ReportAllocs()
			for b.Loop() {
				vocabulary := newTerms(0)
				bags := bagsOf(texts, vocabulary)
				cands := make([]candidate, len(bags))
				for i := range bags {
					cands[i] = candidate{bag: bags[i], position: i}
				}
				rank(cands, vocabulary)
			}
		})
	}
}

func BenchmarkKeyTerms(b *testing.B) {
	texts := devSentences(b, 10_000)
	b.SetBytes(textBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		keyTerms(wordsOf(texts), newTerms(0))
	}
}

// BenchmarkDedupe runs the duplicate finder on the sentences of
// development articles; the filter's cost should grow about linearly.
func BenchmarkDedupe(b *testing.B) {
	for _, size := range benchSizes {
		texts := devSentences(b, size)
		b.Run(fmt.Sprintf("size=%dk", size/1000), func(b *testing.B) {
			b.SetBytes(textBytes(texts))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dedupe(context.Background(), texts, DefaultDupThreshold); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
