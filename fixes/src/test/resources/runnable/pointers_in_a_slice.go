package main

import "fmt"

type job struct{ id int }

func main() {
	var queue []*job
	for _, j := range []job{{1}, {2}, {3}} {
		queue = append(queue, &j)
	}
	for _, j := range queue {
		fmt.Println("job", j.id)
	}
}
