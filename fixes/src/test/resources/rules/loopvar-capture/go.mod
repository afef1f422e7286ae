module example.com/capture

go 1.21

require golang.org/x/sync v0.0.0

// A local stand-in, so that the testdata builds offline.
replace golang.org/x/sync => ./xsync
