package boilerplate

import (
	"slices"
	"testing"
)

// Page parts written for these tests: what sits above and around an
// article on a news page.
var (
	consent = []string{
		"We use cookies and similar technologies to improve your browsing experience, show you adverts and understand how you use the site, and we share what we learn with our partners.",
		"ACCEPT AND CONTINUE TO SITE Deny permission",
		"Scroll to Accept",
		"Log in with your Springfield Daily account to create or edit your custom homepage, see your notifications and set your newsletter preferences.",
		"Register for a free account",
		"Sign up for a free Springfield Daily account to customize your local news and weather experiences.",
		"take the tour",
	}
	head = []string{
		"City Council Closes Old River Bridge to Cars After Cracks Found",
		"By Jane Roe",
		"March 3, 2024 • 10:15am",
	}
	// otherTeasers are other stories' headlines, each with its summary and
	// its source.
	otherTeasers = []string{
		"Local Bakery Wins National Bread Prize for Third Year Running",
		"The family bakery on Main Street has won the national prize for its sourdough again, and the owners plan a second oven.",
		"Springfield Gazette",
		"Storm Knocks Out Power to Thousands Across the Valley",
		"High winds brought down power lines across the valley on Sunday night, leaving some homes without power for days.",
		"Valley Radio",
		"New Park Opens With Playground and Dog Run",
		"The new park by the railway station opened on Saturday, and hundreds of families came to see it on the first day.",
		"Springfield Gazette",
		"Police Search for Owner of Lost Parrot",
		"A talking parrot found on a bus shelter in the town centre is waiting at the police station for its owner.",
		"Valley Radio",
	}
)

func TestClassifyPageHead(t *testing.T) {
	article := join(head[:1], articleLines)
	tests := []struct {
		name   string
		blocks []string
		want   []string // the blocks kept, in order
	}{
		{"consent and account prompts above the article", join(menu, consent, articleLines, footer), articleLines},
		{"headline kept above byline and date", join(menu, head, articleLines, footer), article},
		{"headline kept above a caption with its credit", join(menu, head[:1],
			[]string{"The old river bridge seen from the east bank on Monday Credit: JOHN DOE/SPRINGFIELD DAILY"},
			head[1:], articleLines, footer), article},
		{"headline kept over a video's headline", join(menu, head[:1],
			[]string{"Watch: Rescue Crews Pull Hiker From Mountain Ravine", "Your video will play in 00:25"},
			articleLines, footer), article},
		{"no headline when no line above shares the article's words", join(menu,
			[]string{"Rescue Crews Pull Hiker From Mountain Ravine", "By Jane Roe"}, articleLines, footer), articleLines},
		{"related story's headline at the article's start", join(menu, head[:1],
			[]string{"Which Phone Should You Buy This Spring?"}, articleLines, footer), article},
		{"teaser list above the article", join(menu, otherTeasers, footer, prompt, teasers, menu, articleLines, footer), articleLines},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for i, r := range Classify(tt.blocks) {
				if r.Kept() {
					got = append(got, tt.blocks[i])
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClassifyHeadlineReason checks that the headline kept above the
// article is told apart from the article's other blocks.
func TestClassifyHeadlineReason(t *testing.T) {
	blocks := join(menu, head, articleLines, footer)
	reasons := Classify(blocks)
	for i, r := range reasons {
		if want := blocks[i] == head[0]; (r == Headline) != want {
			t.Errorf("block %q: reason %v, want Headline only for the headline", blocks[i], r)
		}
	}
}

func TestClassifyPromptReasons(t *testing.T) {
	page := join(menu, consent, head, articleLines, footer)
	got := Classify(page)
	for _, block := range []string{consent[0], consent[1], consent[3], consent[5]} {
		t.Run(block, func(t *testing.T) {
			i := slices.Index(page, block)
			if got[i] != Prompt {
				t.Errorf("Classify(page)[%d] (%q) = %v, want %v", i, block, got[i], Prompt)
			}
		})
	}
}

func TestMeasureShape(t *testing.T) {
	tests := []struct {
		block                  string
		opening, byline, title bool
		credit                 bool
	}{
		{"Sign up for a free Daily account to customize your news experiences.", true, false, false, false},
		{"We use cookies to improve your experience.", true, false, false, false},
		{"Don't have an account?", true, false, true, false},
		{"Officials will register the bridge as a landmark next year.", false, false, false, false},
		{"By Jane Roe, a reporter who covers the city council.", false, true, false, false},
		{"by Lucas Stone22 Dec 2016651", false, true, false, false},
		{"Bystanders said nothing.", false, false, false, false},
		{"City Council Closes Old River Bridge", false, false, true, false},
		{"How does the brain store memories?", false, false, true, false},
		{"“Kerry: We will decide”", false, false, true, false},
		{"lower-case line without a stop", false, false, false, false},
		{"The bridge on Monday Credit: JOHN DOE/AFP", false, false, true, true},
		{"Credit: JOHN DOE", false, false, true, false},
		{"He gave credit: all of it, to the crews who worked through the night and the engineers.", false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.block, func(t *testing.T) {
			f, _ := measure(tt.block, nil)
			got := [4]bool{f.opening, f.byline, f.titleLike, f.credit}
			want := [4]bool{tt.opening, tt.byline, tt.title, tt.credit}
			if got != want {
				t.Errorf("measure(%q) opening, byline, titleLike, credit = %v, want %v", tt.block, got, want)
			}
		})
	}
}
