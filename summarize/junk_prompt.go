package summarize

import (
	"regexp"
	"strings"
	"sync"
)

// promptReason is the reason given for share and subscribe prompts.
const promptReason = "share/subscribe prompt"

// maxPromptWords bounds the length of a prompt in words: the real ones
// ("Follow us on Twitter for updates.") are short.
const maxPromptWords = 25

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
