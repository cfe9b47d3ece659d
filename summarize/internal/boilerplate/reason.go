package boilerplate

// Reason says why a block is left out; Keep (the zero value) means it is
// article text.
type Reason uint8

// The reasons a block is left out of the article.
const (
	Keep         Reason = iota // article text
	Navigation                 // menus, breadcrumbs, skip links, section lists
	OtherStories               // teasers, related and most-read headline lists
	Prompt                     // subscribe, newsletter, log in, articles read, share buttons
	Footer                     // copyright, terms, privacy, contact, about us
	Comments                   // reader comments and their controls
	Advert                     // advertisement labels and sponsored blocks
	Headline                   // article text: the headline of an article run (see Kept)
	numReasons
)

var reasonNames = [numReasons]string{
	Keep:         "article text",
	Navigation:   "page navigation",
	OtherStories: "other stories",
	Prompt:       "sign-up prompt",
	Footer:       "page footer",
	Comments:     "comments",
	Advert:       "advertisement",
	Headline:     "article headline",
}

var reasonIDs = [numReasons]string{
	Keep:         "page/article",
	Navigation:   "page/navigation",
	OtherStories: "page/other-stories",
	Prompt:       "page/prompt",
	Footer:       "page/footer",
	Comments:     "page/comments",
	Advert:       "page/advert",
	Headline:     "page/headline",
}

// Kept reports whether a block of reason r is article text: Keep, or the
// Headline above an article's first paragraph.
func (r Reason) Kept() bool {
	return r == Keep || r == Headline
}

// ID returns a stable name of the reason for tests and dumps, such as
// "page/navigation", in the form of the junk rules' IDs.
func (r Reason) ID() string {
	if r < numReasons {
		return reasonIDs[r]
	}
	return "page/unknown"
}

// String returns the reason in words for people, such as "page navigation".
func (r Reason) String() string {
	if r < numReasons {
		return reasonNames[r]
	}
	return "unknown reason"
}
