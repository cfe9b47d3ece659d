package junk

import (
	"slices"
	"strings"
	"testing"
)

// paragraph is a paragraph longer than a caption (maxCaption).
var paragraph = strings.Repeat("The council met on Monday and voted on the plan for the new bridge. ", 7)

// ruleTests holds one row per rule of the table, written for the project
// (no text from real articles): a block, and the stretch of it the rule
// cuts when the rules of its place run (Find).
var ruleTests = []struct {
	id, in, want string
}{
	{"byline/line", "By Jane Doe, CNN", "By Jane Doe, CNN"},
	{"prompt/share-buttons", "Share | Tweet | Email", "Share | Tweet | Email"},
	{"prompt/share-buttons", "Copied!", "Copied!"},
	{"read-more/check-out", "Check out more articles on BuzzFeed.com!", "Check out more articles on BuzzFeed.com!"},
	{"read-more/check-out", "CHECK OUT ALL OUR VIDEOS", "CHECK OUT ALL OUR VIDEOS"},
	{"prompt/share-buttons", "Copy link Link copied to clipboard", "Copy link Link copied to clipboard"},
	{"prompt/subscribe-line", "Sign up for our daily newsletter", "Sign up for our daily newsletter"},
	{"cookie/notice", "We use cookies to improve your experience. Accept all cookies", "We use cookies to improve your experience. Accept all cookies"},
	{"archive/notice", "These crawls are part of an effort to save pages. The Wayback Machine adds their crawl data after an embargo period.", "These crawls are part of an effort to save pages. The Wayback Machine adds their crawl data after an embargo period."},
	{"ad/label", "Advertisement", "Advertisement"},
	{"prompt/sign-up-form", "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter. Thank you for subscribing. View all Example Times newsletters.", "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter. Thank you for subscribing. View all Example Times newsletters."},
	{"prompt/topic-follow", "Interested in Parks? Add Parks as an interest to stay up to date on the latest news from Example News. Add Interest", "Interested in Parks? Add Parks as an interest to stay up to date on the latest news from Example News. Add Interest"},
	{"prompt/dismiss", "Click/tap elsewhere to exit, or press ESC.", "Click/tap elsewhere to exit, or press ESC."},
	{"photo/via", "Ann Bo via Getty Images", "Ann Bo via Getty Images"},
	{"caption/image-copyright", "Image copyright Example Press Image caption The mayor opened the bridge on Monday", "Image copyright Example Press Image caption The mayor opened the bridge on Monday"},
	{"read-more/lead", "Read more: Council to vote on parks", "Read more: Council to vote on parks"},
	{"read-more/lead", "PHOTOS: The year's best bridges", "PHOTOS: The year's best bridges"},
	{"prompt/copy-link", "CTRL-C or CMD-C, then press Enter. Click/tap elsewhere to exit, or press ESC.", "CTRL-C or CMD-C, then press Enter. Click/tap elsewhere to exit, or press ESC."},
	{"prompt/copy-link", "Copy this link: Ctrl+C or Cmd+C and press Enter", "Copy this link: Ctrl+C or Cmd+C and press Enter"},
	{"gallery/caption", "Hide Caption 2 of 21 Photos: Bridge opens The mayor cuts the ribbon on Monday", "Hide Caption 2 of 21 Photos: Bridge opens The mayor cuts the ribbon on Monday"},
	{"gallery/caption", "The bridge opened on Monday. Hide Caption 1 of 9 Photos: Bridge opens The mayor cuts the ribbon. The council met.", "Hide Caption 1 of 9 Photos: Bridge opens The mayor cuts the ribbon."},
	{"gallery/caption", "Hide Caption 9 of 9", "Hide Caption 9 of 9"},
	{"caption/media-playback", "Media playback is unsupported on your device Media caption The mayor opens the bridge", "Media playback is unsupported on your device Media caption The mayor opens the bridge"},
	{"caption/line", "Image caption The mayor and her aide at the bridge", "Image caption The mayor and her aide at the bridge"},
	{"source/link-pointer", "The study is careful. The full report is available online: https://example.org/reports/bridges-2024", "The full report is available online: https://example.org/reports/bridges-2024"},
	{"source/link-pointer", "Example News polls can be found at ExampleNews.com at http://examplenews.com/polls", "Example News polls can be found at ExampleNews.com at http://examplenews.com/polls"},
	{"source/link-pointer", "The abstract is available online: http://journals. example. org/ doi/ full/ 10. 1177/ 2167", "The abstract is available online: http://journals. example. org/ doi/ full/ 10. 1177/ 2167"},
	{"widget/player-buttons", "Skip in Skip x Embed x Share The mayor opened the bridge on Monday.", "Skip in Skip x Embed x Share "},
	{"widget/player-buttons", "Embed x Share 25 bridges closed after the storm.", "Embed x Share "},
	{"caption/figure-label", "Table 1. Table 1. Bridges of the County, According to Age", "Table 1. Table 1. Bridges of the County, According to Age"},
	{"caption/figure-label", "Figure 2: Bridges by decade", "Figure 2: Bridges by decade"},
	{"credit/press-contact", "For more information about this study, please contact: Ann Bo at abo@example.org.", "For more information about this study, please contact: Ann Bo at abo@example.org."},
	{"credit/press-contact", "For a copy of the article \"Bridges of the North\", please contact Cy Do.", "For a copy of the article \"Bridges of the North\", please contact Cy Do."},
	{"credit/press-contact", "The journal is read widely. For a copy of the article, please contact Cy Do at 555-0100 or cdo@example.org.", "For a copy of the article, please contact Cy Do at 555-0100 or cdo@example.org."},
	{"credit/video-published", "Trains were halted for hours. Ann Bo reports. (Published Monday, Sept. 19, 2016)", "Ann Bo reports. (Published Monday, Sept. 19, 2016)"},
	{"credit/reached-at", "Ann Bo may be reached at abo@example.com.", "Ann Bo may be reached at abo@example.com."},
	{"prompt/follow", "Follow her on Twitter @annbo.", "Follow her on Twitter @annbo."},
	{"widget/close-label", "CLOSE Ann Bo's jet landed safely on Sunday.", "CLOSE "},
	{"note/mark", "The bridge opened in 1932.[1] It carries a road.", "[1]"},
	{"note/mark", "It was closed in 1990.[citation needed]", "[citation needed]"},
	{"note/mark", "It was opened by the mayor[2][3][14] in 1932.", "[2][3][14]"},
	{"note/mark", "It was reported by the BBC[4] on Monday.", "[4]"},
	{"widget/video-queue", "Watch Queue Queue Remove all", "Watch Queue Queue Remove all"},
	{"widget/video-queue", "Disconnect", "Disconnect"},
	{"widget/video-player", "JUST WATCHED Mayor opens the new bridge Replay More Videos ... MUST WATCH Mayor opens the new bridge", "JUST WATCHED Mayor opens the new bridge Replay More Videos ... MUST WATCH Mayor opens the new bridge"},
	{"read-more/label", "Related stories", "Related stories"},
	{"photo/credit-line", "Photo: Jane Doe/Getty Images", "Photo: Jane Doe/Getty Images"},
	{"photo/credit-line", "Photo: Jane Doe/AP", "Photo: Jane Doe/AP"},
	{"photo/credit-line", "(Ann Bo/AFP/Getty Images)", "(Ann Bo/AFP/Getty Images)"},
	{"photo/credit-line", "| Ann Bo/Associated Press", "| Ann Bo/Associated Press"},
	{"credit/wire-line", "With News Wire Services", "With News Wire Services"},
	{"read-more/label", "Learn more", "Learn more"},
	{"photo/agency-first", "REUTERS/Jane Doe", "REUTERS/Jane Doe"},
	{"photo/agency-line", "(AFP)", "(AFP)"},
	{"photo/agency-line", "(PTI)", "(PTI)"},
	{"photo/agency-line", "(HT Photo)", "(HT Photo)"},
	{"photo/agency-line", "(Associated Press)", "(Associated Press)"},
	{"photo/agency-line", "(Ann Bo/HT Photo)", "(Ann Bo/HT Photo)"},
	{"photo/agency-line", "(HT File)", "(HT File)"},
	{"photo/credit-for", "Credit Ann Bo for The Daily Times", "Credit Ann Bo for The Daily Times"},
	{"media/label", "Video", "Video"},
	{"media/label", "IMAGE", "IMAGE"},
	{"gallery/counter", "1 / 5", "1 / 5"},
	{"gallery/counter", "3 of 12", "3 of 12"},
	{"timestamp/line", "1:39 PM ET", "1:39 PM ET"},
	{"timestamp/line", "Published 11:11 PM EST Nov 19, 2019", "Published 11:11 PM EST Nov 19, 2019"},
	{"timestamp/line", "Updated 3:04 a.m. ET, Tue June 5, 2018", "Updated 3:04 a.m. ET, Tue June 5, 2018"},
	{"timestamp/line", "March 11, 2015 3:46 PM", "March 11, 2015 3:46 PM"},
	{"timestamp/line", "Posted on Friday, May 1, 2020", "Posted on Friday, May 1, 2020"},
	{"timestamp/line", "Feb. 21, 2019", "Feb. 21, 2019"},
	{"timestamp/line", "22 Dec, 2016 22 Dec, 2016", "22 Dec, 2016 22 Dec, 2016"},
	{"timestamp/line", "16 November 2017 • 2:15pm", "16 November 2017 • 2:15pm"},
	{"timestamp/line", "2/26/2015 7:11 AM PST BY EXAMPLE STAFF", "2/26/2015 7:11 AM PST BY EXAMPLE STAFF"},
	{"timestamp/line", "Last updated September 14, 2016", "Last updated September 14, 2016"},
	{"timestamp/line", "at 2.57pm BST", "at 2.57pm BST"},
	{"timestamp/line", "8.00am BST", "8.00am BST"},
	{"powered/line", "Powered by Example Press", "Powered by Example Press"},
	{"powered/line", "adPlayer invented by Acme", "adPlayer invented by Acme"},
	{"byline/described", "By Ann Bo, a deputy editor and author of the Weekly Notes newsletter.", "By Ann Bo, a deputy editor and author of the Weekly Notes newsletter."},
	{"byline/described", "By Ann Bo, a deputy editor. She’s covered the council for over a decade at The Daily Times.", "By Ann Bo, a deputy editor. She’s covered the council for over a decade at The Daily Times."},
	{"prompt/feedback", "Found This Helpful", "Found This Helpful"},
	{"prompt/feedback", "Was this article helpful?", "Was this article helpful?"},
	{"prompt/bracketed", "[Start your day with us: get Morning Notes in your inbox.]", "[Start your day with us: get Morning Notes in your inbox.]"},
	{"count/line", "6366", "6366"},
	{"count/line", "1,204", "1,204"},
	{"count/line", "2.3K", "2.3K"},
	{"link/domain", "EXAMPLENEWS.COM", "EXAMPLENEWS.COM"},
	{"link/domain", "https://www.example.org/story", "https://www.example.org/story"},
	{"media/label", "Caption", "Caption"},
	{"media/label", "View this image ›", "View this image ›"},
	{"media/label", "Enlarge this image", "Enlarge this image"},
	{"media/label", "Buy Photo", "Buy Photo"},

	{"byline/dotted", "By . Ann Bo . PUBLISHED: . 07:03 EST, 2 March 2013 . | . UPDATED: . 08:07 EST, 2 March 2013 . The council met.", "By . Ann Bo . PUBLISHED: . 07:03 EST, 2 March 2013 . | . UPDATED: . 08:07 EST, 2 March 2013 . "},
	{"byline/dotted", "By . Ann Bo . and . Cal Dee . The council met.", "By . Ann Bo . and . Cal Dee . "},
	{"byline/dotted", "Example Post Reporter . PUBLISHED: . 14:04 EST, 6 June 2013 . | . UPDATED: . 14:04 EST, 6 June 2013 . The council met.", "Example Post Reporter . PUBLISHED: . 14:04 EST, 6 June 2013 . | . UPDATED: . 14:04 EST, 6 June 2013 . "},
	{"byline/dotted", "Last updated at 5:40 PM on 1st August 2011 . The council met.", "Last updated at 5:40 PM on 1st August 2011 . "},
	{"dateline/wire", "LONDON, England (CNN) -- The council met.", "LONDON, England (CNN) -- "},
	{"dateline/wire", "New Delhi, Jul 30 (PTI) The council met.", "New Delhi, Jul 30 (PTI) "},
	{"dateline/wire", "(Eds: Updating with fresh quotes) By K J M Doe Beijing, Aug 1 (PTI) The council met.", "(Eds: Updating with fresh quotes) By K J M Doe Beijing, Aug 1 (PTI) "},
	{"dateline/source", "(Example News)The council met.", "(Example News)"},
	{"dateline/dated", "OSLO, Jan. 5 — The council met.", "OSLO, Jan. 5 — "},
	{"dateline/place", "BAGHDAD — The council met on Friday — a first in years.", "BAGHDAD — "},
	{"dateline/student-news", "March 10, 2015 . The council met.", "March 10, 2015 . "},

	{"widget/glued-name", "Mayor Ann LeeAnn LeeParks reopen after storm Bus fares rise MORE and Governor Tom Ray met.",
		"Ann LeeParks reopen after storm Bus fares rise MORE"},
	{"widget/repeated-name", "Senator Mia ParkMia Park said the vote was close.", "Mia Park"},
	{"widget/sponsored", "The bill passed. City Desk — Presented by Acme — Parks reopen Bus fares rise MORE The vote was 7 to 2.",
		"City Desk — Presented by Acme — Parks reopen Bus fares rise MORE"},
	{"update/stamp", "Updated 10:32 PM ET, Sat March 5, 2016 The council met.", "Updated 10:32 PM ET, Sat March 5, 2016"},
	{"read-more/inline", "The council met. READ MORE: Council to vote on parks . It voted.", "READ MORE: Council to vote on parks ."},
	{"read-more/inline", "The council met.ALSO READ | Parks reopen after the storm? It voted.", "ALSO READ | Parks reopen after the storm?"},
	{"read-more/inline", "It won bronze.READ?|?Pole for Vettel in a front-row lock outAmit and Kavinder opened the final.", "READ?|?Pole for Vettel in a front-row lock out"},
	{"read-more/inline", "It voted.READ | Star learnt of the record from WhatsAppDeepti, the youngest, said so.", "READ | Star learnt of the record from WhatsApp"},
	{"read-more/inline", "He was held in March.(Read | Star gets aid, coach given job) Hussain denied it.", "(Read | Star gets aid, coach given job)"},
	{"read-more/inline", "He spoke in Kolkata. (Read | Kohli ?spoilt for choices? ahead of the Test) A BCCI official spoke.", "(Read | Kohli ?spoilt for choices? ahead of the Test)"},
	{"read-more/inline", "It voted. READ: Order to save wetlands: list those over 2.25ha by September?More than 500 cases were filed.", "READ: Order to save wetlands: list those over 2.25ha by September?"},
	{"read-more/inline", "It voted.READ | Star developed ?6-hitting' skills with menAfter the final, she spoke.", "READ | Star developed ?6-hitting' skills with men"},
	{"read-more/inline", "It voted.READ | IndiGo flight diverted after a bird hit", "READ | IndiGo flight diverted after a bird hit"},
	{"read-more/inline", "It voted.READ | IndiGo flight diverted after a bird hitThe plane landed safely.", "READ | IndiGo flight diverted after a bird hit"},
	{"read-more/inline", "It voted.READ | Wait for it ... Then it rained.", "READ | Wait for it ..."},
	{"read-more/inline", "It voted.READ | U.S. lawmakers pass the budget billThe vote was close.", "READ | U.S. lawmakers pass the budget bill"},
	{"photo/paren", "The council met. (AP Photo/Ann Bo) It voted.", "(AP Photo/Ann Bo)"},
	{"prompt/scroll-down", "The council met. Scroll down for video . It voted.", "Scroll down for video ."},
	{"prompt/scroll-down", "The council met. Scroll down for video of the moment the bridge opened. It voted.", "Scroll down for video of the moment the bridge opened."},
	{"prompt/follow-for-more", "The council met in 1997.Follow @examplenews for more", "Follow @examplenews for more"},
	{"prompt/follow-for-more", "The council met. Follow us for the latest news. It voted.", "Follow us for the latest news."},
	{"prompt/find-us", "The council met. Find Example.com on Facebook. It voted.", "Find Example.com on Facebook."},
	{"prompt/find-us", "The council met. Like us on Facebook", "Like us on Facebook"},
	{"credit/inputs", "The council met on Friday. (With inputs from agencies)", "(With inputs from agencies)"},
	{"photo/pointer", "Bishop Ann Bo (pictured) opened the bridge.", " (pictured)"},
	{"photo/pointer", "The mayor (left) met the builder on Monday.", " (left)"},
	{"photo/pointer", "Ann Bo (pictured with her husband in 2019) left the council.", " (pictured with her husband in 2019)"},
	{"embed/instagram", "So happy today #parks A post shared by Ann Bo (@ann.bo) on Aug 1, 2017 at 12:04pm PDTThe council met.", "A post shared by Ann Bo (@ann.bo) on Aug 1, 2017 at 12:04pm PDT"},
	{"embed/instagram", "The mayor opened the park. #Repost @ann.bo with @repostapp. ??? Day one #parks #summer A post shared by Ann Bo (@ann.bo) on Aug 1, 2017 at 12:04pm PDT The council met.", "#Repost @ann.bo with @repostapp. ??? Day one #parks #summer A post shared by Ann Bo (@ann.bo) on Aug 1, 2017 at 12:04pm PDT"},
	{"embed/instagram", "He was ranked #1 and she was #2 last year. A post shared by Ann Bo (@ann.bo) on Aug 1, 2017 at 12:04pm PDT The council met.", "A post shared by Ann Bo (@ann.bo) on Aug 1, 2017 at 12:04pm PDT"},
	{"embed/tweet", "The parks reopen today! — Ann Bo (@annbo) August 2, 2017The council met.", "— Ann Bo (@annbo) August 2, 2017"},
	{"embed/tweet", "Colleges will find it hard to fund their staff.? Ann Bo (@annbo) July 31, 2017Colleges said so.", "? Ann Bo (@annbo) July 31, 2017"},
	{"embed/tweet", "A fine day on the lake #ferry (@lakeside_fan) July 26, 2017The ferry ran.", "(@lakeside_fan) July 26, 2017"},
	{"embed/structured-data", `The film opens on Friday.{"@context":"http://schema.org","@type":"Review","author": {"@type":"Person","name":"Ann \"Bo\" {Lee}"}}It runs two hours.`, `{"@context":"http://schema.org","@type":"Review","author": {"@type":"Person","name":"Ann \"Bo\" {Lee}"}}`},
	{"embed/link", "The parks reopen today! pic.twitter.com/AbC12xY9zQ — more to come.", "pic.twitter.com/AbC12xY9zQ"},
	{"embed/link", "The parks reopen today! https://t.co/AbC12xY9zQThen the council met.", "https://t.co/AbC12xY9zQ"},
	{"embed/tweet", "The parks reopen today. — Ann B. Bo (@annbo) Aug 2, 2017", "— Ann B. Bo (@annbo) Aug 2, 2017"},
	{"prompt/follow", "The council met. Follow us on Twitter for updates.", "Follow us on Twitter for updates."},
	{"prompt/click-here", "The council met. Click here to watch the meeting. It voted.", "Click here to watch the meeting."},
	{"prompt/subscribe", "The council met. Subscribe to our free newsletter today.", "Subscribe to our free newsletter today."},
	{"prompt/sign-up", "The council met. Sign up for breaking news alerts.", "Sign up for breaking news alerts."},
	{"prompt/inbox", "The council met. Get the latest tech news delivered to your inbox every morning.",
		"Get the latest tech news delivered to your inbox every morning."},
	{"prompt/newsletter", "The council met. Get our free daily newsletter for the best of the week.",
		"Get our free daily newsletter for the best of the week."},
	{"prompt/share-yours", "The aurora glowed. Share your photos of the aurora with iReport . It faded.",
		"Share your photos of the aurora with iReport ."},
	{"promo/tv", "The council met. Watch Council Live weeknights at 9 ET. It voted.", "Watch Council Live weeknights at 9 ET."},
	{"photo/paren", "The council met (Photo by Jane Doe) on Friday.", "(Photo by Jane Doe)"},
	{"photo/agency", "The council met. Photo: Jane Doe/Getty Images The vote was close.", "Photo: Jane Doe/Getty Images"},
	{"prompt/click-here-end", "The council met. For the full video click here. It voted.", "For the full video click here."},

	{"credit/contributed", "The council met. CNN's Jane Doe and John Roe contributed to this report.",
		"CNN's Jane Doe and John Roe contributed to this report."},
	{"credit/wrote", "The council met. CNN's Ann Bo wrote from Oslo.", "CNN's Ann Bo wrote from Oslo."},
	{"credit/reporting-by", "The council met. (Reporting by Jane Doe; Editing by John Roe)", "(Reporting by Jane Doe; Editing by John Roe)"},
	{"credit/reporting-by", "The council met. Reporting by Jane Doe; Editing by J. Roe and Ann Bo.", "Reporting by Jane Doe; Editing by J. Roe and Ann Bo."},
	{"credit/sign-off", "The fires burned all week. Writing by Li Wu; Editing by Mark Potter", "Writing by Li Wu; Editing by Mark Potter"},
	{"credit/contact", "The fires burned all week. Email the author at ann.bo@example.com.", "Email the author at ann.bo@example.com."},
	{"update/label", "The council met. It voted. Updated", "Updated"},
	{"credit/desk-codes", "The council met. It voted. PTI RAM ARC", "PTI RAM ARC"},
	{"copyright/line", "The council met. ©2016 Example Media. All rights reserved.", "©2016 Example Media. All rights reserved."},
	{"source/original", "The council met. This article originally appeared on Example.com.", "This article originally appeared on Example.com."},
	{"update/trailer", "The council met.—This story has been updated to include a statement.", "—This story has been updated to include a statement."},
	{"caption/credited", "The mayor speaks in Oslo on Monday. Credit Ann Bo/Example Press — Getty Images", "The mayor speaks in Oslo on Monday. Credit Ann Bo/Example Press — Getty Images"},
	{"caption/credited", "The mayor with the council at the town hall Credit: EXAMPLE HERALD", "The mayor with the council at the town hall Credit: EXAMPLE HERALD"},
	{"caption/credited", "Crowds on the new bridge. (Ann Bo/AFP/Getty Images)", "Crowds on the new bridge. (Ann Bo/AFP/Getty Images)"},
	// A credit that ends a paragraph longer than a caption goes alone.
	{"photo/trailer", "It rained. The river rose. Schools shut. (Ann Bo/AFP/Getty Images)", "(Ann Bo/AFP/Getty Images)"},
	{"note/editor", "The market opened at nine. Editor's Note: City View covers the trends shaping the city and its ports.", "Editor's Note: City View covers the trends shaping the city and its ports."},
	{"note/disclaimer", "Ann Bo teaches law. The views expressed in this commentary are solely those of the writer. The council met.", "The views expressed in this commentary are solely those of the writer."},
	{"photo/agency-trailer", "Workers take down the old neon sign from the roof of the town hall in 1989. (AP)", "(AP)"},
	{"photo/agency-trailer", "The mayor opens the bridge. Crowds cheer. (HT Photo)", "(HT Photo)"},
	{"photo/trailer", paragraph + "(Ann Bo/AFP/Getty Images)", "(Ann Bo/AFP/Getty Images)"},
	{"photo/trailer", paragraph + "REUTERS/Jane Doe", "REUTERS/Jane Doe"},
	{"photo/trailer", paragraph + "Credit Ann Bo for The Daily Times", "Credit Ann Bo for The Daily Times"},
	{"photo/trailer", paragraph + "Ann Bo/AFP/Getty Images", "Ann Bo/AFP/Getty Images"},
}

// TestRules runs each row of ruleTests through Find with its rule's place
// and checks that the rule made the cut wanted.
func TestRules(t *testing.T) {
	byID := map[string]Rule{}
	for _, r := range Rules() {
		byID[r.ID] = r
	}
	for _, tt := range ruleTests {
		t.Run(tt.id, func(t *testing.T) {
			r, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no rule %q in the table", tt.id)
			}
			var got []string
			for _, c := range Find(tt.in, r.Place) {
				got = append(got, c.Rule.ID+": "+tt.in[c.Start:c.End])
			}
			if want := tt.id + ": " + tt.want; !slices.Contains(got, want) {
				t.Errorf("Find(%q) = %q, want it to hold %q", tt.in, got, want)
			}
		})
	}
}

// TestRuleTable checks the table's shape: IDs unique, each with a reason
// and a row in ruleTests.
func TestRuleTable(t *testing.T) {
	tested := map[string]bool{}
	for _, tt := range ruleTests {
		tested[tt.id] = true
	}
	seen := map[string]bool{}
	for _, r := range Rules() {
		switch {
		case seen[r.ID]:
			t.Errorf("rule %q is in the table twice", r.ID)
		case r.Reason == "" || r.match == nil || r.Place >= places:
			t.Errorf("rule %q lacks a reason, a matcher or a place", r.ID)
		case !tested[r.ID]:
			t.Errorf("rule %q has no row in ruleTests", r.ID)
		}
		seen[r.ID] = true
	}
}

// TestFindPlaces checks how the runner applies each place: a whole rule
// only to a short block, opening rules again after a cut, trailers as a
// chain, and touching cuts merged, keeping the first rule.
func TestFindPlaces(t *testing.T) {
	long := "Advertisement " + strings.Repeat("x", maxJunkLine)
	banner := strings.Repeat("We use cookies and similar tools to improve your visit and to show you ads. ", 12) +
		"Manage your preferences or accept all."
	tests := []struct {
		name, in string
		places   []Place
		want     []string
	}{
		{"whole, too long", long, []Place{Whole}, nil},
		{"cookie banner of any length", banner, []Place{Whole}, []string{"cookie/notice: " + banner}},
		{"no: cookie phrases far apart", "We use cookies. " + strings.Repeat("The council met again on Friday. ", 12) + "Accept all cookies.",
			[]Place{Whole}, nil},
		{"opening, not at the start", "The council met. (CNN) reported it.", []Place{Opening}, nil},
		{"opening, chained", "LONDON (CNN) (AP) — The council met.", []Place{Opening}, []string{"dateline/wire: LONDON (CNN) (AP) — "}},
		{"trailers chained", "The council met. CNN's Jo Li contributed to this report. ©2016 Example Media.", []Place{Trailer},
			[]string{"credit/contributed: CNN's Jo Li contributed to this report.", "copyright/line: ©2016 Example Media."}},
		{"touching cuts merge, first rule kept", "Updated March 5, 2016(CNN)The council met.", []Place{Inline, Opening},
			[]string{"update/stamp: Updated March 5, 2016(CNN)"}},
		{"no place", "By Jane Doe, CNN", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Find(tt.in, tt.places...) {
				got = append(got, c.Rule.ID+": "+tt.in[c.Start:c.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q, %v) = %q, want %q", tt.in, tt.places, got, tt.want)
			}
		})
	}
}

// TestRulesKeepNews runs every place over lines of news that look like junk
// at a glance and checks that nothing is cut.
func TestRulesKeepNews(t *testing.T) {
	for _, in := range []string{
		"By Friday, the council said, the bridge will be open.",
		"The files were copied to a drive before the raid.",
		"Copy link, the guide says, then paste it.",
		"Check out more details of the plan at city hall, the mayor said.",
		"By Ann Bo, a reporter, the mayor said, the vote was leaked.",
		"Video shows the moment the bridge fell.",
		"Caption contests are popular at the fair.",
		"Powered by solar panels, the ferry crossed in ten minutes.",
		"The count rose to 6366 on Monday.",
		"Was this the end of the road for the mayor?",
		"The town's website, example.com, crashed under the load.",
		"On Feb. 21, 2019, the council voted to close the road.",
		"The deal was paid for by Credit Suisse.",
		"Photo booths were set up at the fair. Photo: the mayor said no one would be charged.",
		"The mayor — who joined in August 2, 2017, as her aide (@citydesk) noted — left.",
		"Ann Bo (@annbo) wrote on Aug 1, 2017 that a post shared by the council was wrong.",
		"The mayor – she spoke first. Ann Bo (@annbo) on August 2, 2017 was the date.",
		"Speaking to reporters, Senator Ann Bo (@annbo) March 3, 2019, said the bill would pass.",
		"The tweet from Ann Bo (@annbo) January 5, 2017 was deleted within the hour.",
		`The code {"@type": "x" was never closed, the council said.`,
		"Readers who sign up for the newsletter get an email each morning, the paper said.",
		"The mayor flew to Rome via Reuters' charter plane.",
		"Interested in parks, she joined the board in 2019.",
		"By the time the council met, the bridge was shut.",
		"Scroll down the list for the full results, the council said.",
		"Follow the money for more than a year, she said, and you find the mayor.",
		"The council met at 2.57 in the afternoon.",
		"The PTI MLA left.",
		"The Internet Archive said its crawls had saved 900 billion pages.",
		"The talks resumed. The mayor spoke. The council voted. (Reuters)",
		"Floods killed twelve people in the north, officials said. (AFP)",
		"Editor's note: This story was updated to correct the school's name. The school board voted on Tuesday to close the school.",
		"The Internet Archive said its crawls of government sites had saved 900 billion pages. Ann Bo, its founder, said the Wayback Machine would fix broken links.",
		"Reporting by Ann Bo; Editing by Li Wu. Engineers inspected the bridge on Tuesday. The mayor thanked them.",
		"The views expressed in the letter are shared by most of the council, the mayor said.",
		"The editor's note said the story was wrong.",
		"The views expressed in this commentary are wrong, the mayor said.",
		"The views expressed in this column are those of the council, the mayor said.",
		"Old pages of the council's site are kept by the Internet Archive.",
		"The Internet Archive's Wayback Machine holds the council's old site.",
		"Like Ann Bo on the council, he voted no.",
		"Tickets are available online at http://example.org, the council said. The bridge opens in May.",
		"Students can check their marks. The book \"Bridges of the North\" is available at www.example.com",
		"The mayor's speech “Bridges” can be read in full at http://example.org/speech",
		"The full 250-page report, which found that police ignored 14 warnings, is available at www.example.gov/report",
		"Asked about the delay, a spokesman said the report is available at www.example.gov",
		"The exam results are available at www.example.nic.in",
		"Figure 1: The number of bridges rose by 40 per cent in a decade. The council said on Monday it would fund repairs.",
		"Table 1. The council met. The mayor spoke.",
		"Like Apple for more than a decade, Example Phones has led the market.",
		"Like Ann Bo on Twitter, the mayor uses social media to bypass the press.",
		"Like Ann Bo on Facebook, the candidate posts a video every day.",
		"Follow Ann Bo for more than an hour and you will see how hard the job is.",
		"Follow @annbo for more than a week and the pattern is clear.",
		"The company kept sending emails that said thank you for subscribing, the lawsuit alleges.",
		"Hackers hit the newsletter sign-up page and took two million e-mail addresses.",
		"Customers who cancelled kept receiving a note: thank you for subscribing.",
		"Interested in politics? Add this as an interest, the app says. The senator resigned on Monday after a week of pressure.",
		"Tap anywhere on the screen to close the app, the manual says.",
		"Image copyright laws were changed in 2019 and the Image caption rules too.",
		"Find the Associated Press report on the vote online, the mayor said.",
		"Scores (above 90) qualify, and those (below 50) do not.",
		"The party (Left Front) and the mayor (right-wing) met in the town hall.",
		"Press Ctrl-C or Cmd-C to copy, the manual says, then paste it anywhere.",
		"Hide Caption, a game in which children hide a photo, came second.",
		"PHOTOS were banned in the chamber, the clerk said: no one may take them.",
		"Replay More Videos was the name of the button that viewers clicked most.",
		"Media playback is a feature the council's website lacks, the clerk said.",
		"Image caption contests drew two hundred entries, the fair said.",
		"Ann Bo may be reached at her office on Monday, the council said.",
		"Follow them on Twitter and you will see why, the coach said.",
		"Disconnect the charger before you leave, the manual says.",
		"CLOSE to 200 people came, the council said.",
		"The list [1] of names was read out, and item [2] was struck.",
		"Smith won 7-6[5] 6-4 in the final.",
		"[1] The council met on Monday.",
		"The council met. [2] It voted.",
		"CLOSE CALL: A driver escaped as the bridge fell.",
		"CLOSE AIDES to the president said he would stay.",
		"By Ann Bo, a deputy editor. She said the council would meet on Monday to vote.",
		"For more information, the council said, residents should contact their ward office.",
		"Ann Bo reports that the bridge will reopen.",
		"The study was published on Monday (Published in Nature, the council said) and read.",
		"The READ | WRITE program closed. It reopened.",
		"It rained.(Read | " + strings.Repeat("the parks reopen ", 20) + ") It voted.", // a link in brackets is at most maxInline bytes
		"The mayor opened the park. A post shared by the council in a statement that went on and on about the parks, the bridges, the schools, the roads, the buses, the trains, the libraries, the pools, the markets and the museums, all of them open from dawn to dusk for everyone in the town and for visitors from far away (@council) on Aug 1, 2017 at 8:12pm PDT",
	} {
		for _, c := range Find(in, Whole, Opening, Inline, Trailer) {
			t.Errorf("Find(%q) cut %q by %s, want nothing cut", in, in[c.Start:c.End], c.Rule.ID)
		}
	}
}

// TestStructuredDataUnclosed: objects that never close are no structured
// data, and one that closes after them still is (see structuredData).
func TestStructuredDataUnclosed(t *testing.T) {
	s := strings.Repeat(`{"@type":"x",`, 1000) + strings.Repeat("The council met. ", 600) + `{"@type":"Rating"}`
	got := structuredData(s, nil)
	if len(got) != 1 || s[got[0].start:got[0].end] != `{"@type":"Rating"}` {
		t.Fatalf("structuredData found %v, want only the closed object at the end", got)
	}
}

func TestIsCaptionCredit(t *testing.T) {
	for line, want := range map[string]bool{
		"(AFP)":                  true,
		"(REUTERS)":              true,
		"(HT Photo)":             true,
		"(HT?FILE)":              true, // a lost no-break space
		"(Ann Bo/HT Photo)":      true,
		"(AP Photo/Ann Bo)":      true,
		"(Photo: IANS)":          true,
		"(PHOTO: PTI)":           true,
		"(Photo:?IANS)":          true, // a lost no-break space
		"(Photo: AP is wrong)":   false,
		"(Photos: Disney/Getty)": false,
		"(HT\u00a0Photo)":        true,  // a no-break space
		"(Photo: Disney)":        false, // under body paragraphs on some pages
		"(PTI) leader":           false,
		"NEW DELHI (PTI)":        false, // a dateline
		"(The council)":          false,
	} {
		if got := IsCaptionCredit(line); got != want {
			t.Errorf("IsCaptionCredit(%q) = %v, want %v", line, got, want)
		}
	}
}
