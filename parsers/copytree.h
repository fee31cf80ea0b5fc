// The subset of tree-sitter's C API (lib/include/tree_sitter/api.h of the runtime bundled by
// the pinned github.com/smacker/go-tree-sitter module) that keylint calls directly, and
// keylint's flat node copy. The struct layouts must match that runtime exactly; the parser
// tests would fail on a mismatch.
#ifndef KEYLINT_COPYTREE_H
#define KEYLINT_COPYTREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint16_t TSSymbol;
typedef uint16_t TSFieldId;
typedef struct TSLanguage TSLanguage;
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;

typedef struct TSNode {
  uint32_t context[4];
  const void *id;
  const TSTree *tree;
} TSNode;

typedef struct TSTreeCursor {
  const void *tree;
  const void *id;
  uint32_t context[3];
} TSTreeCursor;

TSParser *ts_parser_new(void);
void ts_parser_delete(TSParser *self);
bool ts_parser_set_language(TSParser *self, const TSLanguage *language);
void ts_parser_set_timeout_micros(TSParser *self, uint64_t timeout_micros);
void ts_parser_set_cancellation_flag(TSParser *self, const size_t *flag);
void ts_parser_reset(TSParser *self);
TSTree *ts_parser_parse_string(TSParser *self, const TSTree *old_tree, const char *string, uint32_t length);
void ts_tree_delete(TSTree *self);
TSNode ts_tree_root_node(const TSTree *self);
uint32_t ts_language_symbol_count(const TSLanguage *self);
const char *ts_language_symbol_name(const TSLanguage *self, TSSymbol symbol);
uint32_t ts_language_field_count(const TSLanguage *self);
const char *ts_language_field_name_for_id(const TSLanguage *self, TSFieldId id);

// The grammars, compiled in the smacker/go-tree-sitter grammar packages.
const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_tsx(void);
const TSLanguage *tree_sitter_c_sharp(void);
const TSLanguage *tree_sitter_java(void);
const TSLanguage *tree_sitter_bash(void);

static inline TSLanguage *kl_python(void) { return (TSLanguage *)tree_sitter_python(); }
static inline TSLanguage *kl_javascript(void) { return (TSLanguage *)tree_sitter_javascript(); }
static inline TSLanguage *kl_typescript(void) { return (TSLanguage *)tree_sitter_typescript(); }
static inline TSLanguage *kl_tsx(void) { return (TSLanguage *)tree_sitter_tsx(); }
static inline TSLanguage *kl_csharp(void) { return (TSLanguage *)tree_sitter_c_sharp(); }
static inline TSLanguage *kl_java(void) { return (TSLanguage *)tree_sitter_java(); }
static inline TSLanguage *kl_bash(void) { return (TSLanguage *)tree_sitter_bash(); }

enum { KL_NAMED = 1, KL_ERROR = 2 };

// kl_node is one node of the flat copy, in pre-order.
typedef struct kl_node {
  uint32_t start, end;
  int32_t parent; // index of the parent, -1 for the root
  TSSymbol symbol;
  TSFieldId field; // 0: no field
  uint8_t flags;
} kl_node;

// kl_trim hands freed C heap back to the system where the C library can (glibc).
void kl_trim(void);

// kl_count returns how many nodes kl_copy will write.
uint32_t kl_count(const TSTree *tree);

// kl_copy walks the tree once with a cursor and writes up to cap nodes; it returns how many it
// wrote and sets *has_error when the parser recovered from a syntax error.
int kl_copy(const TSTree *tree, kl_node *out, int cap, int *has_error);

#endif
