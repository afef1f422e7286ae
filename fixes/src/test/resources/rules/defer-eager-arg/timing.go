package timing

import (
	"fmt"
	"log"
	"time"
)

// time.Since(start) is evaluated at the defer: it logs a few nanoseconds.
func handler() {
	start := time.Now()
	defer log.Printf("handler took %v", time.Since(start)) // want defer-eager-arg
	time.Sleep(10 * time.Millisecond)
}

func nowAsAnArgument() {
	defer fmt.Println("finished at", time.Now()) // want defer-eager-arg
	work()
}

// Inside a nested expression of an argument.
func nested() {
	start := time.Now()
	defer log.Println("took", time.Since(start).Seconds()) // want defer-eager-arg
	work()
}

// In the receiver chain: the receiver is evaluated at the defer too.
type recorder struct{}

func (recorder) Observe() {}

func observe(d time.Duration) recorder { return recorder{} }

func receiverChain() {
	start := time.Now()
	defer observe(time.Since(start)).Observe() // want defer-eager-arg
	work()
}

// No fix: start is written after the defer, so the literal would read the new value.
func startMovesLater() {
	start := time.Now()
	defer log.Println("took", time.Since(start)) // want defer-eager-arg
	start = time.Now()
	work()
}

// Not a finding: the idiom that measures on purpose at the defer.
func trace(name string) func() {
	start := time.Now()
	return func() { log.Println(name, time.Since(start)) }
}

func traced() {
	defer trace("traced")()
	work()
}

// Not a finding: already wrapped.
func wrapped() {
	start := time.Now()
	defer func() { log.Println("took", time.Since(start)) }()
	work()
}

// Not a finding: plain values.
func plainValues() {
	start := time.Now()
	defer log.Println("started at", start)
	work()
}

func work() { time.Sleep(time.Millisecond) }

// Not findings: time.Now() handed over as the start time, to be compared at exit.
func startTimeIdiom() {
	defer func(start time.Time) { log.Println("took", time.Since(start)) }(time.Now())
	defer warnIfSlow("startTimeIdiom", time.Now())
	work()
}

func warnIfSlow(name string, start time.Time) {
	if time.Since(start) > time.Second {
		log.Println(name, "was slow")
	}
}

// But time.Since as an argument of a literal is measured at the defer.
func sinceIntoALiteral() {
	start := time.Now()
	defer func(d time.Duration) { log.Println("took", d) }(time.Since(start)) // want defer-eager-arg
	work()
}
