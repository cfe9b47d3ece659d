package junk

import (
	"slices"
	"strings"
	"testing"
)

// TestWidgets checks the stretches the widget finders cut from one block,
// and which rule's each is; Find merges them with the other rules' cuts.
func TestWidgets(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // "rule ID: cut text"
	}{
		{"glued name, headlines, MORE",
			"Mayor Ann LeeAnn LeeParks reopen after storm Bus fares rise MORE and Governor Tom Ray met.",
			[]string{"widget/glued-name: Ann LeeParks reopen after storm Bus fares rise MORE"}},
		{"glued full name after last name",
			"President SmithJohn Q. SmithBudget talks stall MORE said on Monday.",
			[]string{"widget/glued-name: John Q. SmithBudget talks stall MORE"}},
		{"glued name, no MORE", "Senator Mia ParkMia Park said the vote was close.",
			[]string{"widget/repeated-name: Mia Park"}},
		{"presented by, then MORE",
			"The bill passed. City Desk — Presented by Acme — Parks reopen Bus fares rise MORE The vote was 7 to 2.",
			[]string{"widget/sponsored: City Desk — Presented by Acme — Parks reopen Bus fares rise MORE"}},
		{"presented by without MORE", "City Desk — Presented by Acme — the parks reopen on Friday.", nil},
		{"MORE beyond reach", "Senator Mia ParkMia Park said " + strings.Repeat("the vote was close ", 30) + "MORE here.",
			[]string{"widget/repeated-name: Mia Park"}},
		{"nickname in brackets, then MORE",
			"Sen. Ted CruzRafael (Ted) Edward CruzCruz blasts plan MORE said no.",
			[]string{"widget/glued-name: Rafael (Ted) Edward CruzCruz blasts plan MORE"}},
		{"nickname in brackets, Mc surname",
			"Mitch McConnellAddison (Mitch) Mitchell McConnellSenate ends session early MORE spoke.",
			[]string{"widget/glued-name: Addison (Mitch) Mitchell McConnellSenate ends session early MORE"}},
		{"nickname in curly quotes, no MORE", "Rep. Jamie RaskinJamin ‘Jamie’ Ben Raskin asked for the files.",
			[]string{"widget/repeated-name: Jamin ‘Jamie’ Ben Raskin"}},
		{"full name spelt differently, glued to a headline, then MORE",
			"Sen. Ben Ray LujanBen Ray LujánLuján pushes broadband bill MORE said.",
			[]string{"widget/glued-name: Ben Ray LujánLuján pushes broadband bill MORE"}},
		{"repeated name before punctuation",
			"Chef José GarcíaJosé García, who runs the café, declined.",
			[]string{"widget/repeated-name: José García"}},
		{"sponsor label with &", "Energy & Environment — Presented by Acme — Wildfires rage in West MORE The fires burned.",
			[]string{"widget/sponsored: Energy & Environment — Presented by Acme — Wildfires rage in West MORE"}},
		{"sponsor label with /, ' and -", "The vote is set. Health-Care/ Campaign '24 — Presented by Acme — Polls tighten MORE It was close.",
			[]string{"widget/sponsored: Health-Care/ Campaign '24 — Presented by Acme — Polls tighten MORE"}},
		{"no: full name spelt differently, no MORE", "Sen. Ben Ray LujanBen Ray LujánLuján pushes broadband bill.", nil},
		{"no: glue inside a surname", "Mitch McConnell Senate Leader spoke and MORE came.", nil},
		{"no: two Mc surnames", "The McDonald McKinley Brothers played on Friday.", nil},
		{"no: two Mac surnames, then MORE", "He met MacDonald MacKinley Brothers who played MORE songs.", nil},
		{"no: brand names, then MORE", "She sold JetBlue Airways DreamWorks Animation shares and bought MORE stock.", nil},
		{"no: nickname that is not a word", "Ann LeeAnn (2) Lee MORE here.", nil},
		{"no: CamelCase brand", "She bought a PlayStation and a MacBook on Friday.", nil},
		{"no: single glued word", "They sang LaLa loudly and MORE people came.", nil},
		{"no: one-letter word", "The TheA The band played MORE songs.", nil},
		{"no: lower-case presented by", "The prize, presented by the mayor — a cup — went to Ann.", nil},
		{"no: glued word too long for a name", "The Q" + strings.Repeat("x", 44) + "Mia Q" + strings.Repeat("x", 44) + " band played MORE songs.", nil},
		{"no: full name spelt differently, MORE in the next sentence",
			"Sen. Ben Ray LujanBen Ray LujánLuján pushes broadband bill. It passed MORE easily.", nil},
		{"no: full name spelt differently, a period before MORE",
			"Sen. Ben Ray LujanBen Ray LujánLuján pushes broadband bill. MORE came.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range []struct {
				id   string
				find func(string, []span) []span
			}{{"widget/glued-name", relatedLinks}, {"widget/repeated-name", repeatedNames}, {"widget/sponsored", sponsoredWidgets}} {
				for _, c := range f.find(tt.in, nil) {
					got = append(got, f.id+": "+tt.in[c.start:c.end])
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("widgets in %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestGluedAt(t *testing.T) {
	for _, tt := range []struct {
		before, rest string
		want         bool
	}{
		{"lock out", "Amit and", true},
		{"like R Ashwin", "During the talks", true},
		{"from Whats", "AppDeepti,", false}, // inside a brand
		{"from WhatsApp", "Deepti,", true},
		{"a new i", "Phone", false}, // one lower-case letter before
		{"the Mc", "Donald family", false},
		{"the end", "TV", false}, // capitals: an acronym
		{"the end", "A", true},
		{"vs Whats", "App: How privacy changes", false},
		{"ahead of the polls", "Congress's leader", true},
	} {
		if got := gluedAt(tt.before, tt.rest); got != tt.want {
			t.Errorf("gluedAt(%q, %q) = %v, want %v", tt.before, tt.rest, got, tt.want)
		}
	}
}
