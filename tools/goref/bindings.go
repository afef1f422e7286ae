package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"path/filepath"
	"sort"
)

// bindings prints, for every package under root, one "relpath identOffset declOffset" line per
// identifier that go/types binds to a local variable or parameter: every key of Info.Uses and
// Info.Defs whose object is a *types.Var that is neither a struct field nor declared at package
// level, parameter names of function types without a body left out. declOffset is the offset of
// the variable's declaring identifier, in the same file. Lines are sorted by file, then offset;
// then "! relpath N" lines name the files where go/types left N identifiers unresolved. A summary
// goes to stderr.
func bindings(root string, w io.Writer) error {
	root, err := filepath.EvalSymlinks(root)
	if err != nil {
		return err
	}
	l := newLoader(root)
	out := bufio.NewWriter(w)
	defer out.Flush()
	offs := &offsets{l: l, tables: map[string][]int{}}
	reported, elsewhere, signatureOnly, noParent := 0, 0, 0, 0
	err = l.walkPackages(root, func(dir string, pkgs []*checkedPkg) {
		type line struct {
			file        string
			ident, decl int
		}
		var lines []line
		for _, p := range pkgs {
			sigParams := bodylessParams(p.files)
			add := func(id *ast.Ident, obj types.Object) {
				v, ok := obj.(*types.Var)
				if !ok || id.Name == "_" || !isLocalVar(v) {
					return
				}
				file, at := offs.of(id.Pos())
				declFile, decl := offs.of(v.Pos())
				if declFile != file {
					elsewhere++
					return
				}
				if sigParams[v.Pos()] {
					// Parameter names of func types, interface methods and bodyless functions:
					// nothing can refer to them, so they are no variables anyone uses.
					signatureOnly++
					return
				}
				if v.Parent() == nil {
					noParent++
				}
				lines = append(lines, line{file, at, decl})
			}
			for id, obj := range p.info.Defs {
				add(id, obj)
			}
			for id, obj := range p.info.Uses {
				add(id, obj)
			}
		}
		sort.Slice(lines, func(i, j int) bool {
			if lines[i].file != lines[j].file {
				return lines[i].file < lines[j].file
			}
			return lines[i].ident < lines[j].ident
		})
		for _, ln := range lines {
			fmt.Fprintf(out, "%s %d %d\n", relSlash(root, ln.file), ln.ident, ln.decl)
		}
		reported += len(lines)
	})
	l.printIncomplete(root, out)
	out.Flush()
	extra := []string{
		fmt.Sprintf("identifiers reported: %d", reported),
		fmt.Sprintf("parameter names of function types without a body (interface methods, func types), left out: %d", signatureOnly),
	}
	if noParent > 0 {
		extra = append(extra, fmt.Sprintf("  of which variables with a nil Parent scope: %d", noParent))
	}
	if elsewhere > 0 {
		extra = append(extra, fmt.Sprintf("identifiers NOT reported because the variable is declared in another file: %d", elsewhere))
	}
	l.printSummary(extra...)
	return err
}

// isLocalVar tells whether v is a local variable or parameter: not a field, not package-level.
func isLocalVar(v *types.Var) bool {
	if v.IsField() {
		return false
	}
	s := v.Parent()
	if s == types.Universe {
		return false
	}
	if s != nil && v.Pkg() != nil && s == v.Pkg().Scope() {
		return false
	}
	return true
}

func relSlash(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}

// bodylessParams returns the positions of the parameter and result names of function types
// that have no body: interface methods, func type literals, and bodyless declarations.
func bodylessParams(files []*ast.File) map[token.Pos]bool {
	withBody := map[*ast.FuncType]bool{}
	out := map[token.Pos]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Body != nil {
					withBody[n.Type] = true
				}
			case *ast.FuncLit:
				withBody[n.Type] = true
			case *ast.FuncType:
				if withBody[n] {
					return true
				}
				for _, list := range []*ast.FieldList{n.Params, n.Results} {
					if list == nil {
						continue
					}
					for _, field := range list.List {
						for _, name := range field.Names {
							out[name.Pos()] = true
						}
					}
				}
			}
			return true
		})
	}
	return out
}
