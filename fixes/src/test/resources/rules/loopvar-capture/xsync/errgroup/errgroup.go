// Package errgroup is a stand-in with the shape of golang.org/x/sync/errgroup, so that this
// testdata builds offline (the rule only cares about the method names Go and TryGo).
package errgroup

import (
	"context"
	"sync"
)

type Group struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	err error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			if g.err == nil {
				g.err = err
			}
			g.mu.Unlock()
		}
	}()
}

func (g *Group) TryGo(f func() error) bool {
	g.Go(f)
	return true
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	return &Group{}, ctx
}
