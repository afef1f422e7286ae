package cli

import "fmt"

// Print starts one goroutine per name; before Go 1.22 they all share one name variable.
func Print(names []string, done chan<- bool) {
	for _, name := range names {
		go func() {
			fmt.Println(name)
			done <- true
		}()
	}
}
