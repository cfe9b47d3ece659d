package summarize

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// promptReason is the reason given for share and subscribe prompts.
const promptReason = "share/subscribe prompt"

// maxPromptWords bounds the length of a prompt in words: the real ones
// ("Follow us on Twitter for updates.") are short.
const maxPromptWords = 25

// promptRules find share/subscribe prompts anywhere in a block (see
// inlineRules). A match must also read as a prompt (see promptEnd), and
// its cut runs to the end of its sentence.
func promptRules() []inlineRule {
	return slices.Concat(
		heads(promptReason, ` (?:us|@\w+|`+capWord+`(?: `+capWord+`){0,3}) on (?:Twitter|Facebook|Instagram|LinkedIn|YouTube|TikTok|Threads|Bluesky)\b[^.!?]*[.!]?`, false, false, "Follow"),
		heads(promptReason, `\b[^.!?]*[.!]?`, false, false, "Click here"),
		heads(promptReason, `(?: now| today)? (?:to|for)\b[^.!?]*?\b(?:newsletters?|magazine|free|updates|alerts|inbox|our|channel|podcast)\b[^.!?]*[.!]?`, false, false, "Subscribe"),
		heads(promptReason, `(?: now| today)? (?:to|for)\b[^.!?]*?\b(?:newsletters?|updates|alerts|inbox|e-?mails?|digest|podcast)\b[^.!?]*[.!]?`, false, false, "Sign up", "Register"),
		// "Get" prompts only speak to the reader: not "Get this: newsletters …".
		heads(promptReason, ` [^.!?:]*?\b(?:delivered|sent) (?:straight |right |directly )?to your (?:inbox|e-?mail)\b[^.!?]*[.!]?`, false, false, "Get"),
		heads(promptReason, `\b[^.!?:]*?\bnewsletters?\b[^.!?]*[.!]?`, false, false, "Get our", "Get the free", "Get your free"),
		heads(promptReason, `\b[^.!?]*?\b(?:Twitter|Facebook|Instagram|comments?|iReport|us|@\w+)\b[^.!?]*?(?:[.!]|: ?\.)`, false, false,
			"Share your thoughts", "Share your views", "Share your story", "Share your photos", "Weigh in"),
	)
}

// attribution finds a verb that reports speech ("officials urged", "the
// mayor told residents"): a sentence that carries one tells what someone
// said, where a prompt speaks to the reader itself.
var attribution = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:said|says|say|told|tells|urged|urges|added|adds|wrote|writes|asked|asks|explained|noted|announced|announces|warned|warns|advised|advises|encouraged|encourages|reminded|reminds|insisted|stated|according to)\b`)
})

// promptEnd returns where the prompt that a prompt rule matched at
// block[start:end] ends, or -1 when it does not read as a prompt. A prompt
// stands alone: it runs to the end of its sentence, so a match that stops
// short of it ("… at Example." of "… at Example.com today.") runs on, for
// at most maxInline bytes. It is short (maxPromptWords words at most) and
// carries no attribution: "Sign up for our program by Friday, the mayor
// told residents." is news about a prompt, not one.
//
// A prompt ends at the first ".", "!" or "?" before a space, even a period
// after a capital or a digit ("Follow @CNN. The …"), where sentenceEnd
// reads on: a prompt's cut that stops early leaves a few words of junk,
// one that runs on cuts the news that follows.
func promptEnd(block string, start, end int) int {
	for end < len(block) && (block[end] != ' ' || !strings.ContainsRune(".!?", rune(block[end-1]))) {
		if end++; end-start > maxInline {
			return -1
		}
	}
	text := block[start:end]
	if len(strings.Fields(text)) > maxPromptWords || attribution().MatchString(text) {
		return -1
	}
	return end
}
