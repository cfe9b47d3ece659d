package summarize

import (
	"context"
	"strings"
	"testing"
)

// rewordedPairs are articles written for this test, each with a reworded
// copy that tells the same facts, sentence for sentence, in other words.
var rewordedPairs = []struct {
	name           string
	original, copy []string
}{
	{
		name: "harbour tram",
		original: []string{
			"The city council of Harlow Bay voted 7 to 2 on Tuesday to build a light-rail line along the harbour.",
			"Mayor Ines Corrado said the line would open in 2031 and carry about 40,000 riders a day.",
			"Opponents argued that the $1.8 billion budget leaves no room for overruns.",
			"The regional transit agency will run the trains and sign the first contracts in the spring.",
			"Harbour shop owners fear two years of road closures during construction.",
		},
		copy: []string{
			"Harlow Bay will get a harbour light-rail line after the council backed it by seven votes to two on Tuesday.",
			"About 40,000 riders a day will use the line when it opens in 2031, according to Mayor Ines Corrado.",
			"Critics on the council say the budget of $1.8 billion leaves no room for overruns.",
			"Trains will be run by the regional transit agency, which signs its first contracts in the spring.",
			"Shop owners along the harbour worry about two years of closed roads during construction.",
		},
	},
	{
		name: "landslide",
		original: []string{
			"A landslide cut the only road into the Oskar valley on Friday, stranding 240 residents.",
			"Rescue teams reached the village of Oskarby on Sunday and found everyone safe.",
			"The army will fly food and medicine into the valley until a temporary bridge opens.",
			"Engineers expect to finish the bridge within a week.",
		},
		copy: []string{
			"The 240 residents of the Oskar valley were stranded on Friday when a landslide cut the only road.",
			"On Sunday rescue teams reached Oskarby village, where they found everyone safe.",
			"Until a temporary bridge opens, the army will fly medicine and food into the valley.",
			"Within a week engineers expect the bridge to be finished.",
		},
	},
}

// TestRewordedCopyNotRepeated digests an article together with its
// reworded copy and checks that no fact is stated twice: the digest never
// holds a sentence and its rewording.
func TestRewordedCopyNotRepeated(t *testing.T) {
	for _, p := range rewordedPairs {
		for n := 2; n <= len(p.original); n++ {
			articles := []string{strings.Join(p.original, " "), strings.Join(p.copy, " ")}
			d, err := Summarize(context.Background(), articles, Options{MaxSentences: n})
			if err != nil {
				t.Fatal(err)
			}
			facts := map[int]string{} // fact index → the digest sentence telling it
			for _, i := range d.Picked {
				s := d.Sentences[i]
				fact := factOf(p.original, p.copy, s)
				if fact < 0 {
					t.Fatalf("%s: digest sentence %q is in neither article", p.name, s.Text)
				}
				if prev, ok := facts[fact]; ok {
					t.Errorf("%s, %d sentences: fact %d told twice:\n%q\n%q", p.name, n, fact, prev, s.Text)
				}
				facts[fact] = s.Text
			}
		}
	}
}

// factOf returns the index of the fact that sentence s tells, or -1.
func factOf(original, copy []string, s Sentence) int {
	versions := original
	if s.Article == 1 {
		versions = copy
	}
	for k, v := range versions {
		if v == s.Text {
			return k
		}
	}
	return -1
}
