package devset

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	two := `{"id": "a", "article": "One. Two.", "highlights": "One."}
{"id": "b", "article": "Three.", "highlights": "Three.\nFour."}
`
	tests := []struct {
		name    string
		in      string
		limit   int
		want    []Story
		wantErr string
	}{
		{"two stories", two, 0, []Story{
			{ID: "a", Article: "One. Two.", Highlights: "One."},
			{ID: "b", Article: "Three.", Highlights: "Three.\nFour."},
		}, ""},
		{"limit", two, 1, []Story{{ID: "a", Article: "One. Two.", Highlights: "One."}}, ""},
		{"extra fields and blank lines", `{"id": "c", "source": "cnn", "article": "Five."}` + "\n\n", 0,
			[]Story{{ID: "c", Article: "Five."}}, ""},
		{"an Inshorts summary as the reference", `{"id": "i", "outlet": "x", "article": "Six.", "summary": "Six happened."}`, 0,
			[]Story{{ID: "i", Article: "Six.", Highlights: "Six happened.", Summary: "Six happened."}}, ""},
		{"empty", "", 0, nil, "devset: no stories"},
		{"broken json", `{"id": "a", "article": "One.", "highlights": "One."}` + "\n{\"id\": ", 0, nil, "devset: story 2: unexpected EOF"},
		{"no article", `{"id": "x", "highlights": "h"}`, 0, nil, `devset: story 1 ("x"): no article`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tt.in), tt.limit)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Read(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Read(%q) error = %v", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Read(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stories.jsonl")
	if err := os.WriteFile(path, []byte(`{"id": "a", "article": "One."}`), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path, 0)
	if err != nil || len(got) != 1 || got[0].ID != "a" {
		t.Errorf("Load(%q) = %+v, %v, want one story with id a", path, got, err)
	}
	missing := filepath.Join(t.TempDir(), "missing.jsonl")
	if _, err := Load(missing, 0); err == nil || !strings.HasPrefix(err.Error(), "devset: open ") {
		t.Errorf("Load(%q) error = %v, want devset: open …", missing, err)
	}
}
