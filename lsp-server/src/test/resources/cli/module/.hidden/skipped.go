package hidden

func Spawn(items []int, out chan<- int) {
	for _, it := range items {
		go func() { out <- it }()
	}
}
