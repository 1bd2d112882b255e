//go:build ignore

// decls prints the package-level declarations of the Go files named on stdin (one per line) as the real parser sees them, in the shape
// scanGoFile reports: the oracle for gosource.test.ts.
package main

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
)

type decl struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Line     int    `json:"line"`
	IsString string `json:"isString,omitempty"`
}

type file struct {
	Path    string   `json:"path"`
	Package string   `json:"package"`
	Imports []string `json:"imports"`
	Decls   []decl   `json:"decls"`
}

func isStringExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.BasicLit:
		return x.Kind == token.STRING
	case *ast.ParenExpr:
		return isStringExpr(x.X)
	case *ast.BinaryExpr:
		return x.Op == token.ADD && isStringExpr(x.X) && isStringExpr(x.Y)
	}
	return false
}

func main() {
	fset := token.NewFileSet()
	var out []file
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		path := in.Text()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			panic(err)
		}
		r := file{Path: path, Package: f.Name.Name, Imports: []string{}, Decls: []decl{}}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			r.Imports = append(r.Imports, p)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					r.Decls = append(r.Decls, decl{d.Name.Name, "func", fset.Position(d.Name.Pos()).Line, ""})
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						r.Decls = append(r.Decls, decl{s.Name.Name, "type", fset.Position(s.Name.Pos()).Line, ""})
					case *ast.ValueSpec:
						kind := "var"
						if d.Tok == token.CONST {
							kind = "const"
						}
						for i, n := range s.Names {
							if n.Name == "_" {
								continue
							}
							is := ""
							if kind == "var" {
								switch {
								case s.Type != nil:
									if id, ok := s.Type.(*ast.Ident); ok && id.Name == "string" {
										is = "yes"
									} else {
										is = "no"
									}
								case len(s.Values) == len(s.Names) && isStringExpr(s.Values[i]):
									is = "yes"
								default:
									is = "unknown"
								}
							}
							r.Decls = append(r.Decls, decl{n.Name, kind, fset.Position(n.Pos()).Line, is})
						}
					}
				}
			}
		}
		out = append(out, r)
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
