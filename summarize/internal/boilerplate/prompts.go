package boilerplate

// promptOpenings are the phrases that open a call to act on the reader's
// account: "Sign up for a free … account to …", "Log in with your …
// account", "Register for …". A block opening with one (or with one of
// consentOpenings) is a prompt however long and prose-like it is, since
// articles report on such things in the third person and seldom open a
// paragraph with an imperative addressed to the reader.
var promptOpenings = [][]string{
	{"sign", "up"},
	{"sign", "in"},
	{"signup"},
	{"log", "in"},
	{"login"},
	{"register"},
	{"subscribe"},
	{"create", "an", "account"},
	{"create", "a", "free", "account"},
	{"create", "your", "free", "account"},
	{"create", "your", "account"},
	{"already", "have", "an", "account"},
	{"already", "a", "subscriber"},
	{"don", "have", "an", "account"}, // "don't": words keep what comes before an apostrophe
	{"not", "a", "member"},
}

// consentOpenings are the phrases that open a cookie or data-use notice.
// A notice is a prompt, but it alone does not make a text a page (see
// hasFurniture): the junk rules cut a notice with the lines that continue
// it.
var consentOpenings = [][]string{
	{"accept", "and", "continue"},
	{"accept", "all"},
	{"accept", "cookies"},
	{"scroll", "to", "accept"},
	{"we", "use", "cookies"},
	{"this", "site", "uses", "cookies"},
	{"this", "website", "uses", "cookies"},
	{"by", "continuing", "to", "use"},
	{"by", "using", "this", "site"},
}

// opensWith reports whether the lower-cased words ws open with one of
// phrases.
func opensWith(ws []string, phrases [][]string) bool {
	for _, p := range phrases {
		if hasPrefix(ws, p) {
			return true
		}
	}
	return false
}
