package summarize

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenSections are the outputs each golden file records, in order.
var goldenSections = []string{"titles", "excluded", "sentences", "duplicates", "digest", "keyterms"}

// goldenOptions are the options of every golden digest.
var goldenOptions = Options{MaxSentences: 3, KeyTerms: true}

// TestGolden digests the input sections of each testdata/*.txtar file and
// compares every stage's dump with the file; -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			articles := goldenInputs(ar)
			if len(articles) == 0 {
				t.Fatal("no input/N sections")
			}
			d, err := Summarize(context.Background(), articles, goldenOptions)
			if err != nil {
				t.Fatalf("Summarize: %v", err)
			}
			if err := checkDigest(articles, goldenOptions, d); err != nil {
				t.Fatal(err)
			}
			got := dumps(articles, d)
			if *update {
				writeGolden(t, file, ar, got)
				return
			}
			for _, name := range goldenSections {
				want, ok := section(ar, name)
				if !ok {
					t.Fatalf("section %q missing; run go test ./summarize -update", name)
				}
				if got[name] != want {
					t.Errorf("%s:\ngot:\n%s\nwant:\n%s", name, got[name], want)
				}
			}
		})
	}
}

// goldenInputs returns the input/0, input/1, … sections as articles.
// txtar ends each section with a newline, which is kept.
func goldenInputs(ar *txtar.Archive) []string {
	var articles []string
	for i := 0; ; i++ {
		s, ok := section(ar, fmt.Sprintf("input/%d", i))
		if !ok {
			return articles
		}
		articles = append(articles, s)
	}
}

func section(ar *txtar.Archive, name string) (string, bool) {
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// dumps renders each stage of d as text, one line per item.
func dumps(articles []string, d *Digest) map[string]string {
	var b [6]bytes.Buffer
	titles, excluded, sentences, duplicates, digest, keyterms := &b[0], &b[1], &b[2], &b[3], &b[4], &b[5]
	for i, a := range d.Articles {
		if a.Title != "" {
			fmt.Fprintf(titles, "%d [%d:%d] %s\n", i, a.TitleStart, a.TitleEnd, a.Title)
		}
	}
	for _, e := range d.Excluded {
		fmt.Fprintf(excluded, "%d [%d:%d] %s: %q\n", e.Article, e.Start, e.End, e.Reason, e.Text)
	}
	for i, s := range d.Sentences {
		fmt.Fprintf(sentences, "%d %d [%d:%d] %s\n", i, s.Article, s.Start, s.End, s.Text)
	}
	for _, x := range d.Duplicates {
		fmt.Fprintf(duplicates, "%d of %d\n", x.Index, x.Of)
	}
	for _, i := range d.Picked {
		fmt.Fprintf(digest, "%d %s\n", i, d.Sentences[i].Text)
	}
	for _, k := range d.KeyTerms {
		fmt.Fprintf(keyterms, "%s\n", k.Text)
	}
	out := map[string]string{}
	for k, name := range goldenSections {
		out[name] = b[k].String()
	}
	return out
}

// writeGolden rewrites file with its comment and inputs and the new dumps.
func writeGolden(t *testing.T, file string, ar *txtar.Archive, got map[string]string) {
	t.Helper()
	out := &txtar.Archive{Comment: ar.Comment}
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "input/") {
			out.Files = append(out.Files, f)
		}
	}
	for _, name := range goldenSections {
		out.Files = append(out.Files, txtar.File{Name: name, Data: []byte(got[name])})
	}
	if err := os.WriteFile(file, txtar.Format(out), 0o644); err != nil {
		t.Fatal(err)
	}
}
