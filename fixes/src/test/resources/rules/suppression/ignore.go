package ignore

import "fmt"

func suppressedWithAReason(xs []int) {
	for _, x := range xs {
		//captureguard:ignore loopvar-capture the goroutines only log, any value will do
		go func() { fmt.Println(x) }()
	}
}

func suppressedOnTheSameLine(xs []int) {
	for _, x := range xs {
		go func() { fmt.Println(x) }() //captureguard:ignore loopvar-capture logging only
	}
}

func nolintIsHonoured(xs []int) {
	for _, x := range xs {
		go func() { fmt.Println(x) }() //nolint
	}
}

func withoutAReason(xs []int) {
	for _, x := range xs {
		go func() { fmt.Println(x) }() //captureguard:ignore loopvar-capture
		// want:above suppression
	}
}

func suppressesNothing(xs []int) {
	for _, x := range xs {
		//captureguard:ignore loopvar-capture nothing here to suppress // want suppression
		fmt.Println(x)
	}
}

func unknownRule(xs []int) {
	for _, x := range xs {
		go func() { fmt.Println(x) }() //captureguard:ignore no-such-rule because // want loopvar-capture suppression
	}
}

func otherRuleNotSuppressed(xs []int) {
	for _, x := range xs {
		//captureguard:ignore defer-in-loop not this one // want suppression
		go func() { fmt.Println(x) }() // want loopvar-capture
	}
}
