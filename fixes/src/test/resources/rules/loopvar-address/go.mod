module example.com/loopvar-address

go 1.21
