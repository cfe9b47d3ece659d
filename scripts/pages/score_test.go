package main

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "The river rose, again.", []string{"the", "river", "rose", "again"}},
		{"straight and curly apostrophes", "Don't — don’t", []string{"dont", "dont"}},
		{"double quotes", `“Yes,” he said "no"`, []string{"yes", "he", "said", "no"}},
		{"digits and dashes", "$4.8 billion, 2015-16", []string{"4", "8", "billion", "2015", "16"}},
		{"soft hyphen", "Vladi\u00admir Putin", []string{"vladimir", "putin"}},
		{"ligature", "ﬁnal", []string{"final"}},
		{"accents kept", "Māori café", []string{"māori", "café"}},
		{"İ", "İstanbul", []string{"istanbul"}},
		{"combining mark kept in the word", "cafe\u0301 noir", []string{"café", "noir"}},
		{"no words", " — | … ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := words(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// article is a short hand-written article text: a paragraph a line.
const testArticle = `The flood barrier held overnight as the river rose two metres in the old town.
It failed.
Shops on the quay moved their stock to upper floors before the water came. We messed up, the mayor said.
Photo: the quay at dawn`

func TestIsArticle(t *testing.T) {
	tr := newTruth(testArticle, []string{"We messed up, the mayor said."})
	tests := []struct {
		name, sentence string
		want           bool
	}{
		{"whole sentence", "The flood barrier held overnight as the river rose two metres in the old town.", true},
		{"other quotes and case", "SHOPS on the quay moved their stock to upper floors before the water came.", true},
		{"spans two lines", "In the old town. It failed. Shops on the quay moved their stock.", true},
		{"one changed word in 14", "The flood barrier held overnight as the river rose two metres in the new town.", false},
		{"prefix of 1 gram in 10 kept", "The flood barrier held overnight as the river rose two metres in", true},
		{"junk", "Sign up for our newsletter to get the news first.", false},
		{"short, a whole line", "It failed.", true},
		{"short, a sentence of the article", "We messed up, the mayor said.", true},
		{"short, inside a line only", "The water came.", false},
		{"short junk", "Sign in", false},
		{"no words", "—", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tr.isArticle(tt.sentence); got != tt.want {
				t.Errorf("isArticle(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		name, sentence string
		titles         []string
		want           bool
	}{
		{"equal", "River Rises in Old Town", []string{"River Rises in Old Town"}, true},
		{"case and quotes", "‘Neutral’ judge: River rises", []string{"'Neutral' Judge: River Rises"}, true},
		{"second title", "The flood", []string{"", "The Flood."}, true},
		{"site after a bar", "How to Build a Terrarium", []string{"How to Build a Terrarium | eHow"}, true},
		{"site after a dash", "Emery: 'Are There Any?'", []string{"Emery: 'Are There Any?' - Breitbart"}, true},
		{"dash inside kept", "Dress -- STOLEN!!!", []string{"Dress -- STOLEN!!!"}, true},
		{"part of the title", "River Rises", []string{"River Rises in Old Town"}, false},
		{"empty titles", "River Rises", []string{"", ""}, false},
		{"no words", "—", []string{"—"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isHeadline(tt.sentence, tt.titles...); got != tt.want {
				t.Errorf("isHeadline(%q, %q) = %v, want %v", tt.sentence, tt.titles, got, tt.want)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tr := newTruth("River Rises\n"+testArticle, nil)
	titles := []string{"River Rises", ""}
	tests := []struct {
		sentence string
		want     kind
	}{
		{"River rises", headline}, // a headline even though article.txt holds it
		{"It failed.", article},
		{"Sign in", junk},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := classify(tr, tt.sentence, titles); got != tt.want {
				t.Errorf("classify(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestSameDigest(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want bool
	}{
		{"equal", []string{"One.", "Two."}, []string{"One.", "Two."}, true},
		{"white space", []string{" One  more.\n"}, []string{"One more."}, true},
		{"order", []string{"One.", "Two."}, []string{"Two.", "One."}, false},
		{"length", []string{"One."}, []string{"One.", "Two."}, false},
		{"quotes matter", []string{"“One.”"}, []string{`"One."`}, false},
		{"both empty", nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameDigest(tt.a, tt.b); got != tt.want {
				t.Errorf("sameDigest(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestRecall(t *testing.T) {
	art := []string{
		"The flood barrier held overnight as the river rose two metres.",
		"It failed.",
		"Shops on the quay moved their stock to upper floors before the water came.",
		"Photo by A. Lens",
	}
	tests := []struct {
		name           string
		route, omitted []string
		want           float64
	}{
		{"all equal", art, nil, 1},
		{"none", []string{"Sign in."}, nil, 0},
		{"held in a longer sentence", []string{"Menu It failed. More"}, nil, 0.25},
		{"short word inside a word is no match", []string{"It failed2."}, nil, 0},
		{"split in two", []string{"Shops on the quay moved their stock", "to upper floors before the water came."}, nil, 0.25},
		{"grams over 90% reached", []string{"The flood barrier held overnight as the river rose two metres", "Sign in."}, nil, 0.25},
		{"omitted caption left out", art[:3], []string{"Photo by A. Lens"}, 1},
		{"omitted but reached counts", art, []string{"Photo by A. Lens"}, 1},
		{"omitted does not hide a miss", art[1:3], []string{"Photo by A. Lens"}, 2.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := recall(art, tt.route, tt.omitted); got != tt.want {
				t.Errorf("recall(article, %q, %q) = %v, want %v", tt.route, tt.omitted, got, tt.want)
			}
		})
	}
	if got := recall([]string{"—"}, nil, nil); got != 1 {
		t.Errorf("recall of no words = %v, want 1", got)
	}
}

func TestWithoutOmitted(t *testing.T) {
	article := "Harbour bridge opens\n\nThe bridge at dusk. Credit\nLee Moss\n\nThe bridge opens in June."
	tests := []struct {
		name    string
		omitted []string
		want    string
	}{
		{"nothing omitted", nil, article},
		{"a caption split over lines", []string{"The bridge at dusk. CreditLee Moss"},
			"Harbour bridge opens\n\n\nThe bridge opens in June."},
		{"an omission not in the article", []string{"Ferry timetable"}, article},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutOmitted(article, tt.omitted); got != tt.want {
				t.Errorf("withoutOmitted(%q, %q) = %q, want %q", article, tt.omitted, got, tt.want)
			}
		})
	}
}
