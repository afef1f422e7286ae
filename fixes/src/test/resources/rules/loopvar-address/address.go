package address

import (
	"fmt"
	"sync"
)

type item struct{ name string }

type worker struct{ id int }

func (w *worker) Run(wg *sync.WaitGroup) { defer wg.Done(); fmt.Println(w.id) }

func (w worker) Show() { fmt.Println(w.id) }

// The classic: every pointer points at the one shared variable (all "c" before Go 1.22).
func collectPointers(items []item) []*item {
	var out []*item
	for _, it := range items {
		out = append(out, &it) // want loopvar-address
	}
	return out
}

func storeInAMap(items []item) map[string]*item {
	byName := map[string]*item{}
	for _, it := range items {
		byName[it.name] = &it // want loopvar-address
	}
	return byName
}

var last *item

func storeInAPackageVariable(items []item) {
	for _, it := range items {
		last = &it // want loopvar-address
	}
}

func sendOnAChannel(items []item, ch chan<- *item) {
	for _, it := range items {
		ch <- &it // want loopvar-address
	}
}

func insideACompositeLiteral(items []item) []struct{ p *item } {
	var out []struct{ p *item }
	for _, it := range items {
		out = append(out, struct{ p *item }{p: &it}) // want loopvar-address
	}
	return out
}

func addressOfAField(items []item) []*string {
	var out []*string
	for _, it := range items {
		out = append(out, &it.name) // want loopvar-address
	}
	return out
}

func handedToAGoroutine(items []item, wg *sync.WaitGroup) {
	for _, it := range items {
		wg.Add(1)
		go show(&it, wg) // want loopvar-address
	}
}

func show(it *item, wg *sync.WaitGroup) { defer wg.Done(); fmt.Println(it.name) }

// go w.Run() saves &w: each goroutine may see a later worker.
func pointerReceiverMethod(workers []worker) {
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Add(1)
		go w.Run(&wg) // want loopvar-address
	}
	wg.Wait()
}

// Not findings: a value receiver copies w at the go statement.
func valueReceiverMethod(workers []worker) {
	for _, w := range workers {
		go w.Show()
	}
}

// Not a finding: an ordinary call that does not keep the pointer.
func passedToAnOrdinaryCall(items []item) {
	for _, it := range items {
		fmt.Println(&it)
		describe(&it)
	}
}

func describe(it *item) string { return it.name }

// Not a finding: the pointer stays in a variable of the iteration.
func keptInTheIteration(items []item) {
	for _, it := range items {
		p := &it
		fmt.Println(p.name)
	}
}

// Not a finding: the copy is per iteration.
func copiedFirst(items []item) []*item {
	var out []*item
	for _, it := range items {
		it := it
		out = append(out, &it)
	}
	return out
}

// Not a finding: indexing the slice gives each element's own address.
func indexTheSlice(items []item) []*item {
	var out []*item
	for i := range items {
		out = append(out, &items[i])
	}
	return out
}

// Three-clause: the copy is withheld because the body writes i, so there is no fix.
func threeClauseWithWrite(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		out = append(out, &i) // want loopvar-address
		i++
	}
	return out
}

// Not a finding: the loop ends right after the pointer is kept, so no iteration overwrites it.
func firstMatch(items []item, name string) *item {
	var found *item
	for _, it := range items {
		if it.name == name {
			found = &it
			break
		}
	}
	return found
}

// Not a finding: it is a pointer, so &it.name points into the element, not into it.
func fieldsThroughAPointer(items []*item) []*string {
	var out []*string
	for _, it := range items {
		out = append(out, &it.name)
	}
	return out
}
