// Package boilerplate finds the article in text pasted from a whole web
// page: it labels each block (line) of the paste as article text or as page
// furniture around it, with the reason it is left out (menus, other
// stories' headlines, sign-up prompts, footers, comment controls, advert
// labels).
//
// The recipe follows jusText (Pomikálek 2011, "Removing Boilerplate and
// Duplicate Content from Web Corpora", ch. 3), adapted to plain text, where
// the markup and links jusText reads are gone:
//
//  1. Features per block (Kohlschütter, Fankhauser & Nejdl 2010, "Boilerplate
//     Detection using Shallow Text Features"): length in characters and
//     words, stop-word density, sentence-final punctuation, capitalised
//     words, and furniture phrases ("Share", "Sign up", "Privacy Policy",
//     "More like this") standing in for jusText's link density. Short lines
//     repeated over the page, teasers ending in "Read more", captions ending
//     in "Credit: …" and copyright notices are junk wherever they stand; a
//     line opening with a call to sign up, log in or consent ("Register for
//     …", "We use cookies …") is a prompt however long.
//  2. jusText's context-free classes bad, short, near-good and good, with
//     its length limits of 70 and 200 characters and stop-word densities
//     lowered for the shorter stop list in this package.
//  3. jusText's context-sensitive smoothing: short blocks, then near-good
//     ones, take the class of their nearest good or bad neighbours.
//  4. The article: runs of prose blocks (good or near-good, ending like
//     sentences) joined across a few bad blocks, the largest run and any
//     other run of similar size whose paragraphs follow one another kept
//     (two articles pasted together, not a list of teasers), each widened
//     over the short sentences and the buttons at its edges, then stripped
//     of its head (byline, date, credits, a related headline) before its
//     first sentence. Inside a run only junk is left out; outside,
//     everything is, with a reason guessed from its phrases, shape and
//     place, except the run's headline: the headline-shaped line just above
//     it that shares the most words with its first paragraphs.
//
// It errs on the side of keeping: text with no furniture at all, text in
// which nothing reads as prose, and a single block come back all Keep.
//
// Usage:
//
//	reasons := boilerplate.Classify(lines)
//	for i, r := range reasons {
//		if r == boilerplate.Keep { use(lines[i]) }
//	}
//
// Classify is linear in the size of its input.
package boilerplate
