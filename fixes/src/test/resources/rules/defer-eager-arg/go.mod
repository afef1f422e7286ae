module example.com/defer-eager-arg

go 1.21
