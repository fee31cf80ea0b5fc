package syntax

// MaxNesting is the deepest bracket nesting handed to a recursive parser (HCL's): far beyond
// any file a person writes, far below what overflows the stack. Go cannot recover from a stack
// overflow, so the bound is checked before parsing, not caught after.
const MaxNesting = 1000

// NestedDeeper reports whether brackets ((, [, {) nest deeper than limit anywhere in src.
// Quotes are not tracked: brackets inside strings count too, which only makes it stricter.
func NestedDeeper(src []byte, limit int) bool {
	depth := 0
	for _, c := range src {
		switch c {
		case '(', '[', '{':
			depth++
			if depth > limit {
				return true
			}
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return false
}
