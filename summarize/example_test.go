package summarize_test

import (
	"context"
	"fmt"

	"skim/summarize"
)

func ExampleSummarize() {
	article := "The river burst its banks on Monday and flooded the old town. " +
		"The flood was the highest the town has seen in forty years. " +
		"Volunteers filled sandbags until dawn. " +
		"The mayor said flood damage in the old town would take months to repair. " +
		"The river burst its banks on Monday and flooded the old town."
	d, err := summarize.Summarize(context.Background(), []string{article}, summarize.Options{MaxSentences: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range d.Picked {
		fmt.Println(d.Sentences[i].Text)
	}
	for _, dup := range d.Duplicates {
		fmt.Printf("sentence %d repeats sentence %d\n", dup.Index, dup.Of)
	}
	// Output:
	// The river burst its banks on Monday and flooded the old town.
	// The flood was the highest the town has seen in forty years.
	// sentence 4 repeats sentence 0
}
