// Package examples is a small module to try captureguard on: ordinary Go with a few
// closure-capture hazards, each next to similar code that is correct. README.md says which
// lines captureguard reports and why.
package examples

import "sync"

// Job is one unit of work; Result is what a worker makes of it.
type Job struct{ ID, Input string }
type Result string

// Process does the work of a job.
func (j Job) Process() Result { return Result(j.ID + ":" + j.Input) }

// RunAll starts a goroutine per job. This module is at go 1.21, so every goroutine reads the
// one job variable of the loop and most of them process the last job.
func RunAll(jobs []Job) <-chan Result {
	results := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for _, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- job.Process()
		}()
	}
	wg.Wait()
	close(results)
	return results
}

// RunAllInOrder gives each iteration its own job (the copy) and each goroutine its own index
// (the parameter, evaluated by the go statement): both cures of older Go.
func RunAllInOrder(jobs []Job) []Result {
	out := make([]Result, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		job := job
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = job.Process()
		}(i)
	}
	wg.Wait()
	return out
}

// Worker drains a queue and counts what it did.
type Worker struct{ Done int }

// Run processes jobs until the queue is closed.
func (w *Worker) Run(queue <-chan Job, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range queue {
		j.Process()
		w.Done++
	}
}

// StartWorkers means to run every worker, but `go w.Run` takes the address of the loop
// variable: the goroutines share one copy of a Worker. `go workers[i].Run(queue, &wg)` would
// run the workers of the slice itself.
func StartWorkers(workers []Worker, queue <-chan Job) {
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Add(1)
		go w.Run(queue, &wg)
	}
	wg.Wait()
}

// Retries collects the jobs to run again; before Go 1.22 every pointer is &job, the last one.
func Retries(jobs []Job, failed func(Job) bool) []*Job {
	var again []*Job
	for _, job := range jobs {
		if failed(job) {
			again = append(again, &job)
		}
	}
	return again
}
