package main

import "fmt"

type job struct{ id int }

func (j *job) report() { fmt.Println("job", j.id) }

func main() {
	for _, j := range []job{{1}, {2}, {3}} {
		defer j.report()
	}
}
