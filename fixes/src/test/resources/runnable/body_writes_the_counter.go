package main

import "fmt"

// The body steps i itself, so the copy is withheld and the parameter form is the cure:
// Go 1.22 prints 5 3 1, Go 1.21 prints 6 6 6.
func main() {
	for i := 0; i < 6; i++ {
		i++
		defer func() { fmt.Print(i, " ") }()
	}
	defer fmt.Println()
}
