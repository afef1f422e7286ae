//go:build go1.22

package examples

import "sync"

// RunAllModern is RunAll in a file that asks for Go 1.22: each iteration has its own job, so
// the goroutine is correct and the copy left over from older Go does nothing.
func RunAllModern(jobs []Job) []Result {
	out := make([]Result, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		job := job
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = job.Process()
		}()
	}
	wg.Wait()
	return out
}

// Node links jobs into a list.
type Node struct {
	Job  Job
	Next *Node
}

// VisitAll walks the list with n declared before the loop and assigned by its header with =:
// one variable for all iterations, in every Go version.
func VisitAll(head *Node, visit func(Job)) {
	var wg sync.WaitGroup
	var n *Node
	for n = head; n != nil; n = n.Next {
		wg.Add(1)
		go func() {
			defer wg.Done()
			visit(n.Job)
		}()
	}
	wg.Wait()
}
