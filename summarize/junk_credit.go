package summarize

// Pieces of the credit-line patterns in trailerRules.

// staffRoles are the roles a credit line may name ("Associated Press
// writer Jim Beam contributed to this report").
const staffRoles = `journalists?|producers?|reporters?|correspondents?|meteorologists?|writers?|staff|editors?|photographers?|researchers?|videographers?`

// nameParticle is a lower-case word inside a name ("Ariane de Vogue",
// "Mustafa al-Arab").
const nameParticle = `(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|la|le|bin|ibn|al|el)(?:-` + capWord + `)?`

// creditBy is one credit of a wire story's sign-off: "Reporting by", "Additional
// reporting by", "Writing by" or "Editing by", then names only, and maybe
// the place the reporting was done in ("Reporting by Jane Doe in Oslo").
// Prose such as "Reporting by the local paper revealed the deal" does not
// fit: its words are not names.
const creditBy = `(?:(?:Additional r|R|r)eporting|Writing|Editing|writing|editing)(?: and (?:[Ww]riting|[Ee]diting|[Rr]eporting))? by ` +
	capWord + `(?: ` + capWord + `){0,3}(?:(?:,| and| &) ` + capWord + `(?: ` + capWord + `){0,3}){0,8}(?: (?:in|from) ` + capWord + `(?:,? ` + capWord + `){0,3})?`
