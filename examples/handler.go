package examples

import (
	"log"
	"sync"
	"time"
)

// Request and Response stand in for net/http's, so that the module starts no server.
type Request struct{ Method, Path string }
type Response struct{ Status int }

// Metrics counts responses per status; handlers record on a goroutine to answer sooner.
type Metrics struct {
	mu     sync.Mutex
	counts [600]int
}

// Record counts one response.
func (m *Metrics) Record(status int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.counts[status]++
}

// Handler answers requests and logs how long each took.
type Handler struct {
	Log     *log.Logger
	Metrics *Metrics
}

// Serve logs a duration measured when the defer statement runs (about zero), and its goroutine
// races with the write of status below: it may record 200 for a request answered with 400.
func (h *Handler) Serve(req Request) Response {
	start := time.Now()
	defer h.Log.Printf("%s %s took %v", req.Method, req.Path, time.Since(start))
	status := 200
	go func() { h.Metrics.Record(status) }()
	if req.Path == "" {
		status = 400
	}
	return Response{Status: status}
}

// ServeMeasured measures at exit and records the final status.
func (h *Handler) ServeMeasured(req Request) (resp Response) {
	defer trace(h.Log, req.Path)()
	start := time.Now()
	defer func() {
		h.Log.Printf("%s %s -> %d in %v", req.Method, req.Path, resp.Status, time.Since(start))
	}()
	resp = Response{Status: 200}
	if req.Path == "" {
		resp.Status = 400
	}
	go h.Metrics.Record(resp.Status)
	return resp
}

// trace logs the time between its call and the call of the function it returns.
func trace(l *log.Logger, name string) func() {
	start := time.Now()
	return func() { l.Printf("%s done in %v", name, time.Since(start)) }
}
