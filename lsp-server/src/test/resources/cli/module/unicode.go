package cli

import "fmt"

// Greet's goroutines share word; the line holds multi-byte text before the finding.
func Greet(words []string) {
	for _, word := range words {
		go func() { fmt.Println("héllo, wörld", word) }()
	}
}
