package main

import "fmt"

// Go 1.21 prints "i = 3" three times; Go 1.22 prints 2, 1, 0.
func main() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("i =", i) }()
	}
}
