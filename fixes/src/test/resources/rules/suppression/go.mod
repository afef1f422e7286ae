module example.com/suppression

go 1.21
