//go:build cgo

#include "copytree.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

void kl_trim(void) {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

// Declared here rather than in the header: only the copy needs them.
uint32_t ts_node_descendant_count(TSNode self);
TSSymbol ts_node_symbol(TSNode self);
uint32_t ts_node_start_byte(TSNode self);
uint32_t ts_node_end_byte(TSNode self);
bool ts_node_is_named(TSNode self);
bool ts_node_is_missing(TSNode self);
bool ts_node_is_error(TSNode self);
bool ts_node_has_error(TSNode self);
TSTreeCursor ts_tree_cursor_new(TSNode node);
void ts_tree_cursor_delete(TSTreeCursor *self);
TSNode ts_tree_cursor_current_node(const TSTreeCursor *self);
TSFieldId ts_tree_cursor_current_field_id(const TSTreeCursor *self);
bool ts_tree_cursor_goto_first_child(TSTreeCursor *self);
bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *self);
bool ts_tree_cursor_goto_parent(TSTreeCursor *self);

uint32_t kl_count(const TSTree *tree) {
  return ts_node_descendant_count(ts_tree_root_node(tree));
}

static void put(kl_node *n, const TSTreeCursor *c, int32_t parent) {
  TSNode node = ts_tree_cursor_current_node(c);
  n->start = ts_node_start_byte(node);
  n->end = ts_node_end_byte(node);
  n->parent = parent;
  n->symbol = ts_node_symbol(node);
  n->field = ts_tree_cursor_current_field_id(c);
  n->flags = (ts_node_is_named(node) ? KL_NAMED : 0) |
             ((ts_node_is_error(node) || ts_node_is_missing(node)) ? KL_ERROR : 0);
}

int kl_copy(const TSTree *tree, kl_node *out, int cap, int *has_error) {
  TSNode root = ts_tree_root_node(tree);
  *has_error = ts_node_has_error(root);
  if (cap <= 0) {
    return 0;
  }
  TSTreeCursor c = ts_tree_cursor_new(root);
  int n = 0;
  int32_t current = 0; // index of the node the cursor is on
  put(&out[n++], &c, -1);
  for (;;) {
    if (n < cap && ts_tree_cursor_goto_first_child(&c)) {
      int32_t parent = current;
      current = n;
      put(&out[n++], &c, parent);
      continue;
    }
    // No (room for) children: move to the next sibling, climbing as needed.
    for (;;) {
      if (current == 0) {
        ts_tree_cursor_delete(&c);
        return n;
      }
      int32_t parent = out[current].parent;
      if (n < cap && ts_tree_cursor_goto_next_sibling(&c)) {
        current = n;
        put(&out[n++], &c, parent);
        break;
      }
      ts_tree_cursor_goto_parent(&c);
      current = parent;
    }
  }
}
