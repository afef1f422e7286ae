package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// This file loads and type-checks every package under a root directory, for the bindings and
// looptypes commands. It uses only the standard library: go/build picks the files and resolves
// imports (GOPATH mode, vendor directories honoured), and a caching types.Importer type-checks
// each dependency once from source, without function bodies, much as go/internal/srcimporter
// does, but with `import "C"` faked instead of running cgo.
//
// For a directory under the root, the package's GoFiles, CgoFiles and TestGoFiles are checked
// together as one package, and its XTestGoFiles as a second package. As `go test` does, the
// external test package sees the package under test with its _test.go files, and so does every
// dependency of the external test that itself imports the package under test: those are checked
// again against the test variant.

// checkedPkg is one type-checked package of a directory under the root, with its syntax.
type checkedPkg struct {
	pkg   *types.Package
	info  *types.Info
	files []*ast.File
}

// loadStats counts what walkPackages did, for the summary printed on stderr.
type loadStats struct {
	dirsWithGo      int            // directories under root holding .go files (outside testdata)
	checked         int            // directories whose package(s) were type-checked
	units           int            // packages type-checked: package (+ in-package tests), external tests
	skipped         map[string]int // directories not checked, by reason
	withCgo         int            // checked directories with cgo files (checked with FakeImportC)
	typeErrors      int            // type errors in the checked packages (imports failures included)
	importErrors    int            // of which: a failed import
	pkgsWithErrors  int            // checked packages with at least one type error
	depPackages     int            // dependencies type-checked (without bodies)
	depErrors       int            // type errors in those
	testVariants    int            // dependencies checked again against a package's test variant
	versionRewrites int            // imports x/y/vN/z resolved as x/y/z (minimal module compatibility)
	files           int            // files of the checked packages
	unresolved      int            // identifiers go/types left out of Defs and Uses (see countUnresolved)
	unresolvedIn    int            // files with such identifiers
	parsedFiles     int
	parsedBytes     int64
	start           time.Time
}

// loader type-checks packages, caching parsed files and dependency packages.
type loader struct {
	incomplete map[string]int // files with identifiers go/types left unresolved, and how many
	fset       *token.FileSet
	ctxt       build.Context
	sizes      types.Sizes
	files      map[string]*ast.File // parsed files by canonical filename
	sources    map[string][]byte    // source of the files, for offsets
	realDir    map[string]string    // directory -> directory with symlinks evaluated
	goMods     map[string]bool      // directory -> has a go.mod file
	deps       map[string]*depPkg   // dependencies by import path (directory for local packages)
	stats      loadStats
	verbose    bool
	errLog     io.Writer
}

// depPkg is a dependency, type-checked without function bodies or test files.
type depPkg struct {
	pkg     *types.Package
	err     error
	loading bool
	deps    map[string]bool // keys of every package it imports, directly or not
}

func newLoader(root string) *loader {
	ctxt := build.Default
	ctxt.GOOS, ctxt.GOARCH = runtime.GOOS, runtime.GOARCH
	// The root is a GOPATH's src folder (the corpus), or GOROOT/src itself, whose parent
	// go/build ignores as a GOPATH entry. Imports then resolve as GOPATH mode does.
	if filepath.Base(root) == "src" {
		ctxt.GOPATH = filepath.Dir(root)
	}
	// Name GOROOT by its real path (GOROOT/src is a symlink here): go/build finds vendored
	// packages by comparing the importing directory, which go/types gives with the real path of
	// the files, with GOROOT/src as a string prefix.
	if src, err := filepath.EvalSymlinks(filepath.Join(ctxt.GOROOT, "src")); err == nil && filepath.Base(src) == "src" {
		ctxt.GOROOT = filepath.Dir(src)
	}
	os.Setenv("GO111MODULE", "off")
	return &loader{
		fset:       token.NewFileSet(),
		ctxt:       ctxt,
		sizes:      types.SizesFor("gc", ctxt.GOARCH),
		files:      map[string]*ast.File{},
		sources:    map[string][]byte{},
		realDir:    map[string]string{},
		goMods:     map[string]bool{},
		deps:       map[string]*depPkg{},
		stats:      loadStats{skipped: map[string]int{}, start: time.Now()},
		verbose:    os.Getenv("GOREF_VERBOSE") != "",
		incomplete: map[string]int{},
		errLog:     os.Stderr,
	}
}

// canonicalDir evaluates symlinks in dir, so that a file has one name however it was reached
// (GOROOT/src is a symlink on this machine).
func (l *loader) canonicalDir(dir string) string {
	if r, ok := l.realDir[dir]; ok {
		return r
	}
	r, err := filepath.EvalSymlinks(dir)
	if err != nil {
		r = dir
	}
	l.realDir[dir] = r
	return r
}

// parseFiles parses the named files of dir (once each; go/types does not modify syntax trees).
// Files with syntax errors are kept as far as they parsed.
func (l *loader) parseFiles(dir string, names ...[]string) []*ast.File {
	dir = l.canonicalDir(dir)
	var out []*ast.File
	for _, list := range names {
		for _, name := range list {
			path := filepath.Join(dir, name)
			f, ok := l.files[path]
			if !ok {
				src, err := os.ReadFile(path)
				if err == nil {
					f, _ = parser.ParseFile(l.fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
					l.sources[path] = src
					l.stats.parsedFiles++
					l.stats.parsedBytes += int64(len(src))
				}
				l.files[path] = f
			}
			if f != nil {
				out = append(out, f)
			}
		}
	}
	return out
}

func pkgKey(bp *build.Package) string {
	if bp.ImportPath == "" || bp.ImportPath == "." || build.IsLocalImport(bp.ImportPath) {
		return bp.Dir
	}
	return bp.ImportPath
}

// resolve finds the package an import path names from dir, as go build does in GOPATH mode:
// go/build's search (vendor directories included), then cmd/go's "minimal module
// compatibility": code in a tree with a go.mod may import GOPATH/src/x/y/z as x/y/v2/z when
// x/y/go.mod says "module x/y/v2" (see moduleImportPath in cmd/go/internal/load).
func (l *loader) resolve(path, dir string) (*build.Package, error) {
	bp, err := l.ctxt.Import(path, dir, 0)
	if err == nil || !l.inModuleTree(dir) {
		return bp, err
	}
	if probe, _ := l.ctxt.Import(path, "", build.IgnoreVendor|build.FindOnly); probe.Dir != "" {
		return bp, err // the path exists as written: the error is about something else
	}
	for limit := len(path); limit > 0; {
		i, j := findVersionElement(path[:limit])
		if i < 0 {
			break
		}
		if probe, _ := l.ctxt.Import(path[:i], "", build.IgnoreVendor|build.FindOnly); probe.Dir != "" {
			if mpath := goModPath(probe.Dir); mpath != "" {
				if mpath == path[:j] {
					if bp2, err2 := l.ctxt.Import(path[:i]+path[j:], dir, 0); err2 == nil {
						l.stats.versionRewrites++
						return bp2, nil
					}
				}
				break
			}
		}
		limit = i
	}
	return bp, err
}

// inModuleTree tells whether dir or a parent has a go.mod file.
func (l *loader) inModuleTree(dir string) bool {
	for d := dir; ; d = filepath.Dir(d) {
		known, ok := l.goMods[d]
		if !ok {
			_, err := os.Stat(filepath.Join(d, "go.mod"))
			known = err == nil
			l.goMods[d] = known
		}
		if known {
			return true
		}
		if filepath.Dir(d) == d {
			return false
		}
	}
}

// findVersionElement returns the slice indices of the last vN element (N >= 2) in path.
func findVersionElement(path string) (i, j int) {
	j = len(path)
	for i = len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			if isVersionElement(path[i+1 : j]) {
				return i, j
			}
			j = i
		}
	}
	return -1, -1
}

func isVersionElement(s string) bool {
	if len(s) < 2 || s[0] != 'v' || s[1] == '0' || s[1] == '1' && len(s) == 2 {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || '9' < s[i] {
			return false
		}
	}
	return true
}

// goModPath returns the module path that dir/go.mod declares, or "".
func goModPath(dir string) string {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, "module"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '"') {
			if k := strings.Index(rest, "//"); k >= 0 {
				rest = rest[:k]
			}
			return strings.Trim(strings.TrimSpace(rest), "\"`")
		}
	}
	return ""
}

// depImporter imports dependencies from the loader's cache, recording what it imported.
type depImporter struct {
	l    *loader
	deps map[string]bool // nil when not recording
}

func (im *depImporter) Import(path string) (*types.Package, error) {
	return im.ImportFrom(path, "", 0)
}

func (im *depImporter) ImportFrom(path, dir string, _ types.ImportMode) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	bp, err := im.l.resolve(path, dir)
	if err != nil {
		return nil, err
	}
	d := im.l.loadDep(bp)
	if im.deps != nil {
		im.deps[pkgKey(bp)] = true
		for k := range d.deps {
			im.deps[k] = true
		}
	}
	return d.pkg, d.err
}

// loadDep type-checks a dependency (GoFiles and CgoFiles, no bodies), once.
func (l *loader) loadDep(bp *build.Package) *depPkg {
	key := pkgKey(bp)
	if d, ok := l.deps[key]; ok {
		if d.loading {
			return &depPkg{err: fmt.Errorf("import cycle through %s", key)}
		}
		return d
	}
	d := &depPkg{loading: true, deps: map[string]bool{}}
	l.deps[key] = d
	files := l.parseFiles(bp.Dir, bp.GoFiles, bp.CgoFiles)
	conf := types.Config{
		Importer:         &depImporter{l: l, deps: d.deps},
		FakeImportC:      true,
		IgnoreFuncBodies: true,
		Sizes:            l.sizes,
		Error:            l.depError,
	}
	d.pkg, _ = conf.Check(bp.ImportPath, l.fset, files, nil)
	d.loading = false
	l.stats.depPackages++
	return d
}

// testImporter serves an external test package: the package under test is its test variant,
// and dependencies that import the package under test are checked again against that variant.
type testImporter struct {
	l       *loader
	under   string         // key of the package under test
	variant *types.Package // the package under test, with its in-package _test.go files
	again   map[string]*types.Package
}

func (im *testImporter) Import(path string) (*types.Package, error) {
	return im.ImportFrom(path, "", 0)
}

func (im *testImporter) ImportFrom(path, dir string, _ types.ImportMode) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	bp, err := im.l.resolve(path, dir)
	if err != nil {
		return nil, err
	}
	key := pkgKey(bp)
	if key == im.under {
		return im.variant, nil
	}
	d := im.l.loadDep(bp)
	if !d.deps[im.under] {
		return d.pkg, d.err
	}
	if p, ok := im.again[key]; ok {
		if p == nil {
			return nil, fmt.Errorf("import cycle through %s", key)
		}
		return p, nil
	}
	im.again[key] = nil
	conf := types.Config{
		Importer:         im,
		FakeImportC:      true,
		IgnoreFuncBodies: true,
		Sizes:            im.l.sizes,
		Error:            im.l.depError,
	}
	p, _ := conf.Check(bp.ImportPath, im.l.fset, im.l.parseFiles(bp.Dir, bp.GoFiles, bp.CgoFiles), nil)
	im.again[key] = p
	im.l.stats.testVariants++
	return p, nil
}

// check type-checks one package of a directory under the root, recording Defs, Uses and
// Implicits, whatever the type errors.
func (l *loader) check(path string, files []*ast.File, imp types.Importer) *checkedPkg {
	info := &types.Info{
		Defs:      map[*ast.Ident]types.Object{},
		Uses:      map[*ast.Ident]types.Object{},
		Implicits: map[ast.Node]types.Object{},
	}
	nerr := 0
	conf := types.Config{
		Importer:    imp,
		FakeImportC: true,
		Sizes:       l.sizes,
		Error: func(err error) {
			nerr++
			msg := err.Error()
			if strings.Contains(msg, "could not import") {
				l.stats.importErrors++
			}
			if l.verbose {
				fmt.Fprintln(l.errLog, "type error:", msg)
			}
		},
	}
	pkg, _ := conf.Check(path, l.fset, files, info)
	l.countUnresolved(files, info)
	l.stats.files += len(files)
	l.stats.units++
	l.stats.typeErrors += nerr
	if nerr > 0 {
		l.stats.pkgsWithErrors++
	}
	return &checkedPkg{pkg: pkg, info: info, files: files}
}

// walkPackages type-checks the package(s) of every directory under root (testdata folders
// skipped), in lexical order, and calls fn with the directory and its checked packages.
func (l *loader) walkPackages(root string, fn func(dir string, pkgs []*checkedPkg)) error {
	return filepath.WalkDir(root, func(dir string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if !hasGoFiles(dir) {
			return nil
		}
		l.stats.dirsWithGo++
		bp, err := l.ctxt.ImportDir(dir, 0)
		if err != nil {
			var noGo *build.NoGoError
			var multi *build.MultiplePackageError
			switch {
			case errors.As(err, &noGo):
				l.skip("no buildable Go files for " + l.ctxt.GOOS + "/" + l.ctxt.GOARCH)
			case errors.As(err, &multi):
				l.skip("several packages in one directory")
			default:
				l.skip("go/build: " + err.Error())
			}
			if l.verbose {
				fmt.Fprintf(l.errLog, "skip %s: %v\n", dir, err)
			}
			return nil
		}
		l.stats.checked++
		if len(bp.CgoFiles) > 0 {
			l.stats.withCgo++
		}
		path := bp.ImportPath
		if pkgKey(bp) == bp.Dir { // outside GOROOT and GOPATH
			rel, _ := filepath.Rel(root, dir)
			path = filepath.ToSlash(rel)
		}
		var pkgs []*checkedPkg
		var variant *types.Package
		if len(bp.GoFiles)+len(bp.CgoFiles)+len(bp.TestGoFiles) > 0 {
			files := l.parseFiles(dir, bp.GoFiles, bp.CgoFiles, bp.TestGoFiles)
			p := l.check(path, files, &depImporter{l: l})
			variant = p.pkg
			pkgs = append(pkgs, p)
		}
		if len(bp.XTestGoFiles) > 0 {
			imp := &testImporter{l: l, under: pkgKey(bp), variant: variant, again: map[string]*types.Package{}}
			if variant == nil {
				imp.under = "" // nothing to substitute
			}
			files := l.parseFiles(dir, bp.XTestGoFiles)
			pkgs = append(pkgs, l.check(path+"_test", files, imp))
		}
		fn(dir, pkgs)
		return nil
	})
}

// countUnresolved counts the identifiers of files that are neither in info.Defs nor in
// info.Uses, package clause names and blank identifiers excepted. In a package without type
// errors there are none; with errors, go/types leaves whole regions unrecorded (a type switch
// whose guard is invalid is skipped entirely, so are the keys of a composite literal of
// invalid type, and the selector of an invalid operand), so a file with unresolved identifiers
// may be missing lines in the output. GOREF_VERBOSE lists those files.
func (l *loader) countUnresolved(files []*ast.File, info *types.Info) {
	for _, f := range files {
		n := 0
		ast.Inspect(f, func(node ast.Node) bool {
			id, ok := node.(*ast.Ident)
			if !ok || id == f.Name || id.Name == "_" {
				return true
			}
			if _, ok := info.Defs[id]; ok {
				return true
			}
			if _, ok := info.Uses[id]; ok {
				return true
			}
			n++
			return true
		})
		if n > 0 {
			l.stats.unresolved += n
			l.stats.unresolvedIn++
			l.incomplete[l.fset.Position(f.Package).Filename] = n
			if l.verbose {
				fmt.Fprintf(l.errLog, "unresolved identifiers: %s %d\n", l.fset.Position(f.Package).Filename, n)
			}
		}
	}
}

func (l *loader) depError(err error) {
	l.stats.depErrors++
	if l.verbose {
		fmt.Fprintln(l.errLog, "dependency type error:", err)
	}
}

func (l *loader) skip(reason string) {
	l.stats.skipped[reason]++
}

func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			return true
		}
	}
	return false
}

// offsets maps positions to a filename and a UTF-16 offset (one table per file, cached).
type offsets struct {
	l      *loader
	tables map[string][]int
}

func (o *offsets) of(pos token.Pos) (string, int) {
	p := o.l.fset.Position(pos)
	t, ok := o.tables[p.Filename]
	if !ok {
		t = utf16Offsets(o.l.sources[p.Filename])
		o.tables[p.Filename] = t
	}
	if p.Offset < 0 || p.Offset >= len(t) {
		return p.Filename, -1
	}
	return p.Filename, t[p.Offset]
}

// printSummary writes the loader's counts, and extra lines, to stderr.
func (l *loader) printSummary(extra ...string) {
	s := l.stats
	w := l.errLog
	skipped := 0
	var reasons []string
	for r, n := range s.skipped {
		skipped += n
		reasons = append(reasons, fmt.Sprintf("  skipped %d: %s", n, r))
	}
	sort.Strings(reasons)
	fmt.Fprintf(w, "directories with .go files: %d\n", s.dirsWithGo)
	fmt.Fprintf(w, "packages checked: %d directories (%d type-checked packages incl. external tests; %d with cgo files, checked with FakeImportC)\n",
		s.checked, s.units, s.withCgo)
	fmt.Fprintf(w, "packages skipped: %d\n", skipped)
	for _, r := range reasons {
		fmt.Fprintln(w, r)
	}
	fmt.Fprintf(w, "type errors: %d in %d packages (%d of them failed imports)\n", s.typeErrors, s.pkgsWithErrors, s.importErrors)
	fmt.Fprintf(w, "files checked: %d; identifiers left unresolved by go/types (in neither Defs nor Uses): %d in %d files\n",
		s.files, s.unresolved, s.unresolvedIn)
	fmt.Fprintf(w, "dependencies checked without bodies: %d (+%d test variants), with %d type errors\n",
		s.depPackages, s.testVariants, s.depErrors)
	if s.versionRewrites > 0 {
		fmt.Fprintf(w, "imports resolved by dropping a /vN element (minimal module compatibility): %d\n", s.versionRewrites)
	}
	fmt.Fprintf(w, "files parsed: %d (%.1f MB)\n", s.parsedFiles, float64(s.parsedBytes)/1e6)
	for _, e := range extra {
		fmt.Fprintln(w, e)
	}
	fmt.Fprintf(w, "seconds: %.1f\n", time.Since(s.start).Seconds())
}

// printIncomplete writes one "! relpath N" line per file in which go/types left N identifiers
// unresolved (type errors: missing imports, cgo). Consumers compare nothing but declared facts
// there, since goref is silent where go/types gave up.
func (l *loader) printIncomplete(root string, w io.Writer) {
	var names []string
	for name := range l.incomplete {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "! %s %d\n", relSlash(root, name), l.incomplete[name])
	}
}
