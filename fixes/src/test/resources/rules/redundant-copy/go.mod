module example.com/redundant

go 1.22
