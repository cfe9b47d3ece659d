package intake

import (
	"slices"
	"testing"
)

// junkTests are written for the project (no text from real articles). Each
// gives the cleaned body and the reasons of what was excluded; negatives
// keep their text and exclude nothing. FuzzClean is seeded from them.
var junkTests = []struct {
	name, in, want string
	reasons        []string
}{
	// Widgets glued into a sentence.
	{"glued name widget",
		"Mayor Ann LeeAnn LeeCity Life — Presented by Acme Power — Parks reopen after storm Bus fares rise MORE and Governor Tom Ray met on Friday, Lee said.",
		"Mayor Ann Lee and Governor Tom Ray met on Friday, Lee said.", []string{"related-links widget"}},
	{"glued full name after last name",
		"President SmithJohn Q. SmithBudget talks stall MORE said on Monday that talks would resume.",
		"President Smith said on Monday that talks would resume.", []string{"related-links widget"}},
	{"glued name without MORE", "Senator Mia ParkMia Park said the vote was close.",
		"Senator Mia Park said the vote was close.", []string{"repeated name"}},
	{"presented-by widget", "The bill passed. City Desk — Presented by Acme — Parks reopen Bus fares rise MORE The vote was 7 to 2.",
		"The bill passed. The vote was 7 to 2.", []string{"sponsored widget"}},
	{"repeated name before 's",
		"Chef José GarcíaJosé García's café opened.",
		"Chef José García's café opened.", []string{"repeated name"}},
	{"widget ending before a comma",
		"Speaker Ada NorthAda NorthHouse passes farm bill MORE, who leads the House, spoke first.",
		"Speaker Ada North, who leads the House, spoke first.", []string{"related-links widget"}},
	{"glued name with a nickname in brackets",
		"Sen. Ted CruzRafael (Ted) Edward CruzCruz blasts plan MORE said no.",
		"Sen. Ted Cruz said no.", []string{"related-links widget"}},
	{"glued name with a nickname, Mc surname",
		"Leader Mitch McConnellAddison (Mitch) Mitchell McConnellSenate ends session early MORE spoke on Monday.",
		"Leader Mitch McConnell spoke on Monday.", []string{"related-links widget"}},
	{"glued name with a quoted nickname",
		"Gov. Bo LindqvistRobert “Bo” Karl LindqvistLindqvist vetoes tax bill MORE vetoed it on Friday.",
		"Gov. Bo Lindqvist vetoed it on Friday.", []string{"related-links widget"}},
	{"glued name with a nickname, no MORE",
		"Sen. Bernie SandersBernard (Bernie) Sanders said the bill would pass.",
		"Sen. Bernie Sanders said the bill would pass.", []string{"repeated name"}},
	{"glued name spelt differently, then MORE",
		"Sen. Ben Ray LujanBen Ray LujánLuján pushes broadband bill MORE said the vote was near.",
		"Sen. Ben Ray Lujan said the vote was near.", []string{"related-links widget"}},
	{"glued name with a suffix, then MORE",
		"Mayor Al GreenAlbert Greene Jr.Greene vows audit MORE spoke to reporters.",
		"Mayor Al Green spoke to reporters.", []string{"related-links widget"}},
	{"repeated name before a comma",
		"Chef José GarcíaJosé García, who runs the café, declined to comment.",
		"Chef José García, who runs the café, declined to comment.", []string{"repeated name"}},
	{"sponsor label with an ampersand",
		"Energy & Environment — Presented by Acme — Wildfires rage in West MORE The fires burned all week.",
		"The fires burned all week.", []string{"sponsored widget"}},
	{"no: CamelCase brand", "She bought a PlayStation and a MacBook on Friday.", "", nil},
	{"no: glued names across sentences before MORE",
		"The band is called DeLuca Brothers McKinley. It played MORE songs than ever.", "", nil},
	{"no: glued name spelt differently, no MORE",
		"Sen. Ben Ray LujanBen Ray LujánLuján pushes broadband bill and waits.", "", nil},
	{"no: single glued word", "They sang LaLa loudly and MORE people came.", "", nil},
	{"no: MORE in capitals", "He wants MORE money, and he said so.", "", nil},
	{"no: lower-case presented by", "The prize, presented by the mayor — a cup — went to Ann.", "", nil},
	// Trailers.
	{"update trailer line", "The council met.\n\n—This report was updated at 9:45 p.m.",
		"The council met.", []string{"update trailer"}},
	{"update trailer glued", "The council met.—This story has been updated to include a statement.",
		"The council met.", []string{"update trailer"}},
	{"update stamp", "Updated 10:32 PM ET, Sat March 5, 2016\n\nThe council met on Friday.",
		"The council met on Friday.", []string{"update stamp"}},
	{"update stamp glued before dateline", "Updated 10:32 PM ET, Sat March 5, 2016(CNN)The council met.",
		"The council met.", []string{"update stamp", "dateline"}},
	{"credit trailer", "The council met. Its vote is due. CNN's Jane Doe and John Roe contributed to this report.",
		"The council met. Its vote is due.", []string{"credit line"}},
	{"credit trailers chained", "The council met. Journalist Ann Bo reported from Oslo, and CNN's K.J. Kim wrote from Atlanta. CNN's Jo Li contributed to this report.",
		"The council met.", []string{"credit line", "credit line"}},
	{"reporting and editing", "The council met.\n(Reporting by Jane Doe; Editing by John Roe)",
		"The council met.", []string{"credit line"}},
	{"copyright", "The council met. ©2016 Example Media. All rights reserved.",
		"The council met.", []string{"copyright line"}},
	{"credit with a role", "The fires burned all week. Associated Press writer Jim Beam contributed to this report.",
		"The fires burned all week.", []string{"credit line"}},
	{"additional reporting by", "The fires burned all week. Additional reporting by Ann Bo and Li Wu in Oslo.",
		"The fires burned all week.", []string{"credit line"}},
	{"writing and editing line", "The fires burned all week.\nWriting by Li Wu; Editing by Mark Potter",
		"The fires burned all week.", []string{"credit line"}},
	{"editing by on its own line", "The fires burned all week.\n\nEditing by Mark Potter\n\nThe rain came on Sunday.",
		"The fires burned all week.\nThe rain came on Sunday.", []string{"credit line"}},
	{"email the author", "The fires burned all week.\nEmail the author at ann.bo@example.com.",
		"The fires burned all week.", []string{"credit line"}},
	{"credit with name particles", "The fires burned all week. CNN's Ana de Vries, Omar al-Amin and Li Wu also contributed to this report.",
		"The fires burned all week.", []string{"credit line"}},
	{"no: writing by hand", "Writing by hand is slow, the teacher said.", "", nil},
	{"no: editing by a committee", "The rules allow editing by any member of the board.", "", nil},
	{"no: email the author of a letter", "The fires burned all week. Email the author of the letter, police said.", "", nil},
	{"no: updated in a sentence", "The council updated its rules on March 5, 2016, after the vote.", "", nil},
	{"no: updated at the end", "The figures were updated at 9:45 p.m. on Friday.", "", nil},
	{"no: contributed to the report", "Police said Smith contributed to the report.", "", nil},
	{"no: reported from a place", "The council met. Police reported from Oslo.", "", nil},
	{"no: reporting by in prose", "Reporting by the local paper revealed the deal.", "", nil},
	{"no: copyright law", "The case turns on copyright law. Copyright law is complex.", "", nil},
	// Datelines.
	{"dateline CNN", "(CNN)The council met.", "The council met.", []string{"dateline"}},
	{"dateline place", "Washington (CNN) The council met.", "The council met.", []string{"dateline"}},
	{"dateline place and dash", "LONDON, England (CNN) -- The council met.", "The council met.", []string{"dateline"}},
	{"dateline Reuters", "NEW YORK (Reuters) - The council met.", "The council met.", []string{"dateline"}},
	{"dateline AP", "(AP) — The council met.", "The council met.", []string{"dateline"}},
	{"dateline capitals", "BAGHDAD — The council met.", "The council met.", []string{"dateline"}},
	{"dateline after headline", "Council meets\n\nOSLO (AP) — The council met.", "The council met.", []string{"dateline"}},
	{"dateline Reuters with a date", "MOSCOW, March 3 (Reuters) - The council met.", "The council met.", []string{"dateline"}},
	{"dateline Reuters capitals", "WASHINGTON (Reuters) - The council met.", "The council met.", []string{"dateline"}},
	{"dateline AP with an abbreviated date", "LONDON, Jan. 5 (AP) — The council met.", "The council met.", []string{"dateline"}},
	{"dateline place and date", "OSLO, Jan. 5 — The council met.", "The council met.", []string{"dateline"}},
	{"dateline then an aside", "BAGHDAD — The council met on Friday — a first in years.", "The council met on Friday — a first in years.", []string{"dateline"}},
	{"dateline then a paired aside", "BAGHDAD — The council — which has nine members — met.", "The council — which has nine members — met.", []string{"dateline"}},
	{"no: acronym subject with an aside", "NASA — The agency that put men on the moon — is broke, its chief said.", "", nil},
	{"no: acronym subject, aside and adverb", "FEMA — The agency that helps after storms — now faces cuts.", "", nil},
	{"no: acronym subject, spaced double hyphens", "UNICEF -- The fund for children -- has run out of money.", "", nil},
	{"no: ticker in parentheses", "Acme (ACME) shares rose on Friday.", "", nil},
	{"no: dateline mid-article", "The council met.\n\n(CNN) was first to report it.", "The council met.\n(CNN) was first to report it.", nil},
	// Lines that are junk on their own.
	{"byline", "By Jane Doe, CNN\n\nThe council met.", "The council met.", []string{"byline"}},
	{"byline two authors", "By Jane Doe and John Roe\nThe council met.", "The council met.", []string{"byline"}},
	{"share buttons", "The council met.\nShare | Tweet | Email\nIt voted.", "The council met.\nIt voted.", []string{"share/subscribe prompt"}},
	{"newsletter", "The council met.\n\nSign up for our daily newsletter\n\nIt voted.", "The council met.\nIt voted.", []string{"share/subscribe prompt"}},
	{"follow prompt", "The council met. Follow us on Twitter for updates.", "The council met.", []string{"share/subscribe prompt"}},
	{"cookie notice", "We use cookies to improve your experience. Accept all cookies\n\nThe council met.", "The council met.", []string{"cookie notice"}},
	{"advertisement", "The council met.\nAdvertisement\nIt voted.", "The council met.\nIt voted.", []string{"advertisement"}},
	{"read more line", "The council met.\nRead more: Council to vote on parks\nIt voted.", "The council met.\nIt voted.", []string{"read-more link"}},
	{"read more inline", "The council met. READ MORE: Council to vote on parks . It voted.", "The council met. It voted.", []string{"read-more link"}},
	{"click here", "The council met. Click here to watch the meeting. It voted.", "The council met. It voted.", []string{"share/subscribe prompt"}},
	{"photo credit line", "The council met.\nPhoto: Jane Doe/Getty Images\nIt voted.", "The council met.\nIt voted.", []string{"photo credit"}},
	{"photo credit inline", "The council met (Photo by Jane Doe) on Friday.", "The council met on Friday.", []string{"photo credit"}},
	{"alerts prompt", "The council met. Sign up for breaking news alerts.", "The council met.", []string{"share/subscribe prompt"}},
	{"inbox prompt", "The council met. Get the latest tech news delivered to your inbox every morning.",
		"The council met.", []string{"share/subscribe prompt"}},
	{"newsletter prompt", "The council met. Get our free daily newsletter for the best of the week.",
		"The council met.", []string{"share/subscribe prompt"}},
	{"no: get this, newsletters", "Get this: newsletters now earn more than many magazines.", "", nil},
	{"no: get ready, a newsletter", "Get ready: the town newsletter returns in May.", "", nil},
	{"no: get this, sent to your inbox", "Get this: newsletters sent to your inbox now outnumber letters.", "", nil},
	{"no: share prices", "Share prices fell on Friday.", "", nil},
	{"no: register for free shots", "Register for free flu shots at any county clinic, officials urged.", "", nil},
	{"no: sign up for a program", "Sign up for our volunteer program by Friday, the mayor told residents.", "", nil},
	{"no: share your thoughts, attributed", "Share your thoughts with the council on Twitter or at the hearing, the chair said.", "", nil},
	{"no: alerts prompt, attributed", "The council met.\n\nSign up for flood alerts on the county website, the sheriff said.", "The council met.\nSign up for flood alerts on the county website, the sheriff said.", nil},
	{"share photos with iReport", "The aurora glowed. Share your photos of the aurora with iReport . It faded.",
		"The aurora glowed. It faded.", []string{"share/subscribe prompt"}},
	{"read more glued after a quote", "She said: \"We will vote.\"READ MORE: Council to vote on parks .",
		"She said: \"We will vote.\"", []string{"read-more link"}},
	{"no: heat also contributed", "The sun was strong. Heat also contributed to its evaporation.", "", nil},
	{"no: residents and a club also contributed", "Residents of Millbrook and the Rotary Club also contributed.", "", nil},
	{"no: a player also contributed", "Ann Bo scored twice. Li Wu also contributed.", "", nil},
	{"credit from a place", "The fires burned all week. Jane Doe contributed from Oslo.",
		"The fires burned all week.", []string{"credit line"}},
	{"credit with a role, then in and also", "The fires burned all week. Associated Press writer Jim Beam in Oslo also contributed.",
		"The fires burned all week.", []string{"credit line"}},
	{"credit naming CNN, then in and also", "The fires burned all week. CNN's Ana Bo in Oslo also contributed.",
		"The fires burned all week.", []string{"credit line"}},
	{"credit of the staff, to this report", "The fires burned all week. Li Wu of the Oslo Times contributed to this report.",
		"The fires burned all week.", []string{"credit line"}},
	{"prompt running past a dot", "The council met. Sign up for our newsletter at Example.com today. It voted.",
		"The council met. It voted.", []string{"share/subscribe prompt"}},
	{"no: by Monday", "By Monday, the council had met.", "", nil},
	{"no: more than", "More than 100 people came.", "", nil},
	{"no: cookie", "She wanted a cookie, and the baker gave her one.", "", nil},
	{"no: click in prose", "The email told them to click here to claim a prize and to reply.", "", nil},
	{"no: sign read", "The sign read: keep out. Nobody did.", "", nil},
	{"no: follow in prose", "Follow the river on foot to reach the town.", "", nil},
	{"no: photo in prose", "The photo by the river won the prize.", "", nil},
	// Photo credits, gallery furniture, timestamps, powered-by lines.
	{"agency-first photo credit line", "The council met.\nREUTERS/Jane Doe\nIt voted.", "The council met.\nIt voted.", []string{"photo credit"}},
	{"a captioned photo", "The mayor speaks in Oslo. (Ann Bo/AFP/Getty Images)\n\nThe council met.",
		"The council met.", []string{"figure caption"}},
	{"photo credit trailer", "The mayor spoke in Oslo on Monday, and the council met for five hours to vote on the plan for the new harbour bridge, " +
		"which has been closed for repairs since the storm two years ago and will open in June if the last span is finished in time, " +
		"the mayor said. It will cost forty million dollars. Work starts soon. (Ann Bo/AFP/Getty Images)\n\nThe council met.",
		"The mayor spoke in Oslo on Monday, and the council met for five hours to vote on the plan for the new harbour bridge, " +
			"which has been closed for repairs since the storm two years ago and will open in June if the last span is finished in time, " +
			"the mayor said. It will cost forty million dollars. Work starts soon.\nThe council met.", []string{"photo credit"}},
	{"credit for a paper", "The council met.\n\nCredit Ann Bo for The Daily Times\n\nIt voted.", "The council met.\nIt voted.", []string{"photo credit"}},
	{"gallery counter and media label", "The council met.\n\n3 of 12\n\nImage\n\nIt voted.", "The council met.\nIt voted.",
		[]string{"gallery counter", "media label"}},
	{"timestamp line", "The council met.\n\nMarch 11, 2015 3:46 PM\n\nIt voted.", "The council met.\nIt voted.", []string{"timestamp"}},
	{"powered-by line", "The council met.\n\nPowered by Example Press", "The council met.", []string{"powered-by line"}},
	{"no: counter out of order", "The council met.\n\n12 of 3", "The council met.\n12 of 3", nil},
	{"no: video in prose", "Video of the crash spread quickly.", "", nil},
	{"no: time in a sentence", "The meeting starts at 1:39 PM ET on Friday.", "", nil},
	{"no: powered by in prose", "Powered by a new engine, the car won the race.", "", nil},
	{"no: credit in prose", "Credit card debt rose for the third month.", "", nil},
	{"no: credit to a person", "Credit Ann Bo for the idea, the mayor said.", "", nil},
	{"cookie banner over several lines", "We use cookies to improve your experience.\nWe may share your information with third-party partners for marketing purposes.\n" +
		"By clicking Accept, you consent to these activities.\nThe council met on Monday. It voted.",
		"The council met on Monday. It voted.", []string{"cookie notice", "cookie notice", "cookie notice"}},
	{"no: news after a cookie banner", "We use cookies to improve your experience.\nThe council met on Monday. It voted on data for the new road.",
		"The council met on Monday. It voted on data for the new road.", []string{"cookie notice"}},
	// A date on a line of its own is the page's date, not a sentence.
	{"a date alone", "The council met.\n\nMarch 11, 2015", "The council met.", []string{"timestamp"}},
	{"no: a date in a sentence", "The council met.\n\nOn March 11, 2015 it voted.", "The council met.\nOn March 11, 2015 it voted.", nil},
}

// TestJunk runs intake on junkTests: the body left and the reasons of the
// stretches excluded, in article order.
func TestJunk(t *testing.T) {
	for _, tt := range junkTests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			c := Clean(tt.in, "")
			if got := c.Body.String(); got != want {
				t.Errorf("Clean(%q).Body = %q, want %q", tt.in, got, want)
			}
			var reasons []string
			for _, e := range c.Excluded {
				reasons = append(reasons, e.Reason)
			}
			if !slices.Equal(reasons, tt.reasons) {
				t.Errorf("Clean(%q) excluded %v, want reasons %v", tt.in, c.Excluded, tt.reasons)
			}
			checkCleaned(t, tt.in, c)
		})
	}
}
