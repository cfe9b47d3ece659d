package language

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"skim/summarize/internal/stopwords"
)

func TestLooksEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"English news", "The council voted on Tuesday to close the old bridge to cars from June, after engineers said that its cables had worn thin. Drivers will use the ring road while the new bridge is built, which the mayor said would take two years.", true},
		{"French news", "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures à partir de juin, après que les ingénieurs ont constaté que ses câbles étaient usés. Les automobilistes emprunteront le périphérique pendant la construction du nouveau pont.", false},
		{"German news", "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab Juni für Autos zu sperren, nachdem Ingenieure festgestellt hatten, dass ihre Seile abgenutzt sind. Autofahrer sollen die Ringstraße nutzen, während die neue Brücke gebaut wird.", false},
		{"Spanish news", "El concejo municipal votó el martes cerrar el viejo puente a los coches a partir de junio, después de que los ingenieros dijeran que sus cables estaban desgastados. Los conductores usarán la carretera de circunvalación mientras se construye el nuevo puente.", false},
		{"Chinese", "市议会周二投票决定从六月起禁止汽车通行旧桥。工程师说桥的缆索已经磨损。新桥建成前，司机将使用环路。", false},
		{"Russian", "Городской совет во вторник проголосовал за закрытие старого моста для автомобилей с июня, после того как инженеры заявили, что его тросы износились.", false},
		{"a short English headline", "Bridge Closes to Cars", true},
		{"a short French headline", "Le pont ferme aux voitures", true}, // too short to judge
		{"numbers only", "2019 — 2024: 12, 15, 18.", true},
		{"English quoting a Chinese name", "The company, 阿里巴巴 in Chinese, said on Monday that its profits had risen for the third quarter in a row, and that it would hire more staff in the new year.", true},
	}
	for _, tt := range tests {
		if got := LooksEnglish(tt.text); got != tt.want {
			t.Errorf("LooksEnglish(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestMeasureMatchesUnicodeTables checks measure, which reads ASCII letters
// by hand, against the loop over the Unicode tables it replaced, written
// out again here, on random text of ASCII, accented Latin, other scripts
// and stop words.
func TestMeasureMatchesUnicodeTables(t *testing.T) {
	reference := func(text string) signs {
		latin, letters, stops := 0, 0, 0
		m := signs{latinShare: 1}
		var word []rune
		end := func() {
			if len(word) > 0 {
				m.words++
				if stopwords.Is(string(word)) {
					stops++
				}
				word = word[:0]
			}
		}
		for _, r := range text {
			if !unicode.IsLetter(r) {
				end()
				continue
			}
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
				word = append(word, unicode.ToLower(r))
			} else {
				end()
			}
		}
		end()
		if letters > 0 {
			m.latinShare = float64(latin) / float64(letters)
		}
		if m.words > 0 {
			m.stopShare = float64(stops) / float64(m.words)
		}
		return m
	}
	parts := []string{"the", "The", "THE", "of", "And", "x", "Z", "@", "[", "`", "{", "'", "’", " ", "\n", "9",
		"é", "É", "ß", "İ", "K", "ǅ", "ﬁ", "я", "Я", "東", "ا", "\xff", "don't"}
	r := rand.New(rand.NewPCG(7, 1))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		text := b.String()
		if got, want := measure(text), reference(text); got != want {
			t.Fatalf("measure(%q) = %+v, want %+v", text, got, want)
		}
	}
}
