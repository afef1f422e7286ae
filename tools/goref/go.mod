module captureguard.io/tools/goref

go 1.22
