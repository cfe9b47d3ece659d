package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// maxLineBytes bounds a -batch line: room for the largest page
// (summarize.MaxPageBytes) as a JSON string, where escaping can double it.
const maxLineBytes = 2*(16<<20) + 64<<10

// lineReader reads lines ended by "\n", "\r\n" or a lone "\r", as files
// from any system end them, keeping at most max bytes of each.
type lineReader struct {
	br  *bufio.Reader
	max int
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{bufio.NewReaderSize(r, 1<<20), max}
}

// next returns the next line without its ending, and whether it was longer
// than max, when line holds only its first max bytes and the rest was read
// past. At the end of the input it returns io.EOF, with the last line if it
// had no ending.
func (r *lineReader) next() (line []byte, long bool, err error) {
	read := false // whether any byte of this line was read
	for {
		buf, err := r.br.Peek(max(1, r.br.Buffered()))
		if len(buf) == 0 {
			if errors.Is(err, io.EOF) && read {
				return line, long, nil // the last line, without an ending
			}
			return nil, false, err
		}
		read = true
		end := bytes.IndexAny(buf, "\r\n")
		part := buf
		if end >= 0 {
			part = buf[:end]
		}
		if room := r.max - len(line); len(part) > room {
			part, long = part[:room], true
		}
		line = append(line, part...)
		if end < 0 {
			r.br.Discard(len(buf))
			continue
		}
		r.br.Discard(end + 1)
		if buf[end] == '\r' {
			if next, _ := r.br.Peek(1); len(next) == 1 && next[0] == '\n' {
				r.br.Discard(1)
			}
		}
		return line, long, nil
	}
}
