package boilerplate

import "testing"

func TestMeasure(t *testing.T) {
	tests := []struct {
		block     string
		words     int
		stops     int
		sentence  bool
		furniture bool
		notice    bool
	}{
		{"The cat sat on the mat.", 6, 3, true, false, false},
		{"Share", 1, 0, false, true, false},
		{"Sign up for our newsletter", 5, 3, false, true, false},
		{"It's what they said: \"No.\"", 5, 5, true, false, false},
		{"Lists follow:", 2, 0, true, false, false},
		{"© 2024 Example Media", 4, 0, false, false, true},
		{"Copyright 2016 Example Inc.", 4, 0, true, false, true},
		{"The copyright lawsuit was dropped.", 5, 2, true, false, false},
		{"Home | Search | Sections", 5, 0, false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.block, func(t *testing.T) {
			f, _ := measure(tt.block, nil)
			if f.words != tt.words || f.stops != tt.stops {
				t.Errorf("measure(%q) words, stops = %d, %d, want %d, %d", tt.block, f.words, f.stops, tt.words, tt.stops)
			}
			if f.sentence != tt.sentence {
				t.Errorf("measure(%q).sentence = %v, want %v", tt.block, f.sentence, tt.sentence)
			}
			if got := f.isFurniture() || f.isPrompting(); got != tt.furniture {
				t.Errorf("measure(%q) furniture or prompt = %v, want %v", tt.block, got, tt.furniture)
			}
			if f.notice != tt.notice {
				t.Errorf("measure(%q).notice = %v, want %v", tt.block, f.notice, tt.notice)
			}
		})
	}
}

func TestTeaser(t *testing.T) {
	tests := []struct {
		block string
		want  bool
	}{
		{"When you walk into almost any store, you are overloaded with… Read more Read more", true},
		{"Officials said they would read more of the reports next week.", false},
		{"It limits the surveillance of systems as you move around the web.", false},
	}
	for _, tt := range tests {
		t.Run(tt.block, func(t *testing.T) {
			if f, _ := measure(tt.block, nil); f.teaser != tt.want {
				t.Errorf("measure(%q).teaser = %v, want %v", tt.block, f.teaser, tt.want)
			}
		})
	}
}

func TestSmooth(t *testing.T) {
	tests := []struct {
		name     string
		in, want []class
	}{
		{"short between good", []class{good, short, good}, []class{good, good, good}},
		{"short between bad", []class{bad, short, bad}, []class{bad, bad, bad}},
		{"short at edges", []class{short, good, short}, []class{bad, good, bad}},
		{"short next to near-good", []class{bad, nearGood, short, good}, []class{bad, good, good, good}},
		{"near-good between bad", []class{bad, nearGood, bad}, []class{bad, bad, bad}},
		{"near-good next to good", []class{good, nearGood, bad}, []class{good, good, bad}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := append([]class(nil), tt.in...)
			smooth(got)
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("smooth(%v) = %v, want %v", tt.in, got, tt.want)
					break
				}
			}
		})
	}
}

func TestReasonString(t *testing.T) {
	tests := []struct {
		r    Reason
		want string
	}{
		{Keep, "article text"},
		{Navigation, "page navigation"},
		{OtherStories, "other stories"},
		{Prompt, "sign-up prompt"},
		{Footer, "page footer"},
		{Comments, "comments"},
		{Advert, "advertisement"},
		{Reason(200), "unknown reason"},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want {
			t.Errorf("Reason(%d).String() = %q, want %q", tt.r, got, tt.want)
		}
	}
}
