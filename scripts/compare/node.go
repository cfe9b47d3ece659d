package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// nodeSystems lists the npm summarizers that node/summarize.js runs, with
// the versions pinned in node/package-lock.json.
var nodeSystems = []struct{ name, note string }{
	{"lexrank", "npm lexrank 1.0.5, summarize(text, n)"},
	{"ts-textrank", "npm ts-textrank 1.0.3, Sørensen–Dice, damping 0.85, n sentences, English stop words"},
	{"node-summarizer", "npm node-summarizer 1.0.7, getSummaryByFrequency"},
}

// nodeRequest and nodeReply are one exchange with node/summarize.js, one
// JSON line each way.
type (
	nodeRequest struct {
		Article string `json:"article"`
		N       int    `json:"n"`
	}
	nodeReply struct {
		Sentences []string `json:"sentences"`
		Error     string   `json:"error"`
	}
)

// nodeProcess is a running `node summarize.js NAME`, which digests one
// article per request.
type nodeProcess struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	enc *json.Encoder
	dec *json.Decoder
}

// startNode starts dir/summarize.js for the system name. dir must hold
// node_modules (npm ci --prefix dir).
func startNode(ctx context.Context, dir, name string) (*nodeProcess, error) {
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err != nil {
		return nil, fmt.Errorf("node: %w (run npm ci --prefix %s)", err, dir)
	}
	cmd := exec.CommandContext(ctx, "node", filepath.Join(dir, "summarize.js"), name)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	return &nodeProcess{cmd: cmd, in: in, enc: json.NewEncoder(in), dec: json.NewDecoder(bufio.NewReader(out))}, nil
}

// digest sends one article and reads the digest back.
func (p *nodeProcess) digest(article string, n int) ([]string, error) {
	if err := p.enc.Encode(nodeRequest{Article: article, N: n}); err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	var r nodeReply
	if err := p.dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	if r.Error != "" {
		return nil, errors.New(r.Error)
	}
	return trimmed(r.Sentences), nil
}

// close ends the process by closing its input and waits for it.
func (p *nodeProcess) close() error {
	return errors.Join(p.in.Close(), p.cmd.Wait())
}

// startNodeSystems starts one process per npm summarizer; on an error it
// stops those already started.
func startNodeSystems(ctx context.Context, dir string) ([]system, error) {
	var out []system
	for _, s := range nodeSystems {
		p, err := startNode(ctx, dir, s.name)
		if err != nil {
			for _, started := range out {
				started.close()
			}
			return nil, err
		}
		out = append(out, system{name: s.name, note: s.note, digest: p.digest, close: p.close})
	}
	return out, nil
}
