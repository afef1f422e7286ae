package main

import "fmt"

// Nothing to flag: the scripts must fail on this file, since no diagnostic comes.
func main() {
	for _, name := range []string{"a", "b", "c"} {
		fmt.Println(name)
	}
}
