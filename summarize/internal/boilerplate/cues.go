package boilerplate

import "strings"

// cueTable lists, per reason, the phrases that make up page furniture:
// the words of buttons, menus, prompts and footers. A short block made
// mostly of these phrases is furniture wherever it stands; in a long block
// they mean nothing (an article may well mention a newsletter), except for
// the copyright notice checked in features. Phrases are lower-case words as
// tokenized by words.
var cueTable = []struct {
	reason  Reason
	phrases string // one phrase a line
}{
	{Navigation, `home
home page
homepage
skip to content
skip to main content
skip to navigation
skip
navigation
site navigation
menu
main menu
sections
section
search
close
close search
open
go
back to top
top
next
previous
next article
previous article
view mobile version
mobile site
site index
site map
sitemap
more
all
show more
load more
loading
see all
view all
browse
toggle
categories
topics
tags
latest
latest news
video
videos
photos
jump to`},
	{OtherStories, `related
related stories
related articles
related coverage
related content
related links
more from
more stories
more on this story
most read
most popular
most viewed
most shared
trending
trending now
recommended
recommended for you
you may also like
you might also like
editor's picks
editors picks
top stories
popular
what's next
read next
up next
around the web
from the web
see next articles
see previous articles
more like this
fewer like this
read now
see also
in case you missed it
view gallery
photo gallery
view comments
click to view comments
full story`},
	{Prompt, `subscribe
subscribe now
subscribers
subscription
subscriptions
sign up
signup
sign in
signin
log in
login
log out
logout
register
my account
manage account
account
create account
newsletter
newsletters
daily newsletter
email newsletter
in your inbox
to your inbox
inbox
articles read
article read
articles remaining
free articles
free trial
unlimited access
already a subscriber
become a member
join
share
shares
share this
share this page
share this article
share on facebook
share on twitter
share to facebook
share to twitter
share to pinterest
tweet
email
e-mail
print
save
follow
follow us
like us
facebook
twitter
pinterest
linkedin
whatsapp
reddit
tumblr
instagram
youtube
google
rss
rss feeds
continue reading
continue reading the main story
read more
read full story
download the app
get the app
settings
notifications
permalink
go to permalink`},
	{Footer, `copyright
all rights reserved
rights reserved
privacy
privacy policy
privacy notice
cookie policy
cookies
terms
terms of use
terms of service
terms and conditions
terms & conditions
conditions of use
contact
contact us
about
about us
advertise
advertise with us
careers
jobs
accessibility
help
faq
feedback
corrections
disclaimer
ad choices
adchoices`},
	{Comments, `comment
comments
reply
replies
all replies
leave a comment
post a comment
join the discussion
join the conversation
discussion
discussions
flag
flagged
unflag
report
report abuse
upvote
downvote
edit
delete
hide
block`},
	{Advert, `advertisement
advertising
ad
ads
sponsored
sponsored content
sponsored by
paid partner
paid content
promoted
promoted content
partner content`},
}

// cuePhrase is one phrase of cueTable, split into words.
type cuePhrase struct {
	words  []string
	reason Reason
}

// cueIndex maps a phrase's first word to its phrases, longest first. It is
// built once from cueTable and never written to.
var cueIndex = func() map[string][]cuePhrase {
	m := make(map[string][]cuePhrase)
	for _, row := range cueTable {
		for _, line := range strings.Split(row.phrases, "\n") {
			ws := strings.Fields(line)
			if len(ws) == 0 {
				continue
			}
			m[ws[0]] = append(m[ws[0]], cuePhrase{ws, row.reason})
		}
	}
	for k, ps := range m {
		for i := 1; i < len(ps); i++ { // insertion sort, longest first
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		m[k] = ps
	}
	return m
}()

// trailers are the links that end a teaser: a story's first lines cut off
// and followed by one of these ("… Read more Read more").
var trailers = [][]string{
	{"read", "more"},
	{"read", "now"},
	{"read", "full", "story"},
	{"full", "story"},
	{"continue", "reading"},
	{"keep", "reading"},
	{"see", "more"},
	{"view", "comments"},
}

// trailer reports whether the lower-cased words ws end with a trailer.
func trailer(ws []string) bool {
	for _, t := range trailers {
		if len(ws) >= len(t) && hasPrefix(ws[len(ws)-len(t):], t) {
			return true
		}
	}
	return false
}

// matchCues finds the cue phrases in the lower-cased words ws, greedily from
// the left and longest first. It returns the number of words they cover and
// the reason of the phrases covering the most words (Keep if none).
func matchCues(ws []string) (covered int, reason Reason) {
	var per [numReasons]int
	for i := 0; i < len(ws); {
		n := 0
		for _, p := range cueIndex[ws[i]] {
			if hasPrefix(ws[i:], p.words) {
				n = len(p.words)
				per[p.reason] += n
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		covered += n
		i += n
	}
	for r := Reason(1); r < numReasons; r++ {
		if per[r] > per[reason] {
			reason = r
		}
	}
	return covered, reason
}

// hasPrefix reports whether ws starts with the words of p.
func hasPrefix(ws, p []string) bool {
	if len(ws) < len(p) {
		return false
	}
	for i, w := range p {
		if ws[i] != w {
			return false
		}
	}
	return true
}
