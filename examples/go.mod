module example.com/captureguard-examples

go 1.21
