package u

// Report's goroutine may see 200 or 400: it reads status while Report writes it.
func Report(record func(int)) int {
	status := 200
	go func() { record(status) }()
	status = 400
	return status
}
