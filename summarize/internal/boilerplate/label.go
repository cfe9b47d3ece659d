package boilerplate

// label sets the reason of every block: blocks inside a region are Keep
// unless they are page furniture or a copyright notice, a region's
// headline is Headline, and blocks outside get the reason their words or
// shape suggest.
func label(out []Reason, fs []features, cs []class, regions []region) {
	k := 0
	for i := range fs {
		for k < len(regions) && i >= regions[k].end {
			k++
		}
		f := &fs[i]
		inside := k < len(regions) && i >= regions[k].start
		switch {
		case k < len(regions) && i == regions[k].title:
			out[i] = Headline
		case inside && cs[i] == good:
			out[i] = Keep
		case inside && !f.isJunk():
			out[i] = Keep
		default:
			out[i] = outsideReason(f, i < regions[0].start)
		}
	}
}

// outsideReason guesses why a block outside the article is there: from its
// furniture phrases if it has any, else from its shape and its place (before
// the first article region or after it).
func outsideReason(f *features, before bool) Reason {
	switch {
	case f.notice:
		return Footer
	case f.opening:
		return Prompt
	case f.isFurniture() || f.isPrompting():
		return f.cue
	case f.words <= 3 && before:
		return Navigation
	case f.words <= 3:
		return Footer
	}
	return OtherStories
}
