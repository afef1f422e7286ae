package s

func Ignored(items []int, out chan<- int) {
	for _, it := range items {
		go func() { out <- it }() //captureguard:ignore loopvar-capture the caller sends one item
	}
}

//captureguard:ignore late-binding
func Nothing() {}
