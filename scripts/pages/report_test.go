package main

import (
	"math"
	"testing"
)

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		in   []float64
		want float64
	}{
		{"none", nil, 0},
		{"one", []float64{3}, 3},
		{"odd, unsorted", []float64{9, 1, 4}, 4},
		{"even", []float64{4, 1, 9, 2}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := median(tt.in); got != tt.want {
				t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestTally(t *testing.T) {
	// Two pages; on the second the clipboard route failed.
	results := []pageResult{
		{Page: "a", Routes: []routeResult{
			{Route: "saved", Article: 5, Equal: true, Recall: 1, RecallKept: 1, Ms: 10},
			{Route: "clipboard", Article: 4, Headline: 1, Recall: 0.5, RecallKept: 1, Ms: 20},
			{Route: "plain", Junk: 4, Article: 1, Recall: 1, RecallKept: 1, Ms: 30},
		}},
		{Page: "b", Routes: []routeResult{
			{Route: "saved", Junk: 1, Article: 4, Recall: 0.5, RecallKept: 0.5, Ms: 30},
			{Route: "clipboard", Err: "summarize: no article found in the page", Ms: 2},
			{Route: "plain", Junk: 5, Recall: 1, RecallKept: 1, Ms: 10},
		}},
	}
	want := []total{
		{Route: "saved", Pages: 2, Sentences: 10, Junk: 1, JunkShare: 0.1, EqualShare: 0.5, MeanRecall: 0.75, MeanRecallKept: 0.75, MedianMs: 20},
		{Route: "clipboard", Pages: 2, Failed: 1, Sentences: 5, Headline: 1, MeanRecall: 0.25, MeanRecallKept: 0.5, MedianMs: 11},
		{Route: "plain", Pages: 2, Sentences: 10, Junk: 9, JunkShare: 0.9, MeanRecall: 1, MeanRecallKept: 1, MedianMs: 20},
	}
	got := tally(results)
	for i := range want {
		g, w := got[i], want[i]
		if math.Abs(g.JunkShare-w.JunkShare) < 1e-9 {
			g.JunkShare = w.JunkShare
		}
		if g != w {
			t.Errorf("tally()[%d] = %+v, want %+v", i, g, w)
		}
	}
}
