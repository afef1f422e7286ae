module example.com/late-binding

go 1.21
