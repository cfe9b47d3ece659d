package junk

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"skim/summarize/internal/attribution"
	"skim/summarize/internal/punct"
)

// maxPromptWords bounds the length of a prompt in words: the real ones
// ("Follow us on Twitter for updates.") are short.
const maxPromptWords = 25

// promptEnd returns where the prompt that a prompt rule matched at
// block[start:end] ends, or -1 when it does not read as a prompt. A prompt
// stands alone: it runs to the end of its sentence, so a match that stops
// short of it ("… at Example." of "… at Example.com today.") runs on, for
// at most maxInline bytes. It is short (maxPromptWords words at most) and
// carries no attribution: "Sign up for our program by Friday, the mayor
// told residents." is news about a prompt, not one.
//
// A prompt ends at the first of punct.Stops before a space, even a period
// after a capital or a digit ("Follow @CNN. The …"), where punct.SentenceEnd
// reads on: a prompt's cut that stops early leaves a few words of junk,
// one that runs on cuts the news that follows.
func promptEnd(block string, start, end int) int {
	for end < len(block) && (block[end] != ' ' || strings.IndexByte(punct.Stops, block[end-1]) < 0) {
		if end++; end-start > maxInline {
			return -1
		}
	}
	text := block[start:end]
	if len(strings.Fields(text)) > maxPromptWords || attribution.Mentions(text) {
		return -1
	}
	return end
}

// clickHere ends a call to action ("For the latest on the show click
// here.").
var clickHere = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`click here[.!]`) })

// maxPrompt bounds how far back a "click here." sentence may start.
const maxPrompt = 120

// clickHereEnds appends to out the sentences that end in "click here."
// (see clickHere): each runs back to the start of its sentence, at most
// maxPrompt bytes before it, and must open at a sentence boundary.
func clickHereEnds(block string, out []span) []span {
	for _, m := range clickHere().FindAllStringIndex(block, -1) {
		if r, _ := utf8.DecodeLastRuneInString(block[:m[0]]); unicode.IsLetter(r) {
			continue
		}
		start := max(0, m[0]-maxPrompt)
		if i := strings.LastIndexAny(block[start:m[0]], punct.Stops); i >= 0 {
			start += i + 1
		}
		for start < m[0] && block[start] == ' ' {
			start++
		}
		if punct.IsBoundary(block, start) {
			out = append(out, span{start, m[1]})
		}
	}
	return out
}

// acceptByline accepts a byline that describes its author ("By Ann Bo, a
// reporter for the paper") unless it reports speech ("By Friday, the mayor
// said, …" is news).
func acceptByline(block string, start, end int) int {
	if attribution.Mentions(block[start:end]) {
		return -1
	}
	return end
}

// signUpPhrases finds the phrases only a sign-up form shows: its heading,
// its robot check and its messages.
var signUpPhrases = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:newsletter sign[ -]?up|verify (?:that )?you'?re not a robot|invalid email(?: address)?|you must select a newsletter|thank you for subscribing|view all [^.!?]+? newsletters)\b`)
})

// acceptSignUpForm keeps a sign-up form's block when it shows two of the
// form's own phrases or more (signUpPhrases) and reports no one's words: a
// story may say "thank you for subscribing" once, a form says it among its
// other messages.
func acceptSignUpForm(block string, start, end int) int {
	if text := block[start:end]; distinctMatches(signUpPhrases(), text) < 2 || attribution.Mentions(text) {
		return -1
	}
	return end
}

// distinctMatches returns how many different matches of re text holds,
// read without case.
func distinctMatches(re *regexp.Regexp, text string) int {
	distinct := map[string]bool{}
	for _, m := range re.FindAllString(text, -1) {
		distinct[strings.ToLower(m)] = true
	}
	return len(distinct)
}

// unattributed keeps a candidate that reports no one's words ("Tap
// anywhere to close the app, the manual says" is news about a prompt).
func unattributed(block string, start, end int) int {
	if attribution.Mentions(block[start:end]) {
		return -1
	}
	return end
}
