package junk

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// A piece of patterns: a capitalised word (names, initials such as "K.J.",
// places).
const capWord = `[\p{Lu}][\p{L}'’.-]*`

// month matches a month name or its abbreviation.
const month = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`

// clock matches a time of day with an optional zone ("10:32 PM ET",
// "2.57pm BST").
const clock = `(?:\d{1,2}:\d{2} ?(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\.\d{2} ?[AaPp]\.?[Mm]\.?)(?: ?[A-Z]{2,4}\b)?`

// weekday matches a day of the week or its abbreviation, and date a date
// ("March 5, 2016", "5 March 2016", "2016-03-05"); anyDate also takes "22
// Dec, 2016" and "2/26/2015", which only a timestamp line may hold.
const (
	weekday = `(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?`
	date    = `(?:` + month + ` \d{1,2},? \d{4}|\d{1,2} ` + month + ` \d{4}|\d{4}-\d{2}-\d{2})`
	anyDate = `(?:` + date + `|\d{1,2} ` + month + `, \d{4}|\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?)`
)

// stamp matches a timestamp: a time, maybe with a date after it, or a date,
// maybe with a time after it ("1:39 PM ET", "Feb. 21, 2019", "16 November
// 2017 • 2:15pm", "2/26/2015 7:11 AM PST").
const stamp = `(?:` + clock + `(?:,? (?:` + weekday + `,? )?` + anyDate + `)?|(?:` + weekday + `,? )?` + anyDate +
	`(?:(?:,? (?:at )?| ?[•|·–-] ?)` + clock + `)?)`

// stampLead opens a timestamp line ("Published 11:11 PM EST Nov 19, 2019").
const stampLead = `(?:Published|Updated|Posted|Last updated|First published)(?: on| at)?:? `

// captionCredit matches a bare agency credit in brackets, perhaps with the
// photographer's name before or after it and "Photo" or "File", as Indian
// and wire outlets print it just after a photo's caption, on the caption's
// line or the next: "(AFP)", "(PTI)", "(HT Photo)", "(Ann Bo/HT Photo)",
// "(HT FILE)", "(AP Photo/Ann Bo)", "(Photo: IANS)". A "?" stands for a lost
// no-break space in some copies ("(HT?FILE)"). A credit to anyone else
// ("(Photo: Disney)") stands under body paragraphs on some pages, and is
// not one.
var captionCredit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^` + captionCreditPattern + `$`)
})

// captionCreditPattern is captionCredit unanchored.
const captionCreditPattern = `\((?:(?:Photos?|PHOTOS?|Pictures?|PICTURES?|Images?|IMAGES?):[ ?]?)?(?:` + creditName + `)?(?:` + agencies + `|PTI|IANS|ANI|HT|Xinhua)(?:[ ?](?:(?:File|FILE) )?(?:Photos?|PHOTOS?|File|FILE))?(?:/[\p{L}.'’ -]{1,40})?\)`

// IsCaptionCredit reports whether line is a bare agency credit in brackets
// (see captionCredit), its spaces of any kind read as one: the sentence
// just before it is a photo's caption, not the story's text. Such a credit
// is cut as junk.
func IsCaptionCredit(line string) bool {
	return captionCredit().MatchString(strings.Join(strings.Fields(line), " "))
}

// creditName is the photographer's name before the agency in a credit
// ("Ann Bo/" in "(Ann Bo/AFP)").
const creditName = `[\p{L}.'’ -]{1,40}/ ?`

// Pieces of photo credits: the agencies they name, a credit that opens
// with the agency ("REUTERS/Jane Doe"), and one for a paper ("Credit Jane
// Doe for The Daily Times").
const (
	agencies    = `(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA|Bloomberg|Shutterstock|Corbis|Alamy|(?:The )?Associated Press)`
	agencyFirst = `(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)/ ?` + capWord + `(?: ` + capWord + `){0,3}`
	creditFor   = `(?:Credit|CREDIT):? ` + capWord + `(?: ` + capWord + `){0,3} for (?:the |The )?` + capWord + `(?: ` + capWord + `){0,4}`
)

// photoCredit matches a photo credit: with agencies in brackets ("(Ann
// Bo/AFP/Getty Images)"), agency first ("REUTERS/Jane Doe"), for a paper
// ("Credit Ann Bo for The Daily Times"), a name and agencies ("Ann
// Bo/AFP/Getty Images"), or "Credit" and names without a sentence end
// ("Credit: Example Herald", "Credit Ann Bo/Example Press — Getty Images").
const photoCredit = `(?:\((?:` + creditName + `)+` + agencies + `(?:/[\p{L} ]{1,30})*\)|\(?` + agencyFirst + `\)?|` + creditFor +
	`|` + capWord + `(?: ` + capWord + `){0,3}/ ?` + agencies + `(?:/[\p{L} ]{1,30})*` +
	`|(?:Credit|CREDIT|Photo|PHOTO):? [\p{Lu}][\p{L}'’.\-/ —–,&]{1,80}[\p{L}])`

// maxCredit bounds the credit that ends a caption, in bytes.
const maxCredit = 120

// maxCaption bounds a caption in bytes, and maxCaptionSentences in
// sentences before its credit: a block this short that ends in a photo
// credit is the caption of a photo, not a paragraph (captions run to one
// or two sentences; a paragraph that ends in a glued credit is longer).
const (
	maxCaption          = 300
	maxCaptionSentences = 2
)

// Pieces of a dotted header (see byline/dotted): a name, and the stamps
// after it.
const (
	dottedName   = capWord + `(?: ` + capWord + `){0,4}`
	dottedStamps = `(?:PUBLISHED: \. ` + stamp + ` \. \| \. UPDATED: \. ` + stamp + ` \. |Last updated at ` + clock + ` on \d{1,2}(?:st|nd|rd|th)? ` + month + ` \d{4} \. )`
)

// platforms are the social networks prompts send readers to.
const platforms = `(?:Twitter|Facebook|Instagram|LinkedIn|YouTube|TikTok|Threads|Bluesky)`

// Reasons, for people, shared by several rules.
const (
	prompt   = "share/subscribe prompt"
	credit   = "credit line"
	readMore = "read-more link"
	photo    = "photo credit"
	dateline = "dateline"
	embed    = "embedded post"
)

// noticeTerms are the phrases of a cookie or consent notice after its
// opening ("We use cookies…"): consent, settings, data and partners.
const noticeTerms = `(?i)\b(?:cookies?|privacy (?:policy|notice|settings|terms)|(?:manage|change|update) (?:your )?(?:preferences|settings|choices)|` +
	`accept all|reject all|(?:give|withdraw) (?:your )?consent|you consent|third[- ]party partners|data use|(?:share|use) your (?:data|information)|` +
	`advertising policy|opt[- ]out)\b`

// rules returns the table: every rule, in priority order within each place
// (earlier rows are tried first, and win ties when cuts merge). A new rule
// is one row here and one row in TestRules.
func rules() []Rule {
	re := regexp.MustCompile
	notice := re(noticeTerms)
	return []Rule{
		// Lines that are junk on their own.
		{ID: "byline/line", Reason: "byline", Place: Whole, match: line{keys: []string{"By ", "BY ", "by "}, re: re(`^(?:By|BY|Written by|Words by) ` +
			capWord + `(?: ` + capWord + `){1,3}(?:(?:,| and| &) ` + capWord + `(?: ` + capWord + `){0,3})*(?: ?[,|–—-] ?(?:` + capWord + ` ?){1,6})?$`)}},
		{ID: "prompt/share-buttons", Reason: prompt, Place: Whole, accept: promptEnd, match: line{re: re(`(?i)^(?:(?:share(?: this(?: article| story)?| on)?|tweet|e-?mail|print|save|copy link|(?:link )?copied(?: to clipboard)?!?|\d* ?comments?|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|messenger)(?: ?[|/·•,] ?| |$))+$`)}},
		{ID: "prompt/subscribe-line", Reason: prompt, Place: Whole, accept: promptEnd, match: line{re: re(`(?i)^(?:subscribe|sign up|get our|join our|follow us|like us|never miss)\b[^.!?]{0,150}?\b(?:newsletters?|subscribe|subscription|inbox|twitter|facebook|instagram|linkedin|youtube|updates|alerts)\b.{0,100}$`)}},
		// A cookie banner may run to any length: its phrases follow one
		// another at most 300 characters apart.
		{ID: "cookie/notice", Reason: "cookie notice", Place: Whole, match: banner{keys: []string{"ookie"}, gap: 300,
			re:    re(`(?i)\b(?:we use cookies|uses cookies|use of cookies|cookie (?:policy|settings|preferences|notice)|accept (?:all )?cookies)\b`),
			terms: notice, follow: notice}},
		// A sign-up form copied with its messages: its phrases follow one
		// another at most 120 characters apart.
		{ID: "prompt/sign-up-form", Reason: prompt, Place: Whole, accept: acceptSignUpForm, match: banner{keys: []string{"ewsletter", "ubscrib", "Sign Up", "sign up"}, gap: 120,
			re:    signUpPhrases(),
			terms: re(`(?i)\b(?:sign[ -]?up|subscrib\w*|newsletters?|e-?mails?|promotions|opt[ -]?out|please (?:re-?enter|try again)[^.!?]*|an error has occurred|continue reading the main story|by clicking the box|you will receive[^.!?]*|(?:products|services|offers))\b[.!?]?`)}},
		// A web archive's notice about how it saved the page, copied in
		// place of a page it could not save ("These crawls are part of an
		// effort to archive pages…"): three of its phrases at least, one of
		// them the notice's own (see acceptArchiveNotice).
		{ID: "archive/notice", Reason: "web archive notice", Place: Whole, accept: acceptArchiveNotice, match: banner{keys: []string{"Archive", "Wayback", "No More 404"}, gap: 200,
			re: re(`(?i)\b(?:internet archive|wayback machine|no more 404)\b`), terms: archivePhrases()}},
		{ID: "prompt/topic-follow", Reason: prompt, Place: Whole, match: line{keys: []string{"as an interest"}, re: re(`^Interested in [^.!?]*?[?–-]? ?Add [^.!?]*?as an interest to stay up to date on [^.!?]*\.(?: Add Interest)?$`)}},
		// A share box's copy-link hint, with its way out.
		{ID: "prompt/copy-link", Reason: prompt, Place: Whole, match: line{keys: []string{"CTRL", "Ctrl", "ctrl", "CMD", "Cmd", "cmd"}, re: re(`(?i)^(?:copy (?:the |this )?(?:link|url)\b[^.!?]{0,200}?)?(?:ctrl|cmd|command)[-+]c or (?:ctrl|cmd|command)[-+]c,? (?:and |then )?press enter\b[^.!?]*[.!]?(?: (?:click|tap|click/tap) (?:elsewhere|anywhere|outside)[^.!?]*? to (?:exit|close|dismiss)\b[^.!?]*[.!]?)?$`)}},
		{ID: "prompt/dismiss", Reason: prompt, Place: Whole, accept: unattributed, match: line{re: re(`(?i)^(?:click|tap|click/tap) (?:elsewhere|anywhere|outside)[^.!?]*? to (?:exit|close|dismiss)\b[^.!?]*[.!]?$`)}},
		{ID: "ad/label", Reason: "advertisement", Place: Whole, match: line{re: re(`(?i)^(?:advertisement|advertising|sponsored(?: content| post)?|paid (?:content|post)|ad|story continues below(?: advertisement)?|continue reading (?:below|the main story)|scroll to continue(?: with content)?)$`)}},
		// A link to a gallery or a video is written in capitals ("PHOTOS:
		// The year's best"); "Photos: Ann Bo" is a credit (photo/credit-line).
		{ID: "read-more/lead", Reason: readMore, Place: Whole, match: line{after: 150, re: re(`^(?:(?:Read more|READ MORE|Read|READ|Related|RELATED|See also|SEE ALSO|More|MORE|Watch|WATCH|PHOTOS|VIDEO|GALLERY) ?: ?|(?:Click|Tap) here\b)`)}},
		{ID: "read-more/check-out", Reason: readMore, Place: Whole, match: line{keys: []string{"heck out", "HECK OUT"}, re: re(`(?i)^check out (?:more|all|our|the latest)(?: of our| our| more)? (?:articles|stories|videos|coverage|news|posts|features)\b(?:[^.!?]|\.\w){0,60}[.!]?$`)}},
		{ID: "read-more/label", Reason: readMore, Place: Whole, match: line{re: re(`(?i)^(?:read more|learn more|related (?:articles|stories|coverage|content)|more on this story|recommended|most read)$`)}},
		{ID: "photo/credit-line", Reason: photo, Place: Whole, match: line{re: re(`^\(?(?:Photos?|Photograph|Images?|Pictures?|Photo credit|Credit)(?: by|:) ?.{1,100}$|^.{0,60}/ ?` + agencies + `(?:/[\p{L} ]{1,30})*\)?$`)}},
		// A bare agency credit under a photo, as Indian and wire outlets
		// print it on a line of its own after the caption ("(AFP)", "(HT
		// Photo)"); see IsCaptionCredit.
		{ID: "photo/agency-line", Reason: photo, Place: Whole, match: line{keys: []string{"("}, re: captionCredit()}},
		{ID: "credit/wire-line", Reason: credit, Place: Whole, match: line{re: re(`(?i)^(?:with|from) (?:news )?(?:wire services|wire reports|agencies|agency reports)\.?$`)}},
		{ID: "photo/via", Reason: photo, Place: Whole, match: line{keys: []string{" via "}, re: re(`^[\p{L}.'’ -]+ via ` + agencies + `$`)}},
		{ID: "caption/line", Reason: "figure caption", Place: Whole, match: line{keys: []string{" caption "}, re: re(`^(?:Image|Media|Video) caption \p{Lu}[^.!?]{0,150}[.!?]?$`)}},
		{ID: "credit/reached-at", Reason: credit, Place: Whole, match: line{keys: []string{" be reached at "}, re: re(`^` + capWord + `(?: ` + capWord + `){0,3} (?:may|can) be reached at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$`)}},
		{ID: "caption/image-copyright", Reason: "figure caption", Place: Whole, match: line{keys: []string{" copyright "}, re: re(`^(?:Image|Media|Video) copyright \p{Lu}.*? (?:Image|Media|Video) caption \p{Lu}.*$`)}},
		{ID: "photo/agency-first", Reason: photo, Place: Whole, match: line{re: re(`^\(?` + agencyFirst + `\)?$`)}},
		{ID: "photo/credit-for", Reason: photo, Place: Whole, match: line{keys: []string{"Credit"}, re: re(`^` + creditFor + `$`)}},
		{ID: "media/label", Reason: "media label", Place: Whole, match: line{re: re(`(?i)^(?:image|images|photo|photos|video|videos|gallery|graphic|caption|(?:hide|show|toggle) caption|` +
			`(?:view|see|enlarge|open|watch|play|buy|purchase) (?:this |the |all )?(?:image|photo|picture|gallery|video|slideshow)s?)(?: ?[›»>→])?$`)}},
		// A table's or figure's label and its title of one sentence, as a
		// journal's page gives them on a line of their own, the label
		// sometimes twice: "Table 1. Table 1. Characteristics of the
		// Patients", "Figure 2: Bridges by decade". A second sentence is
		// the story's ("Figure 1: Bridges rose by 40%. The council said…").
		{ID: "caption/figure-label", Reason: "figure caption", Place: Whole, match: line{keys: []string{"Table ", "Figure ", "Fig. ", "Chart ", "Exhibit "}, re: re(`^(?:(?:Table|Figure|Fig\.|Chart|Exhibit) \d{1,3}[.:](?: |$))+(?:\p{Lu}(?:[^.!?]|\.\w){0,200}[.!?]?)?$`)}},
		// A video player's strip as copied: "JUST WATCHED <title> Replay More
		// Videos ... MUST WATCH <title>".
		{ID: "widget/video-player", Reason: "video player", Place: Whole, match: line{keys: []string{"Replay"}, re: re(`^(?:JUST WATCHED .{1,200}? )?Replay More Videos ?(?:\.\.\.|…)(?: MUST WATCH\b.{0,200})?$`)}},
		// A video site's queue controls as copied: "Watch Queue Queue",
		// "Watch Queue Queue Remove all", "Disconnect".
		{ID: "widget/video-queue", Reason: "video player", Place: Whole, match: line{keys: []string{"Queue", "Disconnect"}, re: re(`^(?:Watch Queue Queue(?: Remove all)?|Disconnect)$`)}},
		{ID: "gallery/counter", Reason: "gallery counter", Place: Whole, accept: acceptCounter, match: line{re: re(`^\d{1,3} ?(?:/|of) ?\d{1,3}$`)}},
		// A timestamp line may say it twice ("22 Dec, 2016 22 Dec, 2016") and
		// name its author after it ("… 7:11 AM PST BY TMZ STAFF").
		{ID: "timestamp/line", Reason: "timestamp", Place: Whole, match: line{re: re(`^(?:` + stampLead + `|at )?` + stamp + `(?: ` + stamp + `)?(?: (?:BY|By|by) ` + capWord + `(?: ` + capWord + `){0,3})?$`)}},
		{ID: "powered/line", Reason: "powered-by line", Place: Whole, match: line{re: re(`^(?:\pL+ )?(?:[Pp]owered|POWERED|[Ii]nvented|[Bb]rought to you) (?:by|BY) ` + capWord + `(?: ` + capWord + `){0,4}$`)}},
		// A byline that describes its author, perhaps with a sentence or two
		// of the author's bio after it ("By Ann Bo, a deputy editor. She’s
		// covered the council for a decade.").
		{ID: "byline/described", Reason: "byline", Place: Whole, accept: acceptByline, match: line{keys: []string{"By ", "BY "},
			re: re(`^(?:By|BY) ` + capWord + `(?: ` + capWord + `){1,3}, (?:a|an|the) [^.!?]{1,120}(?:\.?$|\.(?: (?:He|She|They)(?:’s|'s|’ve|'ve| has| have| is| are| was| were| covers| writes| joined)\b[^.!?]{1,200}\.){1,2}$)`)}},
		{ID: "prompt/feedback", Reason: prompt, Place: Whole, match: line{re: re(`(?i)^(?:found this helpful|was this (?:article |page |story |answer )?(?:helpful|useful)\??|did you find this (?:article |page |story )?(?:helpful|useful)\??)$`)}},
		{ID: "prompt/bracketed", Reason: prompt, Place: Whole, match: line{keys: []string{"["}, re: re(`(?i)^\[[^\]]{0,200}\b(?:in your inbox|newsletters?|sign up|subscribe)\b[^\]]{0,100}\]$`)}},
		{ID: "count/line", Reason: "share or comment count", Place: Whole, match: line{re: re(`^(?:\d{1,3}(?:,\d{3})+|\d{1,7}|\d{1,3}(?:\.\d)?[KkMm])$`)}},
		{ID: "link/domain", Reason: "link", Place: Whole, match: line{re: re(`(?i)^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|uk|us|info|news|tv)(?:/\S*)?$`)}},

		// Datelines, which open a story: "(CNN)", "Washington (CNN) -- ",
		// "NEW YORK (Reuters) - ", "MOSCOW, March 3 (Reuters) - ", "(AP) —",
		// "WASHINGTON — ", "LONDON, Jan. 5 — ", and CNN Student News'
		// "March 10, 2015 . ".
		// A header whose parts a scrape joined with " . ", as the Daily
		// Mail's: "By . Ann Bo . PUBLISHED: . 07:03 EST, 2 March 2013 . | .
		// UPDATED: . 08:07 EST, 2 March 2013 . ", "Last updated at 5:40 PM
		// on 1st August 2011 . ".
		{ID: "byline/dotted", Reason: "byline", Place: Opening, match: opening{re(`^((?:By \. ` + dottedName + `(?: \. (?:and|&) \. ` + dottedName + `)* \. (?:` + dottedStamps + `)?|(?:` + dottedName + ` \. )?` + dottedStamps + `))`)}},
		{ID: "dateline/wire", Reason: dateline, Place: Opening, match: opening{re(`^((?:\(Eds?: [^()]{1,80}\) )?(?:` + capWord + `(?:,? ` + capWord + `){0,6}(?:` + datelineDate + `)? ?)?\((?:CNN(?: ?Money| Business| Travel| Style)?|AP|Reuters|AFP|UPI|Bloomberg|BBC|NPR|EW|HLN|WIRED|Wired|Mashable|Variety|Billboard|TIME|Fortune|People|The Hollywood Reporter|Rolling Stone|The Conversation|Xinhua|Kyodo|Yonhap|PTI|IANS|ANI|AAP|DPA|dpa|EFE|ANSA|TASS|PA|CP|Anadolu)\) ?(?:--|—|–|-|:)? ?)`)}},
		// An unknown source in parentheses counts only glued to the text.
		{ID: "dateline/source", Reason: dateline, Place: Opening, match: opening{re(`^(\([\p{Lu}][\p{L}&.'’ +-]{0,30}\))[\p{Lu}"“‘']`)}},
		{ID: "dateline/dated", Reason: dateline, Place: Opening, match: opening{re(`^(` + datelinePlace + datelineDate + ` (?:--|—|–|-) )[\p{Lu}"“‘']`)}},
		{ID: "dateline/place", Reason: dateline, Place: Opening, accept: acceptDateline, match: opening{re(`^(` + datelinePlace + ` (?:--|—|–) )[\p{Lu}"“‘']`)}},
		{ID: "dateline/student-news", Reason: dateline, Place: Opening, match: opening{re(`^((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} ?\. )`)}},
		// A video player's close button copied before the video's
		// description that opens the page (Gannett's sites): "CLOSE Ann Bo's
		// jet landed safely."
		{ID: "widget/close-label", Reason: "video player", Place: Opening, match: opening{re(`^(CLOSE )(?:\p{Lu}\p{Ll}|["“])`)}},
		// The same player's buttons as another copy gives them: "Skip in
		// Skip x Embed x Share Ann Bo's jet landed safely."
		{ID: "widget/player-buttons", Reason: "video player", Place: Opening, match: opening{re(`^((?:Skip in Skip x )?Embed x Share )(?:\p{Lu}|\d|["“])`)}},

		// Junk anywhere in a block: widgets glued into a sentence first.
		{ID: "widget/glued-name", Reason: "related-links widget", Place: Inline, match: finder{[]string{moreKey}, relatedLinks}},
		{ID: "widget/repeated-name", Reason: "repeated name", Place: Inline, match: finder{nil, repeatedNames}},
		{ID: "widget/sponsored", Reason: "sponsored widget", Place: Inline, match: finder{[]string{"Presented by"}, sponsoredWidgets}},
		{ID: "update/stamp", Reason: "update stamp", Place: Inline, match: newHeads(glued, `:? (?:(?:at )?`+clock+`,? )?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?(?:`+month+` \d{1,2},? \d{4}|\d{1,2} `+month+` \d{4}|\d{4}-\d{2}-\d{2})(?:,? (?:at )?`+clock+`)?`, "Updated")},
		{ID: "read-more/inline", Reason: readMore, Place: Inline, match: finder{readMoreKeys, readMoreLinks}},
		// An encyclopedia's note marks glued to the word or stop before them:
		// "in 1932.[1]", "the BBC[12][13]", "[citation needed]".
		{ID: "note/mark", Reason: "note mark", Place: Inline, match: finder{[]string{"["}, noteMarks}},
		{ID: "credit/inputs", Reason: credit, Place: Inline, match: newHeads(anywhere, ` (?:agency )?inputs? from [^()]{1,80}\)`, "(With", "(with")},
		// Text copied without its pictures keeps their pointers: "Bishop
		// John Folda (pictured) said", "the order (left) and its withdrawal
		// (right)". British outlets such as the Daily Mail write one in
		// most stories.
		{ID: "photo/pointer", Reason: "pointer to a picture", Place: Inline, match: newHeads(anywhere, `(?:[Pp]ictured|left|right|centre|center|top|bottom|above|below|inset|file photo|file picture)(?:,? (?:left|right|centre|center|top|bottom|above|below|second (?:left|right)|with [^()]{1,60}|in \d{4}|in `+capWord+`(?: `+capWord+`)?))?\)`, " (")},
		// An embedded social post leaves its attribution in copied text: "A
		// post shared by Ann Bo (@annbo) on Aug 1, 2017 at 12:04pm PDT",
		// with the caption before it when hashtags and handles fill it (see
		// instagramPosts), "— Ann Bo (@annbo) August 2, 2017",
		// "pic.twitter.com/AbC12dEf34" (media and short links have
		// ten-character ids).
		{ID: "embed/instagram", Reason: embed, Place: Inline, match: finder{[]string{"A post shared by"}, instagramPosts}},
		{ID: "embed/tweet", Reason: embed, Place: Inline, match: finder{[]string{"(@"}, tweetSignatures}},
		{ID: "embed/structured-data", Reason: "page data", Place: Inline, match: finder{[]string{`{"@`}, structuredData}},
		{ID: "embed/link", Reason: embed, Place: Inline, match: newHeads(anywhere, `[A-Za-z0-9]{10}`, "pic.twitter.com/", "https://t.co/")},
		// Prompts must also read as prompts (see promptEnd), and their cut
		// runs to the end of their sentence.
		{ID: "prompt/follow", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(glued, ` (?:us|me|him|her|them|@\w+|`+capWord+`(?: `+capWord+`){0,3}) on `+platforms+`\b[^.!?]*[.!]?`, "Follow")},
		// "Follow … for more" and "Find/Like … on Facebook" only where they
		// end the sentence: "Like Trump on Twitter, Bolsonaro …" is news.
		{ID: "prompt/follow-for-more", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(glued, ` (?:us|@\w+) for (?:more|the latest|updates)(?: (?:news|updates|stories|coverage))?(?:[.!]|$)`, "Follow")},
		{ID: "prompt/find-us", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(sentence, ` (?:us|@\w+|`+capWord+`(?: `+capWord+`){0,3}) on `+platforms+`(?:[.!]|$)`, "Find", "Like")},
		// A gallery's caption as copied with its controls, to the end of its
		// first sentence: "Hide Caption 2 of 21 Photos: <gallery title>
		// <caption>."
		{ID: "gallery/caption", Reason: "gallery caption", Place: Inline, match: newHeads(sentence, ` \d{1,3} of \d{1,3}(?: (?:Photos?|Images?|Videos?): [^.!?]{1,250}[.!?]?)?`, "Hide Caption", "Show Caption")},
		// A video that a browser would not play leaves its notice and
		// caption in the copied text: "Media playback is unsupported on your
		// device Media caption <caption>".
		{ID: "caption/media-playback", Reason: "figure caption", Place: Inline, match: newHeads(sentence, `(?: (?:Media|Video|Image) caption [^.!?]{1,250}[.!?]?)?`, "Media playback is unsupported on your device")},
		{ID: "prompt/scroll-down", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(sentence, `(?i: (?:for|to see|to watch)(?: the)? (?:video|videos|pictures|photos))\b ?[.!]?`, "Scroll down", "SCROLL DOWN", "Scroll Down")},
		{ID: "prompt/click-here", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(sentence, `\b[^.!?]*[.!]?`, "Click here")},
		{ID: "prompt/subscribe", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(sentence, `(?: now| today)? (?:to|for)\b[^.!?]*?\b(?:newsletters?|magazine|free|updates|alerts|inbox|our|channel|podcast)\b[^.!?]*[.!]?`, "Subscribe")},
		{ID: "prompt/sign-up", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(sentence, `(?: now| today)? (?:to|for)\b[^.!?]*?\b(?:newsletters?|updates|alerts|inbox|e-?mails?|digest|podcast)\b[^.!?]*[.!]?`, "Sign up", "Register")},
		// "Get" prompts only speak to the reader: not "Get this: newsletters …".
		{ID: "prompt/inbox", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(sentence, ` [^.!?:]*?\b(?:delivered|sent) (?:straight |right |directly )?to your (?:inbox|e-?mail)\b[^.!?]*[.!]?`, "Get")},
		{ID: "prompt/newsletter", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(sentence, `\b[^.!?:]*?\bnewsletters?\b[^.!?]*[.!]?`, "Get our", "Get the free", "Get your free")},
		{ID: "prompt/share-yours", Reason: prompt, Place: Inline, accept: promptEnd, match: newHeads(sentence, `\b[^.!?]*?\b(?:Twitter|Facebook|Instagram|comments?|iReport|us|@\w+)\b[^.!?]*?(?:[.!]|: ?\.)`,
			"Share your thoughts", "Share your views", "Share your story", "Share your photos", "Weigh in")},
		{ID: "promo/tv", Reason: "TV promo", Place: Inline, match: newHeads(sentence, ` [^.!?]+? (?:weekdays|weeknights|weekends|nightly|daily|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b[^.!?]*?\b(?:ET|PT|CT|GMT)\b\.?`, "Watch")},
		{ID: "photo/paren", Reason: photo, Place: Inline, match: newHeads(anywhere, `(?: by|:| credit:?|/) ?[^()]+\)`, "(Photo", "(Photos", "(Photograph", "(Image", "(Images", "(Picture", "(Pictures", "(Video", "(Credit", "(AP Photo", "(AP photo")},
		{ID: "photo/agency", Reason: photo, Place: Inline, match: newHeads(anywhere, `(?: by| credit)?: [^.!?()\n]*?`+agencies+`(?:/[\p{L} ]{1,30})*`,
			"Photo", "Photos", "Photograph", "Image", "Images", "Picture", "Pictures")},
		// A disclaimer that a piece's views are its author's: "The views
		// expressed in this commentary are solely those of the writer."
		{ID: "note/disclaimer", Reason: "disclaimer", Place: Inline, accept: unattributed, match: newHeads(sentence, ` (?:expressed|stated) (?:in|on) (?:this|these) (?:commentary|column|article|piece|post|op-ed|essay|blog|story)s? (?:are (?:solely |entirely )?(?:those of|(?:his|her|their|the author['’]s|the writer['’]s) own)|do not (?:necessarily )?(?:reflect|represent))\b[^.!?]*[.!]?`, "The views", "The opinions", "Views", "Opinions")},
		{ID: "prompt/click-here-end", Reason: prompt, Place: Inline, accept: promptEnd, match: finder{[]string{"click here"}, clickHereEnds}},

		// Trailers, at the end of a block; credit lines must also read as
		// credits (see isCredit).
		{ID: "credit/contributed", Reason: credit, Place: Trailer, accept: acceptCredit, match: newTail([]string{"contributed"}, afterBoundary, `((?:(?:CNN's|CNN|`+capWord+`|`+nameParticle+`|and|as well as|also|of|the|in|`+staffRoles+`|,) ?)+contributed(?: reporting)?(?: to this (?:report|story))?(?: (?:from|in) [^.!?"“”]{1,60}?)? ?\.)\s*$`)},
		{ID: "credit/wrote", Reason: credit, Place: Trailer, accept: acceptCredit, match: newTail([]string{"wrote", "reported"}, afterBoundary, `((?:(?:CNN's|CNN|Journalists?) (?:(?:`+capWord+`|and|,) ?)+(?:reported|wrote)|(?:(?:`+capWord+`|and|,) ?)+(?:reported and wrote|wrote this (?:story|report)))(?:[^.!?"“”]|\p{Lu}\.){0,100}?\.)\s*$`)},
		{ID: "credit/reporting-by", Reason: credit, Place: Trailer, accept: acceptCredit, match: newTail([]string{"eporting by"}, afterGluedBoundary, `(\((?:Additional )?[Rr]eporting by [^()]{1,200}\)|(?:Additional )?Reporting by [^;().!?]{1,120}?; ?(?:Writing|Editing|Additional reporting)(?: by)? (?:[^().!?]|\p{Lu}\.){1,200}?\.?)\s*$`)},
		{ID: "credit/sign-off", Reason: credit, Place: Trailer, accept: acceptCredit, match: newTail([]string{"eporting by", "Writing by", "Editing by"}, afterGluedBoundary, `(\(?`+creditBy+`(?: ?[;,] ?`+creditBy+`){0,4}\.?\)?)\s*$`)},
		// A press release's footer: "For more information about this study,
		// please contact: Ann Bo at abo@example.org."
		{ID: "credit/press-contact", Reason: credit, Place: Trailer, match: newTail([]string{"contact"}, afterBoundary, `((?:For (?:more|further) information(?: (?:about|on) [^,.!?]{1,120})?,? (?:please )?contact\b|For a copy of [^!?]{1,200}?, please contact\b)[^!?]{0,200}?)\s*$`)},
		// A pointer to where more can be read, ending a block in a web
		// address: "The article abstract is available online:
		// http://journals.example.org/doi/10.1/2", "ABC News polls can be
		// found at http://example.com/polls". Scraped copies put spaces
		// into the address ("journals. example. org/ doi/ 10. 17"), so its
		// pieces after a space may go on to the block's end too. The
		// subject is a short name of a document, with no clause ("The
		// report, which found that police ignored 14 warnings, is
		// available at …" and "The results are available at …" are news).
		{ID: "source/link-pointer", Reason: "source link", Place: Trailer, match: newTail([]string{"http", "www."}, afterBoundary, `(\p{Lu}[^.!?"“”\n,;:]{0,60}?\b(?:article|abstract|study|paper|report|survey|poll|transcript|text|findings|data|release|document|research)s? (?:is|are|can be) (?:available|found|read|viewed|accessed|downloaded)(?: online| here| in full)?(?: at| on| from)?:?(?: [^\s"“”]{1,40}(?: at)?)? (?:https?://|www\.)\S+(?: (?:[a-z0-9-]+[./]\S*|\d+))*)\s*$`)},
		// A video's reporter credit and date as a broadcaster's page gives
		// them: "Ann Bo reports. (Published Monday, Sept. 19, 2016)".
		{ID: "credit/video-published", Reason: credit, Place: Trailer, match: newTail([]string{"(Published"}, afterBoundary, `((?:`+capWord+`(?: `+capWord+`){1,3} reports\. )?\(Published [^()]{1,60}\))\s*$`)},
		{ID: "credit/contact", Reason: credit, Place: Trailer, accept: acceptCredit, match: newTail([]string{" the author", " the writer", " the reporter"}, afterBoundary, `((?:E-?mail|Contact|Write to) the (?:author|writer|reporter)s?(?: (?:at|on) \S{1,80}?| ?: ?\S{1,80}?)?\.?)\s*$`)},
		{ID: "copyright/line", Reason: "copyright line", Place: Trailer, match: newTail([]string{"©", "Copyright"}, afterBoundary, `((?:©|Copyright ?(?:©|\d{4}))[^"“”]{0,100}?)\s*$`)},
		{ID: "source/original", Reason: "source link", Place: Trailer, match: newTail([]string{"original", "appeared", "published"}, afterBoundary, `((?:See the original (?:story|article|post) at|This (?:article|story) (?:originally )?appeared (?:on|in|at)|(?:Originally|First) published (?:on|in|at|by)) [^"“”]{1,80}?)\s*$`)},
		{ID: "update/label", Reason: "update trailer", Place: Trailer, match: newTail([]string{"Updated"}, afterBoundary, `(Updated)\s*$`)},
		{ID: "credit/desk-codes", Reason: credit, Place: Trailer, match: newTail([]string{"PTI ", "IANS "}, afterBoundary, `((?:PTI|IANS)(?: [A-Z]{2,4}){1,4})\s*$`)},
		{ID: "update/trailer", Reason: "update trailer", Place: Trailer, match: newTail([]string{"updated"}, afterGluedBoundary, `((?:—|–|--?)? ?This (?:report|story|article|post) (?:was|has been) (?:last )?updated(?: (?:at|on) [^"“”]{1,60}?| to (?:include|reflect|correct|add|clarify)[^"“”]{0,80}?)?\.?)\s*$`)},
		// An editor's note of one sentence that ends a story, about the
		// series it belongs to: "Editor's Note: Each week, City View
		// explores the trends shaping the city." Only one: a note that an
		// update was made may be followed by the news.
		{ID: "note/editor", Reason: "editor's note", Place: Trailer, match: newTail([]string{"ditor's", "ditor’s", "DITOR'S"}, afterBoundary, `((?:Editor['’]s [Nn]ote|EDITOR['’]S NOTE) ?: (?:[^"“”.!?]|\.\w|\p{Lu}\.){1,300}[.!?]?)\s*$`)},
		// A short block that ends in a photo credit is a caption, credit
		// and all; in a longer one only the credit goes.
		{ID: "caption/credited", Reason: "figure caption", Place: Trailer, accept: acceptCaption, match: short{maxCaption + maxCredit, newTail([]string{"/", "Credit", "CREDIT", "Photo", "PHOTO"}, atStart,
			`([^\n]{1,`+strconv.Itoa(maxCaption)+`}?\s`+photoCredit+`)\s*$`)}},
		// A bare agency credit that ends a block as short as a caption, on
		// the caption's line: the credit goes, and the caption stays for
		// the digest to leave out (see IsCaptionCredit).
		{ID: "photo/agency-trailer", Reason: photo, Place: Trailer, accept: acceptCaptionCredit, match: short{maxCaption + maxCredit, newTail([]string{"("}, afterBoundary, `(`+captionCreditPattern+`)\s*$`)}},
		{ID: "photo/trailer", Reason: photo, Place: Trailer, match: newTail([]string{"/", "Credit"}, afterGluedBoundary, `(\((?:`+creditName+`)+`+agencies+`(?:/[\p{L} ]{1,30})*\)|\(?`+agencyFirst+`\)?|`+creditFor+
			`|`+capWord+`(?: `+capWord+`){0,3}/ ?`+agencies+`(?:/[\p{L} ]{1,30})*)\s*$`)},
	}
}
