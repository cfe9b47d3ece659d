package devset

import (
	"errors"
	"flag"
	"fmt"
)

// Flags are the flags every command over the development set takes:
// -data (the stories), -n (digest length) and -limit (first K stories).
type Flags struct {
	Data  string
	N     int
	Limit int
	set   *flag.FlagSet
}

// NewFlags defines the flags on fs; dataPath is the default of -data.
func NewFlags(fs *flag.FlagSet, dataPath string) *Flags {
	f := &Flags{set: fs}
	fs.StringVar(&f.Data, "data", dataPath, "JSON-lines file of stories with id, article and highlights")
	fs.IntVar(&f.N, "n", 3, "digest length in sentences")
	fs.IntVar(&f.Limit, "limit", 0, "use only the first K stories (0: all)")
	return f
}

// Parse parses args, checks the flags and loads the stories they name. On
// failure it prints why to the flag set's output and returns ok false with
// the status the command should exit with: 0 after -help, 2 for bad flags,
// 1 when the stories cannot be read.
func (f *Flags) Parse(args []string) (stories []Story, status int, ok bool) {
	name, out := f.set.Name(), f.set.Output()
	if err := f.set.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, 0, false
		}
		return nil, 2, false
	}
	if f.N < 1 || f.Limit < 0 || f.set.NArg() > 0 {
		fmt.Fprintf(out, "%s: -n must be at least 1, -limit at least 0, and no arguments follow the flags\n", name)
		return nil, 2, false
	}
	stories, err := Load(f.Data, f.Limit)
	if err != nil {
		fmt.Fprintf(out, "%s: %v\n", name, err)
		return nil, 1, false
	}
	return stories, 0, true
}
