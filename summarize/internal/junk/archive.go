package junk

import (
	"regexp"
	"sync"
)

// archivePhrases finds the phrases of a web archive's notice about its
// crawls (see the rule archive/notice).
var archivePhrases = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:crawls?|crawl data|crawled|archived? (?:the )?pages?|internet archive|wayback machine|no more 404|embargo period|broken links?)\b`)
})

// noticePhrases are the archive phrases that only its notice uses: news
// about the archive names it and its crawls, not their embargo.
var noticePhrases = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:these crawls|crawl data|embargo period|no more 404)\b`)
})

// acceptArchiveNotice keeps a candidate archive notice that shows three
// of its phrases or more, one of them the notice's own (noticePhrases):
// "The Internet Archive said its crawls had saved 900 billion pages, and
// the Wayback Machine would fix broken links" is news about the archive.
// No speech verb is a sign of news here: the notice tells what is "added"
// to the archive.
func acceptArchiveNotice(block string, start, end int) int {
	text := block[start:end]
	if distinctMatches(archivePhrases(), text) < 3 || !noticePhrases().MatchString(text) {
		return -1
	}
	return end
}
