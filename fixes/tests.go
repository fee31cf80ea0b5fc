package fixes

import (
	"path"
	"strings"
)

// IsTestFile reports a file that is a test by the usual conventions of its language: tests
// assert on keys, mock clients and call services meant to fail, so rewriting them to Entra ID
// would change what they test. Python test_*.py, *_test.py and conftest.py; Go *_test.go;
// JavaScript and TypeScript *.test.* and *.spec.*; C# *Test.cs and *Tests.cs; Java *Test.java,
// *Tests.java and *IT.java; and anything under a tests/, test/, __tests__/ or src/test/
// directory or a .NET test project (Foo.Tests/, Foo.UnitTests/).
func IsTestFile(p string) bool {
	p = strings.ReplaceAll(p, "\\", "/")
	dir, base := path.Split(p)
	for _, d := range strings.Split(strings.TrimSuffix(dir, "/"), "/") {
		switch {
		case d == "test" || d == "tests" || d == "__tests__":
			return true
		case strings.HasSuffix(d, ".Tests") || strings.HasSuffix(d, "UnitTests") || strings.HasSuffix(d, "IntegrationTests"):
			return true
		}
	}
	stem, ext := base, path.Ext(base)
	stem = strings.TrimSuffix(stem, ext)
	switch ext {
	case ".py", ".ipynb":
		return strings.HasPrefix(stem, "test_") || strings.HasSuffix(stem, "_test") || stem == "conftest"
	case ".go":
		return strings.HasSuffix(stem, "_test")
	case ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts":
		return strings.HasSuffix(stem, ".test") || strings.HasSuffix(stem, ".spec")
	case ".cs":
		return strings.HasSuffix(stem, "Test") || strings.HasSuffix(stem, "Tests")
	case ".java", ".kt":
		return strings.HasSuffix(stem, "Test") || strings.HasSuffix(stem, "Tests") || strings.HasSuffix(stem, "IT")
	}
	return false
}
