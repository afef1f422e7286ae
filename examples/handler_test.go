package examples

import (
	"io"
	"log"
	"testing"
)

func TestServeStatus(t *testing.T) {
	h := &Handler{Log: log.New(io.Discard, "", 0), Metrics: &Metrics{}}
	cases := []struct {
		path string
		want int
	}{{"/ok", 200}, {"", 400}}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			t.Parallel()
			resp := h.ServeMeasured(Request{Method: "GET", Path: tc.path})
			if resp.Status != tc.want {
				t.Errorf("status = %d", resp.Status)
			}
		})
	}
}

func TestTraceReturnsAFunction(t *testing.T) {
	for _, name := range []string{"a", "b"} {
		t.Run(name, func(t *testing.T) {
			if trace(log.New(io.Discard, "", 0), name) == nil {
				t.Fatal("trace returned nil")
			}
		})
	}
}
