package boilerplate

import (
	"slices"
	"strings"
	"testing"
)

// Short articles written for these tests. Each paragraph is one block.
var (
	articleLines = []string{
		"The city council voted on Tuesday to close the old river bridge to cars after engineers found deep cracks in two of its supports during a routine inspection last month.",
		"Officials said the bridge, which opened in 1932, would stay open to people on foot and on bicycles while the council looks for money to repair it, a job that could take several years.",
		"Residents who cross the river every day to get to work said they were worried about longer trips, and several of them asked the council at the meeting to run extra buses over the new bridge.",
		"The mayor said that the city had no choice but to act quickly, and that she would ask the state for help with the cost of the repairs before the end of the year.",
	}
	cleanNews = []string{
		"By Jane Roe",
		"SPRINGFIELD — The school board has picked a new head teacher for the town's largest primary school.",
		"She starts in September.",
		"The board chose her from a list of five names after a search that lasted most of the spring.",
		"\"We are delighted,\" the board's chair said.",
		"A new building",
		"The school will also move into a new building next year, once work on the site is finished and the old classrooms have been cleared out and sold.",
		"Parents will be able to visit the new rooms in August.",
	}
	menu = []string{
		"Skip to content", "Sections", "Home", "Search", "News", "Sport", "Business", "Weather",
		"Log In", "Subscribe",
	}
	teasers = []string{
		"More Stories",
		"Local Bakery Wins National Bread Prize for Third Year Running",
		"Storm Knocks Out Power to Thousands Across the Valley",
		"New Park Opens With Playground and Dog Run",
		"Police Search for Owner of Lost Parrot",
	}
	// teaserSummaries are other stories with a summary line under each
	// headline, as an opinion page lists its other columns.
	teaserSummaries = []string{
		"More stories",
		"Other Opinion Columns",
		"Harbour plan The new ferry terminal is a good start",
		"ANN BO THE council has finally agreed on where the new ferry terminal should go, and it is about time that the people of the harbour were asked what they think of it.",
		"Market day Why the farmers want their Saturday back",
		"JO DEE THE farmers who sell their fruit and vegetables in the square every week say that the new parking rules have driven away many of the customers they used to have.",
		"Schools first A budget that forgets the classroom",
		"MAX LU IT is hard to see how a budget that cuts the money for new schools can be called a plan for the future of the town and of the children who live in it.",
	}
	prompt = []string{
		"Sign up for our daily newsletter",
		"Get the best of the news in your inbox every morning.",
		"Subscribe now",
		"1 of 10 articles read",
		"Share", "Tweet", "Email",
	}
	footer = []string{
		"About Us", "Contact Us", "Privacy Policy", "Terms of Use",
		"© 2024 Springfield Daily News. All rights reserved.",
	}
)

// join concatenates block lists into one page.
func join(parts ...[]string) []string {
	return slices.Concat(parts...)
}

// keptText returns the blocks Classify keeps, joined by newlines.
func keptText(blocks []string) string {
	var kept []string
	for i, r := range Classify(blocks) {
		if r.Kept() {
			kept = append(kept, blocks[i])
		}
	}
	return strings.Join(kept, "\n")
}

func TestClassifyKeepsOnlyArticle(t *testing.T) {
	want := strings.Join(articleLines, "\n")
	tests := []struct {
		name   string
		blocks []string
	}{
		{"menu before article", join(menu, articleLines)},
		{"teasers after article", join(articleLines, teasers)},
		{"teasers with summary lines after article", join(articleLines, teaserSummaries, footer)},
		{"subscribe prompt after article", join(articleLines, prompt)},
		{"footer after article", join(articleLines, footer)},
		{"whole page", join(menu, prompt[3:], articleLines, prompt, teasers, footer)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := keptText(tt.blocks); got != want {
				t.Errorf("kept:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestClassifyKeepsArticleAfterRelatedBox checks that a box of other
// stories inside an article does not end it: the paragraphs after it
// follow one another, as teasers' summary lines do not, even with an
// advertisement between them, and a single long paragraph after it is
// the article's end, not a teaser.
func TestClassifyKeepsArticleAfterRelatedBox(t *testing.T) {
	box := []string{"Related stories", teasers[1], teasers[2]}
	ending := "The council said it would publish the engineers' full report next week, together with a plan for the repairs, a list of the buses that will run while the bridge is closed to cars, and the dates of three public meetings at which residents who use the bridge every day will be able to put their questions to the engineers, the mayor and the bus company, before the council votes on the cost of the work in the spring and the first of the engineers' crews can start on the two cracked supports."
	ad := []string{"Advertisement"}
	tests := []struct {
		name    string
		article []string // the article's lines, in page order
		page    []string
	}{
		{"paragraphs after the box", articleLines,
			join(menu, articleLines[:2], box, articleLines[2:], footer)},
		{"paragraphs apart after the box", articleLines,
			join(menu, articleLines[:2], box, articleLines[2:3], ad, articleLines[3:], footer)},
		{"one long paragraph after the box", join(articleLines, []string{ending}),
			join(menu, articleLines, box, []string{ending}, footer)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(tt.page)
			for _, line := range tt.article {
				if i := slices.Index(tt.page, line); !got[i].Kept() {
					t.Errorf("Classify(page)[%d] (%q) = %v, want it kept", i, line, got[i])
				}
			}
		})
	}
}

func TestClassifyReasons(t *testing.T) {
	page := join(menu, articleLines, prompt, teasers, footer)
	got := Classify(page)
	tests := []struct {
		block string
		want  Reason
	}{
		{"Skip to content", Navigation},
		{"Sections", Navigation},
		{articleLines[0], Keep},
		{"Sign up for our daily newsletter", Prompt},
		{"Subscribe now", Prompt},
		{"1 of 10 articles read", Prompt},
		{"Share", Prompt},
		{"Police Search for Owner of Lost Parrot", OtherStories},
		{"Privacy Policy", Footer},
		{"© 2024 Springfield Daily News. All rights reserved.", Footer},
	}
	for _, tt := range tests {
		t.Run(tt.block, func(t *testing.T) {
			i := slices.Index(page, tt.block)
			if i < 0 {
				t.Fatalf("block %q not in page", tt.block)
			}
			if got[i] != tt.want {
				t.Errorf("Classify(page)[%d] (%q) = %v, want %v", i, tt.block, got[i], tt.want)
			}
		})
	}
}

func TestClassifyAllKeep(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
	}{
		{"clean article", articleLines},
		{"one-sentence paragraphs and a sub-heading", cleanNews},
		{"one long line", []string{strings.Join(articleLines, " ")}},
		{"one short line", []string{"Subscribe now"}},
		{"no prose at all", menu},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(tt.blocks)
			if len(got) != len(tt.blocks) {
				t.Fatalf("Classify returned %d reasons for %d blocks", len(got), len(tt.blocks))
			}
			for i, r := range got {
				if !r.Kept() {
					t.Errorf("Classify(...)[%d] (%q) = %v, want %v", i, tt.blocks[i], r, Keep)
				}
			}
		})
	}
}

func TestClassifyEmpty(t *testing.T) {
	for _, blocks := range [][]string{nil, {}} {
		if got := Classify(blocks); len(got) != 0 {
			t.Errorf("Classify(%q) = %v, want empty", blocks, got)
		}
	}
}

func TestClassifyTwoArticles(t *testing.T) {
	second := []string{
		"A small museum on the edge of town has found a painting in its basement that experts now believe was made by a well-known local artist more than a century ago.",
		"The painting had been wrapped in old newspaper and left in a box of frames, and a volunteer who was sorting the boxes noticed the signature in one corner.",
		"The museum said it would clean the painting and put it on show in the spring, and that it hoped visitors would come to see it along with the rest of the collection.",
	}
	page := join(menu, articleLines, teasers, prompt, second, footer)
	want := strings.Join(join(articleLines, second), "\n")
	if got := keptText(page); got != want {
		t.Errorf("kept:\n%s\nwant:\n%s", got, want)
	}
}
