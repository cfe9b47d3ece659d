package cohesion

import "testing"

func TestOpensWithReference(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"He also said the bridge would open in June.", true},
		{"But the plan was dropped.", true},
		{"“They will not stop,” she said.", true},
		{"It's the third flood this year.", true},
		{"However, engineers disagreed.", true},
		{"This means higher fares.", true},
		{"The council voted on Tuesday.", false},
		{"Heavy rain fell overnight.", false}, // "He" is only a prefix
		{"Thistle farmers met in Perth.", false},
		{"2019 was the wettest year.", false},
		{"", false},
		{"In it, the participants looked at dots.", true},
		{"Despite this, the council voted.", true},
		{"Among them was the mayor.", true},
		{"As a result, fares rose.", true},
		{"On the other hand, the ferry is cheaper.", true},
		{"In Paris, the council met.", false},
		{"As a result of the storm, fares rose.", false},
		{"In addition to the bridge, two roads shut.", false},
		{"Inside, it was dark.", false},
		{"On this page you will find the transcript.", false},
		{"For those who drive, the road is shut.", false},
		{"Since it opened in 1932, the bridge has never shut.", false},
		{"Like it or not, the fares will rise.", false},
		{"After that, the council voted.", true},
	}
	for _, tt := range tests {
		if got := OpensWithReference(tt.sentence); got != tt.want {
			t.Errorf("OpensWithReference(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
