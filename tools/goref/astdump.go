package main

import (
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// canonicalNodes lists the nodes of a file that captureguard's syntax tree also has, as
// "start end Kind" lines with UTF-16 offsets, sorted as strings.
func canonicalNodes(path string) ([]string, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	utf16 := utf16Offsets(src)
	tf := fset.File(file.Pos())
	off := func(p token.Pos) int { return utf16[tf.Offset(p)] }
	var lines []string
	emit := func(kind string, n ast.Node) {
		lines = append(lines, fmt.Sprintf("%d %d %s", off(n.Pos()), off(n.End()), kind))
	}
	for _, group := range file.Comments {
		for _, c := range group.List {
			emit("Comment", c)
		}
	}
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		var parent ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		if kind := kindOf(n, parent); kind != "" {
			emit(kind, n)
		}
		return true
	})
	sort.Strings(lines)
	return lines, nil
}

// kindOf names a node as captureguard's tree does, or "" for nodes it does not have.
func kindOf(n, parent ast.Node) string {
	switch n := n.(type) {
	case *ast.File, *ast.FieldList, *ast.CommentGroup, *ast.Comment, *ast.EmptyStmt,
		*ast.BadExpr, *ast.BadStmt, *ast.BadDecl:
		return ""
	case *ast.BlockStmt:
		switch parent.(type) {
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			return "" // captureguard keeps the clauses directly
		}
		return "Block"
	case *ast.IndexListExpr:
		return "Index"
	case *ast.AssignStmt:
		return "Assign" + n.Tok.String()
	}
	name := strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast.")
	switch {
	case name == "DeclStmt" || name == "ExprStmt":
		return name
	case strings.HasSuffix(name, "Stmt"):
		return strings.TrimSuffix(name, "Stmt")
	case strings.HasSuffix(name, "Expr"):
		return strings.TrimSuffix(name, "Expr")
	}
	return name
}

// utf16Offsets maps every byte offset of src (and len(src)) to a UTF-16 offset.
func utf16Offsets(src []byte) []int {
	out := make([]int, len(src)+1)
	units := 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		for j := 0; j < size; j++ {
			out[i+j] = units
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	out[len(src)] = units
	return out
}

func astDump(path string, w io.Writer) error {
	lines, err := canonicalNodes(path)
	if err != nil {
		return err
	}
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	return nil
}

func astHash(root string, w io.Writer) error {
	return walkGoFiles(root, func(path, rel string) {
		lines, err := canonicalNodes(path)
		if err != nil {
			fmt.Fprintf(w, "%s error %q\n", rel, err.Error())
			return
		}
		sum := sha256.Sum256([]byte(strings.Join(lines, "\n")))
		fmt.Fprintf(w, "%s %x %d\n", rel, sum, len(lines))
	})
}

// walkGoFiles calls fn for every .go file under root outside testdata folders, in lexical order.
func walkGoFiles(root string, fn func(path, rel string)) error {
	return walkFiles(root, false, fn)
}

// walkFiles calls fn for every .go file under root, testdata folders included when asked.
func walkFiles(root string, withTestdata bool, fn func(path, rel string)) error {
	root, err := filepath.EvalSymlinks(root)
	if err != nil {
		return err
	}
	return filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" && !withTestdata {
			return filepath.SkipDir
		}
		if !d.IsDir() && d.Type().IsRegular() && strings.HasSuffix(path, ".go") {
			rel, _ := filepath.Rel(root, path)
			fn(path, filepath.ToSlash(rel))
		}
		return nil
	})
}

// syntaxCheck prints, for every .go file under root (testdata included), whether go/parser
// accepts it: "relpath ok" or "relpath error LINE:COL".
func syntaxCheck(root string, w io.Writer) error {
	return walkFiles(root, true, func(path, rel string) {
		src, err := os.ReadFile(path)
		if err != nil {
			return
		}
		fset := token.NewFileSet()
		_, err = parser.ParseFile(fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
		if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
			fmt.Fprintf(w, "%s error %d:%d\n", rel, list[0].Pos.Line, list[0].Pos.Column)
		} else if err != nil {
			fmt.Fprintf(w, "%s error 0:0\n", rel)
		} else {
			fmt.Fprintf(w, "%s ok\n", rel)
		}
	})
}
