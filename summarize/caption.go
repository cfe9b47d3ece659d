package summarize

import (
	"regexp"
	"strings"
	"sync"

	"skim/summarize/internal/attribution"
	"skim/summarize/internal/junk"
)

// maxCreditGap is the most bytes between a caption's end and the credit
// line under it: a line break or a blank line, in either newline style,
// perhaps with the credit indented. An embedded post's text is as close to
// its signature.
const maxCreditGap = 8

// maxPost bounds, in bytes, how far before its signature an embedded
// post's text may start: a tweet holds 280 characters, most of them one
// byte.
const maxPost = 320

// asides returns, for each sentence, whether it stands beside the story
// rather than in it, as a photo's caption or an embedded post's text does;
// pick leaves such sentences out as it does lines. Three marks find them:
//   - a bare agency credit, which intake cut ("…attend the press conference
//     in Mumbai.\n(AFP)"; see junk.IsCaptionCredit), on the caption's line or
//     the next, with story text after it in the same article: the last
//     sentence before it is a caption. Pages that place a photo inside the
//     story glue its caption to the paragraph before it, so only the
//     sentence next to the credit counts; a credit that opens an article, or
//     closes it as a wire story's sign-off may, marks nothing.
//   - an embedded post's signature or link, which intake cut and which left
//     the post's text before it (see junk.LeavesPostText): the sentence just
//     before it is the post's, and so is each sentence before that one, up
//     to maxPost bytes from the signature, that holds a hashtag or a handle
//     and reports no one's words (see isPostLike): "Delighted to meet the
//     team, @ann_bo. Congratulated her on her game. pic.twitter.com/…".
//   - a caption's own shape, in the style of the Associated Press and other
//     agencies (see isCaptionShaped): "Ann Bo speaks in New York, Thursday,
//     Sept. 20, 2018.", "In this Oct. 2, 2015 file photo, …".
//
// sentences are in article order, then by offset, and so is excluded.
func asides(sentences []Sentence, excluded []Excluded) []bool {
	out := make([]bool, len(sentences))
	k := 0 // the first sentence after the cut
	for _, e := range excluded {
		credit, post := junk.IsCaptionCredit(e.Text), junk.LeavesPostText(e.Rule, e.Text)
		if !credit && !post {
			continue
		}
		for k < len(sentences) && (sentences[k].Article < e.Article || sentences[k].Article == e.Article && sentences[k].End <= e.Start) {
			k++
		}
		last := k - 1
		if last < 0 || sentences[last].Article != e.Article || e.Start-sentences[last].End > maxCreditGap {
			continue
		}
		if credit && k < len(sentences) && sentences[k].Article == e.Article {
			out[last] = true
		}
		if post {
			out[last] = true
			for j := last - 1; j >= 0 && sentences[j].Article == e.Article && e.Start-sentences[j].Start <= maxPost && isPostLike(sentences[j].Text); j-- {
				out[j] = true
			}
		}
	}
	for i, s := range sentences {
		out[i] = out[i] || isCaptionShaped(s.Text)
	}
	return out
}

// isPostLike reports whether a sentence just before an embedded post's
// text may be the post's too: it holds a hashtag or a handle and reports
// no one's words ("Mayor Ann Bo, who posts as @annbo, said…" is the story).
func isPostLike(text string) bool {
	return junk.HoldsTag(text) && !attribution.Mentions(text)
}

// isCaptionShaped reports whether text reads as a photo's caption by its
// shape alone: it ends as datedCaption does, with no modal verb ("The
// funeral will be held at St. Mary's Church, Saturday, Jan. 5, 2019." is
// news), or opens as photoCaption does.
func isCaptionShaped(text string) bool {
	// Cheap tests first: this runs on every sentence.
	if endsWithYear(text) && datedCaption().MatchString(text) && !modal().MatchString(text) {
		return true
	}
	return (strings.HasPrefix(text, "In ") || strings.HasPrefix(text, "FILE") || strings.HasPrefix(text, "Th")) && photoCaption().MatchString(text)
}

// endsWithYear reports whether text ends in four digits and a stop, as a
// dated caption does.
func endsWithYear(text string) bool {
	n := len(text)
	if n < 5 || text[n-1] != '.' {
		return false
	}
	for _, c := range text[n-5 : n-1] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// modal finds a modal verb, which an agency's caption, in the present
// tense, does not use.
var modal = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:will|would|shall|should|can|could|may|might|must)\b`)
})

// photoCaption matches the opening of a caption that says what the photo
// is: "In this Oct. 2, 2015 file photo, …", "FILE - In this photo
// released by …", "This handout picture shows …" (but not "This image is
// itself a mood.").
var photoCaption = sync.OnceValue(func() *regexp.Regexp {
	photo := `(?:photo|picture|image|photograph)s?`
	when := `[\p{Lu}\d][\p{L}\d., ]{0,30}? ` // "Oct. 2, 2015 ", "Sunday, Dec. 20, 2009 "
	kind := `(?:file|undated|handout|aerial|family) `
	how := ` (?:provided|released|taken|made|dated|shot)\b` // "In this photo provided by the council, …"
	return regexp.MustCompile(`^(?:FILE ?[-–—] ?)?(?:In (?:this|these) (?:(?:` + when + `)?(?:` + kind + `)+` + photo + `\b|` + when + photo + `\b|` + photo + how + `)` +
		`|(?:This|These) (?:undated |handout |file )+` + photo + ` shows?\b)`)
})

// datedCaption matches the end of a photo's caption as the Associated
// Press writes one: the place, a capitalised word, then the weekday and
// the date, with no "on" before them as a story's sentence would have
// ("…at a news conference in Redwood City, Calif., Monday, May 6, 2013.";
// not "Polls close at 8 p.m., Tuesday, Nov. 6, 2018.").
var datedCaption = sync.OnceValue(func() *regexp.Regexp {
	weekday := `(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`
	month := `(?:Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December)`
	return regexp.MustCompile(`\b\p{Lu}[\p{L}'’]*\.?, ` + weekday + `, ` + month + ` \d{1,2}, \d{4}\.$`)
})
