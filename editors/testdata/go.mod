module example.com/editors

go 1.21
