package capture

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"
)

func errgroupGo(ctx context.Context, urls []string) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, url := range urls {
		g.Go(func() error {
			return fetch(ctx, url) // want loopvar-capture
		})
	}
	return g.Wait()
}

func fetch(ctx context.Context, url string) error { return nil }

func afterFunc(jobs []string) {
	for _, job := range jobs {
		time.AfterFunc(time.Second, func() { fmt.Println(job) }) // want loopvar-capture
	}
}

func parallelSubtests(t *testing.T, cases []string) {
	for _, tc := range cases {
		t.Run(tc, func(t *testing.T) {
			t.Parallel()
			fmt.Println(tc) // want loopvar-capture
		})
	}
}

// Not a finding: a sequential subtest finishes before the next iteration.
func sequentialSubtests(t *testing.T, cases []string) {
	for _, tc := range cases {
		t.Run(tc, func(t *testing.T) {
			fmt.Println(tc)
		})
	}
}

// Not a finding: the iteration waits for its goroutine.
func waitedInTheIteration(items []int) {
	for _, item := range items {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(item)
		}()
		wg.Wait()
	}
}

// Not a finding: a receive waits for the goroutine's answer.
func receivedInTheIteration(items []int) {
	for _, item := range items {
		done := make(chan int)
		go func() { done <- item * 2 }()
		<-done
	}
}

func runThroughAVariable(items []int) {
	for _, item := range items {
		show := func() { fmt.Println(item) } // want loopvar-capture
		defer show()                         // want defer-in-loop
	}
}

func storedInASliceOutsideTheLoop(items []int) []func() {
	var later []func()
	for _, item := range items {
		later = append(later, func() { fmt.Println(item) }) // want loopvar-capture
	}
	return later
}

func storedInAMapAndSent(items map[string]int, out chan func()) {
	handlers := map[string]func(){}
	for name, n := range items {
		handlers[name] = func() { fmt.Println(n) } // want loopvar-capture
		out <- func() { fmt.Println(name) }        // want loopvar-capture
	}
}

// Not a finding: a slice declared in the body lives only as long as the iteration.
func storedInsideTheIteration(items []int) {
	for _, item := range items {
		var local []func()
		local = append(local, func() { fmt.Println(item) })
		for _, f := range local {
			f()
		}
	}
}

// Not a finding: the copy runs before t.Parallel(), while t.Run still waits for the subtest.
func parallelSubtestsWithACopy(t *testing.T, cases []string) {
	for _, tc := range cases {
		t.Run(tc, func(t *testing.T) {
			tc := tc
			t.Parallel()
			fmt.Println(tc)
		})
	}
}

// Not a finding: a select without default waits for the goroutine's answer.
func selectedInTheIteration(items []int, timeout <-chan time.Time) {
	for _, item := range items {
		done := make(chan int, 1)
		go func() { done <- item }()
		select {
		case <-done:
		case <-timeout:
		}
	}
}
