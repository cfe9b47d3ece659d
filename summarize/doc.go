// Package summarize turns one or more news articles into a short extractive
// digest: the most central sentences, in reading order, each traceable to its
// byte range in the text it came from.
//
// The recipe, one file per stage:
//
//  1. intake: normalise Unicode and spacing, keep a map back to the original
//     bytes, find each article's title and cut scraped junk (reported, not lost).
//  2. segment: split every article into sentences with prose, in one call.
//  3. dedupe: drop sentences whose normalised edit distance to an earlier kept
//     sentence is small (levenshtein), within and across articles.
//  4. similarity and rank: TextRank (Mihalcea & Tarau, 2004) over a graph
//     weighted by shared stemmed content words and pairs of consecutive ones,
//     scored by weighted PageRank with damping 0.85 (Brin & Page, 1998).
//  5. pick: take the best sentences that say something new, in reading order.
//
// Usage:
//
//	d, err := summarize.Summarize(ctx, []string{article}, summarize.Options{MaxSentences: 3})
//	for _, i := range d.Picked {
//		fmt.Println(d.Sentences[i].Text)
//	}
package summarize
