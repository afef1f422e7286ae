package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"os"
	"time"
)

// parseBench reads every file under root once, then parses all of them n times with go/parser
// (comments kept, no object resolution, as captureguard's parser does) and reports the best pass.
func parseBench(root string, n int, w io.Writer) error {
	var sources [][]byte
	var names []string
	total := 0
	if err := walkGoFiles(root, func(path, rel string) {
		src, err := os.ReadFile(path)
		if err == nil {
			sources = append(sources, src)
			names = append(names, rel)
			total += len(src)
		}
	}); err != nil {
		return err
	}
	best := time.Duration(1 << 62)
	for pass := 0; pass < n; pass++ {
		start := time.Now()
		for i, src := range sources {
			fset := token.NewFileSet()
			parser.ParseFile(fset, names[i], src, parser.ParseComments|parser.SkipObjectResolution)
		}
		if d := time.Since(start); d < best {
			best = d
		}
	}
	mb := float64(total) / 1e6
	fmt.Fprintf(w, "files %d\nbytes %d\nbest_pass_seconds %.3f\nmb_per_second %.1f\n", len(sources), total,
		best.Seconds(), mb/best.Seconds())
	return nil
}
