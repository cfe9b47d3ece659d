package junk

import (
	"strconv"
	"strings"
)

// acceptCounter is the accept check of a gallery counter ("3 of 12",
// "1 / 5"): the first number is a picture's place, at least 1 and at most
// the second, the pictures in all.
func acceptCounter(block string, start, end int) int {
	first, last, ok := strings.Cut(block[start:end], "of")
	if !ok {
		first, last, _ = strings.Cut(block[start:end], "/")
	}
	at, err1 := strconv.Atoi(strings.TrimSpace(first))
	all, err2 := strconv.Atoi(strings.TrimSpace(last))
	if err1 != nil || err2 != nil || at < 1 || at > all {
		return -1
	}
	return end
}
