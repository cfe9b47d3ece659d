package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"testing"

	"skim/summarize"
)

func TestParseOptions(t *testing.T) {
	tests := []struct {
		name    string
		in      map[string]float64
		want    summarize.Options
		wantErr bool
	}{
		{"none", nil, summarize.Options{}, false},
		{"all", map[string]float64{"sentences": 3, "ratio": 0.25, "words": 120, "dupThreshold": 0.1},
			summarize.Options{MaxSentences: 3, Ratio: 0.25, MaxWords: 120, DupThreshold: 0.1}, false},
		{"zero means default", map[string]float64{"sentences": 0}, summarize.Options{}, false},
		{"fractional count", map[string]float64{"sentences": 2.5}, summarize.Options{}, true},
		{"negative count", map[string]float64{"words": -1}, summarize.Options{}, true},
		{"huge count", map[string]float64{"sentences": 1e9}, summarize.Options{}, true},
		{"ratio above 1", map[string]float64{"ratio": 1.5}, summarize.Options{}, true},
		{"threshold below 0", map[string]float64{"dupThreshold": -0.1}, summarize.Options{}, true},
		{"threshold above the core's limit", map[string]float64{"dupThreshold": summarize.MaxDupThreshold + 0.01}, summarize.Options{}, true},
		{"unknown key", map[string]float64{"sentence": 3}, summarize.Options{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseOptions(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseOptions(%v) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				if code := errorCode(err); code != "bad-argument" {
					t.Errorf("errorCode(%v) = %q, want %q", err, code, "bad-argument")
				}
				return
			}
			if got != tt.want {
				t.Errorf("parseOptions(%v) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestErrorCode(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{summarize.ErrEmpty, "empty"},
		{fmt.Errorf("article 2: %w", summarize.ErrTooLong), "too-long"},
		{summarize.ErrNoSentences, "no-sentences"},
		{summarize.ErrNoArticle, "no-article"},
		{summarize.ErrNotText, "not-text"},
		{&argError{"articles must be a string"}, "bad-argument"},
		{fmt.Errorf("%w: ratio must be between 0 and 1", summarize.ErrOptions), "bad-argument"},
		{errors.New("skim: internal error: boom"), "internal"},
	}
	for _, tt := range tests {
		if got := errorCode(tt.err); got != tt.want {
			t.Errorf("errorCode(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestVersionOf(t *testing.T) {
	rev := "0123456789abcdef0123"
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "devel"},
		{"module version", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{"no vcs", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
		{"clean revision", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "false"}}}, "0123456789ab"},
		{"dirty revision", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "true"}}}, "0123456789ab+dirty"},
	}
	for _, tt := range tests {
		if got := versionOf(tt.bi); got != tt.want {
			t.Errorf("%s: versionOf = %q, want %q", tt.name, got, tt.want)
		}
	}
}
