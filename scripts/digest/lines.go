package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// maxLineBytes bounds a -batch line: room for the largest page
// (summarize.MaxPageBytes) as a JSON string, where \uXXXX escapes can
// triple it (a two-byte character written as six).
const maxLineBytes = 3*(16<<20) + 64<<10

// lineReader reads lines ended by "\n", "\r\n" or a lone "\r", as files
// from any system end them, keeping at most max bytes of each.
type lineReader struct {
	br  *bufio.Reader
	max int
	cr  bool // the last line ended in "\r": a "\n" after it ends nothing
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 1<<20), max: max}
}

// next returns the next line without its ending, and whether it was longer
// than max, when line holds only its first max bytes and the rest was read
// past. A last line without an ending comes with a nil error, and io.EOF
// with the call after it. A "\r" ends its line at once, so that a writer
// who ends lines so gets each answer without waiting for more input; a
// "\n" right after it is dropped when the next line is read.
func (r *lineReader) next() (line []byte, long bool, err error) {
	if r.cr {
		r.cr = false
		if b, err := r.br.Peek(1); err == nil && b[0] == '\n' {
			r.br.Discard(1)
		}
	}
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
		r.cr = buf[end] == '\r'
		r.br.Discard(end + 1)
		return line, long, nil
	}
}
