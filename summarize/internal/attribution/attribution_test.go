package attribution

import "testing"

func TestMentions(t *testing.T) {
	for s, want := range map[string]bool{
		"Sign up for our program by Friday, the mayor told residents.": true,
		"The bridge will close, according to officials.":               true,
		"Sign up for our newsletter.":                                  false,
		"The unsaid rule held.":                                        false, // a whole word only
	} {
		if got := Mentions(s); got != want {
			t.Errorf("Mentions(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsTag(t *testing.T) {
	for s, want := range map[string]bool{
		"Forte said.":                       true,
		"asked the mayor.":                  true,
		"The city's mayor asked.":           true,
		" Ann Bo added. ":                   true,
		"said.":                             false, // one word is no tag of its own
		"Forte said":                        false, // no period
		"Forte said, “It is over.”":         false, // a quotation of its own
		"Smith said nothing more about it.": false, // a sentence
		"The judge said no.":                false,
		"Police said they did not know.":    false,
		"Nothing was said.":                 false, // passive
		"Officials said Mr.":                false, // cut at an abbreviation
		"The minister told reporters.":      false, // an object: a sentence of its own
		"The talks ended.":                  false, // no speech
		"— Ann Bo said.":                    false,
		"Forte, the chief executive of the largest grocery group in the region, said.": false, // too long
	} {
		if got := IsTag(s); got != want {
			t.Errorf("IsTag(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestOpensWithTag(t *testing.T) {
	for s, want := range map[string]bool{
		"Ann Bo demanded, according to his account.": true,
		"Forte said, adding that it was over.":       true,
		"asked the mayor, who had come late.":        true,
		"Forte said.":                                false, // no comma: IsTag's
		"The judge said no, and left.":               false,
		"He agreed. Bo said, and left.":              false, // a stop before the comma: two sentences
		"Police said, it seems, nothing.":            true,
		"In Paris, police said.":                     false,
	} {
		if got := OpensWithTag(s); got != want {
			t.Errorf("OpensWithTag(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsSourceTag(t *testing.T) {
	for s, want := range map[string]bool{
		"TMZ has learned.":                     true,
		"The Hollywood Reporter has learned.":  true,
		"sources have confirmed.":              true,
		"the Post reports.":                    true,
		"TMZ has learned":                      false, // no period
		"has learned.":                         false, // no source
		"Police have confirmed the death.":     false, // an object: a sentence of its own
		"She learned.":                         false, // no credit
		"The paper’s editor, Ann Bo, reports.": false, // more than a name
		"Reports.":                             false,
		"The New York Times reports.":          true,
		"The Wall Street Journal has learned.": true,
		"Police denied the reports.":           false, // the noun
		"Officials deny reports.":              false,
		"She has learned.":                     false, // a pronoun names no source
		"5 have confirmed.":                    false,
	} {
		if got := IsSourceTag(s); got != want {
			t.Errorf("IsSourceTag(%q) = %v, want %v", s, got, want)
		}
	}
}
