#ifndef KEYLINT_SEARCH_H
#define KEYLINT_SEARCH_H

#include <stddef.h>
#include <stdint.h>

typedef struct kl_keyword {
  const unsigned char *word; // lower case
  uint32_t len;
  uint32_t at;               // offset of the anchor in word
  unsigned char a0, a1;      // the anchor's first two bytes, lower case
  unsigned char weak;        // a weak keyword does not end the scan
  unsigned char boundary;    // the byte before the word must not be a letter, digit or '_'
} kl_keyword;

enum { KL_NONE = 0, KL_WEAK = 1, KL_STRONG = 2 };

// kl_scan looks for the keywords in s, ignoring ASCII case. It returns KL_STRONG at the first
// strong keyword, else KL_WEAK if a weak one occurs, else KL_NONE.
int kl_scan(const unsigned char *s, size_t n, const kl_keyword *kws, int nkw);

#endif
