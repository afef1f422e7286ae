package main

import "fmt"

func main() {
	var printers []func()
	for _, word := range []string{"red", "green", "blue"} {
		printers = append(printers, func() { fmt.Println(word) })
	}
	for _, p := range printers {
		p()
	}
}
