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
	"strings"
)

// loopTypes prints, for every variable declared by a for statement header under root (the :=
// of a three-clause init, range key and value with :=; blank identifiers excepted), one line
// "relpath declOffset typeString". typeString is the variable's type as the file would write it:
// the package being checked unqualified, an imported package by the name the file imports it
// under, and a package the file does not import as "?name" (the type cannot be written there).
// typeString may contain spaces: it is the rest of the line. Type aliases are kept (gotypesalias=1,
// set in main.go): an alias prints as the name the code uses. Then "! relpath N" lines name the
// files where go/types left N identifiers unresolved. A summary goes to stderr.
func loopTypes(root string, w io.Writer) error {
	root, err := filepath.EvalSymlinks(root)
	if err != nil {
		return err
	}
	l := newLoader(root)
	out := bufio.NewWriter(w)
	defer out.Flush()
	offs := &offsets{l: l, tables: map[string][]int{}}
	reported, unimported, invalid, missing := 0, 0, 0, 0
	err = l.walkPackages(root, func(dir string, pkgs []*checkedPkg) {
		type line struct {
			file string
			decl int
			typ  string
		}
		var lines []line
		for _, p := range pkgs {
			for _, f := range p.files {
				qual := fileQualifier(p, f)
				emit := func(e ast.Expr) {
					id, ok := e.(*ast.Ident)
					if !ok || id.Name == "_" {
						return
					}
					v, ok := p.info.Defs[id].(*types.Var)
					if !ok {
						missing++
						return
					}
					s := types.TypeString(v.Type(), qual)
					if strings.Contains(s, "?") {
						unimported++
					}
					if strings.Contains(s, "invalid type") {
						invalid++
					}
					file, at := offs.of(id.Pos())
					lines = append(lines, line{file, at, s})
				}
				ast.Inspect(f, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.ForStmt:
						if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
							for _, e := range as.Lhs {
								emit(e)
							}
						}
					case *ast.RangeStmt:
						if n.Tok == token.DEFINE {
							if n.Key != nil {
								emit(n.Key)
							}
							if n.Value != nil {
								emit(n.Value)
							}
						}
					}
					return true
				})
			}
		}
		sort.Slice(lines, func(i, j int) bool {
			if lines[i].file != lines[j].file {
				return lines[i].file < lines[j].file
			}
			return lines[i].decl < lines[j].decl
		})
		for _, ln := range lines {
			fmt.Fprintf(out, "%s %d %s\n", relSlash(root, ln.file), ln.decl, ln.typ)
		}
		reported += len(lines)
	})
	l.printIncomplete(root, out)
	out.Flush()
	extra := []string{
		fmt.Sprintf("loop variables reported: %d", reported),
		fmt.Sprintf("  of which with a type naming a package the file does not import (\"?pkg\"): %d", unimported),
		fmt.Sprintf("  of which with an invalid type (\"invalid type\" in typeString): %d", invalid),
	}
	if missing > 0 {
		extra = append(extra, fmt.Sprintf("loop variables without a *types.Var in Defs (not reported): %d", missing))
	}
	l.printSummary(extra...)
	return err
}

// fileQualifier writes packages the way file f of package p refers to them.
func fileQualifier(p *checkedPkg, f *ast.File) types.Qualifier {
	names := map[string]string{} // import path -> name in this file
	for _, spec := range f.Imports {
		var obj types.Object
		if spec.Name != nil {
			obj = p.info.Defs[spec.Name]
		} else {
			obj = p.info.Implicits[spec]
		}
		pn, ok := obj.(*types.PkgName)
		if !ok || pn.Imported() == nil {
			continue
		}
		path := pn.Imported().Path()
		if _, dup := names[path]; dup {
			continue // imported twice: the first name wins
		}
		name := pn.Imported().Name()
		if spec.Name != nil {
			name = spec.Name.Name
		}
		names[path] = name
	}
	self := ""
	if p.pkg != nil {
		self = p.pkg.Path()
	}
	return func(q *types.Package) string {
		if q.Path() == self {
			return ""
		}
		switch name, ok := names[q.Path()]; {
		case !ok || name == "_":
			return "?" + q.Name()
		case name == ".":
			return ""
		default:
			return name
		}
	}
}
