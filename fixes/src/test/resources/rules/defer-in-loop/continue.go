package loops

import (
	"fmt"
	"os"
)

// continue of this loop becomes return in the literal; the inner loop's continue stays.
func continueBecomesReturn(paths []string) {
	for _, p := range paths {
		if p == "" {
			continue
		}
		for i := 0; i < 2; i++ {
			if i == 0 {
				continue
			}
		}
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		defer f.Close() // want defer-in-loop "runs when `[a-zA-Z]*` returns, not at the end of the iteration"
		fmt.Println(f.Name())
	}
}
