package main

import (
	"errors"
	"fmt"
	"math"
	"runtime/debug"

	"skim/summarize"
)

// argError reports a call to skim.summarize with wrong arguments.
type argError struct{ msg string }

func (e *argError) Error() string { return "skim: " + e.msg }

// maxSentences bounds options.sentences; a digest longer than this is no digest.
const maxSentences = 1000

// parseOptions turns the options object of skim.summarize, already read into
// numbers by key, into summarize.Options. Missing keys mean the core's
// defaults; unknown keys, non-integer counts and out-of-range values are
// errors, so a misspelt option never passes silently.
func parseOptions(m map[string]float64) (summarize.Options, error) {
	var o summarize.Options
	for key, v := range m {
		var err error
		switch key {
		case "sentences":
			o.MaxSentences, err = count(key, v, maxSentences)
		case "words":
			o.MaxWords, err = count(key, v, summarize.MaxInputBytes)
		case "ratio":
			o.Ratio, err = fraction(key, v, 1)
		case "dupThreshold":
			o.DupThreshold, err = fraction(key, v, summarize.MaxDupThreshold)
		default:
			err = &argError{fmt.Sprintf("unknown option %q (want sentences, ratio, words or dupThreshold)", key)}
		}
		if err != nil {
			return summarize.Options{}, err
		}
	}
	return o, nil
}

// count checks that option key is a whole number in [0, limit].
func count(key string, v float64, limit int) (int, error) {
	if v != math.Trunc(v) || v < 0 || v > float64(limit) {
		return 0, &argError{fmt.Sprintf("options.%s must be a whole number from 0 to %d, not %v", key, limit, v)}
	}
	return int(v), nil
}

// fraction checks that option key is a number in [0, limit].
func fraction(key string, v, limit float64) (float64, error) {
	if !(v >= 0 && v <= limit) {
		return 0, &argError{fmt.Sprintf("options.%s must be a number from 0 to %v, not %v", key, limit, v)}
	}
	return v, nil
}

// errorCode names the class of err for the page, which words its message
// by class: "empty", "too-long", "no-sentences", "no-article",
// "bad-argument" or "internal" (an engine bug, including a recovered panic).
func errorCode(err error) string {
	var arg *argError
	switch {
	case errors.Is(err, summarize.ErrEmpty):
		return "empty"
	case errors.Is(err, summarize.ErrTooLong):
		return "too-long"
	case errors.Is(err, summarize.ErrNoSentences):
		return "no-sentences"
	case errors.Is(err, summarize.ErrNoArticle):
		return "no-article"
	case errors.Is(err, summarize.ErrNotText):
		return "not-text"
	case errors.As(err, &arg), errors.Is(err, summarize.ErrOptions):
		return "bad-argument"
	}
	return "internal"
}

// versionOf returns the version that skim.version reports: the module
// version if it has one, else the VCS revision (12 digits, "+dirty" if the
// tree was modified), else "devel".
func versionOf(bi *debug.BuildInfo) string {
	if bi == nil {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return "devel"
	}
	return rev[:min(12, len(rev))] + dirty
}
