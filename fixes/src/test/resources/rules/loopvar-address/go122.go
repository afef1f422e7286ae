//go:build go1.22

package address

// Go 1.22: each iteration has its own it, so the pointers differ.
func collectPointers122(items []item) []*item {
	var out []*item
	for _, it := range items {
		out = append(out, &it)
	}
	return out
}

// But a variable the header assigns with = is shared in every version.
func assignedWithEquals(items []item) []*item {
	var out []*item
	var it item
	for _, it = range items {
		out = append(out, &it) // want loopvar-address
	}
	return out
}
