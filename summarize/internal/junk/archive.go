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

// acceptArchiveNotice keeps a candidate archive notice that shows three
// of its phrases or more: news about the archive names it and a crawl or
// two ("The Internet Archive said its crawls…"); the notice describes its
// crawls, the pages they archive and their embargo at length, and tells
// what was added to the archive, so no speech verb is a sign of news.
func acceptArchiveNotice(block string, start, end int) int {
	if distinctMatches(archivePhrases(), block[start:end]) < 3 {
		return -1
	}
	return end
}
