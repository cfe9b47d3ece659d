package boilerplate

import (
	"strings"
	"sync"
)

// cuePhrase is one phrase of cueTable, split into words.
type cuePhrase struct {
	words  []string
	reason Reason
}

// cueIndex maps a phrase's first word to its phrases, longest first. It is
// built once from cueTable, on first use (not at start-up, where it would
// delay the page's engine), and never written to.
var cueIndex = sync.OnceValue(func() map[string][]cuePhrase {
	m := make(map[string][]cuePhrase)
	for _, row := range cueTable {
		for _, line := range strings.Split(row.phrases, "\n") {
			ws := strings.Fields(line)
			if len(ws) == 0 {
				continue
			}
			m[ws[0]] = append(m[ws[0]], cuePhrase{ws, row.reason})
		}
	}
	for k, ps := range m {
		for i := 1; i < len(ps); i++ { // insertion sort, longest first
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		m[k] = ps
	}
	return m
})

// trailers are the links that end a teaser: a story's first lines cut off
// and followed by one of these ("… Read more Read more").
var trailers = [][]string{
	{"read", "more"},
	{"read", "now"},
	{"read", "full", "story"},
	{"full", "story"},
	{"continue", "reading"},
	{"keep", "reading"},
	{"see", "more"},
	{"view", "comments"},
}

// trailer reports whether the lower-cased words ws end with a trailer.
func trailer(ws []string) bool {
	for _, t := range trailers {
		if len(ws) >= len(t) && hasPrefix(ws[len(ws)-len(t):], t) {
			return true
		}
	}
	return false
}

// matchCues finds the cue phrases in the lower-cased words ws, greedily from
// the left and longest first. It returns the number of words they cover and
// the reason of the phrases covering the most words (Keep if none).
func matchCues(ws []string) (covered int, reason Reason) {
	var per [numReasons]int
	for i := 0; i < len(ws); {
		n := 0
		for _, p := range cueIndex()[ws[i]] {
			if hasPrefix(ws[i:], p.words) {
				n = len(p.words)
				per[p.reason] += n
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		covered += n
		i += n
	}
	for r := Reason(1); r < numReasons; r++ {
		if per[r] > per[reason] {
			reason = r
		}
	}
	return covered, reason
}

// hasPrefix reports whether ws starts with the words of p.
func hasPrefix(ws, p []string) bool {
	if len(ws) < len(p) {
		return false
	}
	for i, w := range p {
		if ws[i] != w {
			return false
		}
	}
	return true
}
