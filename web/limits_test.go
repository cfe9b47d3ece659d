package web_test

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"skim/summarize"
)

// TestLimitsMatchTheCore checks that the limits the page applies before the
// engine sees a text (web/limits.js) are the core's.
func TestLimitsMatchTheCore(t *testing.T) {
	src, err := os.ReadFile("limits.js")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]int{"textBytes": summarize.MaxInputBytes, "pageBytes": summarize.MaxPageBytes} {
		m := regexp.MustCompile(`const ` + name + ` = (\d+) << (\d+);`).FindSubmatch(src)
		if m == nil {
			t.Errorf("limits.js does not define %s as N << M", name)
			continue
		}
		n, _ := strconv.Atoi(string(m[1]))
		shift, _ := strconv.Atoi(string(m[2]))
		if got := n << shift; got != want {
			t.Errorf("limits.js %s = %d, want the core's %d", name, got, want)
		}
	}
}
