package boilerplate

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
