package clean

import "fmt"

// Print passes the name as an argument: the goroutine gets its own copy.
func Print(names []string) {
	for _, name := range names {
		go fmt.Println(name)
	}
}
