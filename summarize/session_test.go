package summarize

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

// TestSessionMatchesSummarize runs a person's edits through one Session:
// each digest must be the one Summarize gives, and only articles that are
// new at their place may be read again.
func TestSessionMatchesSummarize(t *testing.T) {
	const other = "Harbor Town Votes on Ferry\n\nThe council of Harbor Town voted on Tuesday to buy two electric ferries. " +
		"The ferries will replace diesel boats that are forty years old. " +
		"Each ferry carries 300 passengers and charges in ten minutes at the pier."
	edited := other + " Service starts next spring."
	steps := []struct {
		name      string
		articles  []string
		opts      Options
		wantReads int
	}{
		{"first paste", []string{fiveFacts}, Options{}, 1},
		{"fewer sentences", []string{fiveFacts}, Options{MaxSentences: 2}, 0},
		{"a word budget", []string{fiveFacts}, Options{MaxWords: 20}, 0},
		{"a second article", []string{fiveFacts, other}, Options{}, 1},
		{"the two swapped", []string{other, fiveFacts}, Options{}, 2},
		{"the first edited", []string{edited, fiveFacts}, Options{MaxSentences: 3}, 1},
		{"the same again", []string{edited, fiveFacts}, Options{Ratio: 0.5}, 0},
	}
	var s Session
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			before := s.reads
			got, err := s.Summarize(context.Background(), step.articles, step.opts)
			if err != nil {
				t.Fatal(err)
			}
			if reads := s.reads - before; reads != step.wantReads {
				t.Errorf("read %d articles, want %d", reads, step.wantReads)
			}
			want, err := Summarize(context.Background(), step.articles, step.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Session.Summarize = %+v\nwant Summarize's %+v", got, want)
			}
		})
	}
}

func TestSessionErrors(t *testing.T) {
	var s Session
	if _, err := s.Summarize(context.Background(), []string{fiveFacts}, Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Summarize(context.Background(), []string{" \n"}, Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("blank input: error = %v, want ErrEmpty", err)
	}
	if _, err := s.Summarize(context.Background(), []string{fiveFacts}, Options{MaxSentences: -1}); !errors.Is(err, ErrOptions) {
		t.Errorf("negative length: error = %v, want ErrOptions", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Summarize(ctx, []string{fiveFacts}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error = %v, want context.Canceled", err)
	}
	before := s.reads
	d, err := s.Summarize(context.Background(), []string{fiveFacts}, Options{MaxSentences: 2})
	if err != nil || len(d.Picked) != 2 {
		t.Fatalf("after the errors: %v, %v; want a digest of 2 sentences", d, err)
	}
	if s.reads != before {
		t.Errorf("after failed requests the article was read again; want it kept from the first request")
	}
}

// TestSessionOwnsItsCache changes everything a digest holds, then asks
// again: what the Session kept must not have changed with it.
func TestSessionOwnsItsCache(t *testing.T) {
	var s Session
	articles := []string{"Chef Ana RuizAna Ruiz opened a café.\n\n" + fiveFacts}
	d, err := s.Summarize(context.Background(), articles, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Excluded) == 0 {
		t.Fatal("want an excluded stretch to change")
	}
	for i := range d.Sentences {
		d.Sentences[i] = Sentence{Text: "changed", Start: -1, End: -1}
	}
	d.Excluded[0] = Excluded{Text: "changed"}
	d.Articles[0].Title = "changed"
	got, err := s.Summarize(context.Background(), articles, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := Summarize(context.Background(), articles, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after changing a digest, Session.Summarize = %+v\nwant %+v", got, want)
	}
}
