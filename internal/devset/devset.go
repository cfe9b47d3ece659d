// Package devset reads the development stories that scripts/eval and
// scripts/bench run on: JSON lines with the fields id, article and highlights
// (the CNN/DailyMail layout described in ../shared/data/README.md), or
// summary in place of highlights (the Inshorts layout), or articles in place
// of article (the Multi-News layout).
package devset

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// DefaultPath is the development set, relative to the repository root
// (shared/ sits beside the repository). A test in scripts/NAME joins it onto
// "../.." to reach the root first.
const DefaultPath = "../shared/data/cnndm_validation_500.jsonl"

// Story is one development story.
type Story struct {
	ID      string `json:"id"`
	Article string `json:"article"`
	// Highlights is the human-written reference summary, one sentence a line.
	Highlights string `json:"highlights"`
	// Summary is the reference of a set written as one paragraph
	// (Inshorts); Read moves it into Highlights when those are empty.
	Summary string `json:"summary"`
	// Articles are a cluster's articles, given apart (Multi-News); Article
	// is then empty.
	Articles []string `json:"articles"`
}

// Load reads the stories in the JSON-lines file at path; see Read.
func Load(path string, limit int) ([]Story, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("devset: %w", err)
	}
	defer f.Close()
	return Read(f, limit)
}

// Read decodes a stream of JSON objects, one story each, and returns them in
// order; limit, when above 0, stops after that many stories. A stream with no
// story in it, or a story with no article, is an error.
func Read(r io.Reader, limit int) ([]Story, error) {
	dec := json.NewDecoder(r)
	var stories []Story
	for limit <= 0 || len(stories) < limit {
		var s Story
		err := dec.Decode(&s)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("devset: story %d: %w", len(stories)+1, err)
		}
		if s.Highlights == "" {
			s.Highlights = s.Summary
		}
		if s.Article == "" && len(s.Articles) == 0 {
			return nil, fmt.Errorf("devset: story %d (%q): no article", len(stories)+1, s.ID)
		}
		stories = append(stories, s)
	}
	if len(stories) == 0 {
		return nil, errors.New("devset: no stories")
	}
	return stories, nil
}
