// Code generated for the captureguard examples, standing in for a generator's output. DO NOT EDIT.

package examples

// generatedCleanups would be flagged (loopvar-capture at go 1.21) in a hand-written file;
// captureguard skips generated files unless asked to check them.
func generatedCleanups(names []string) {
	for _, name := range names {
		defer func() { println("cleanup", name) }()
	}
}
