//go:build cgo

#include "search.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

static inline unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

// whole checks the full keyword around an anchor found at pos.
static int whole(const unsigned char *s, size_t n, size_t pos, const kl_keyword *k) {
  if (pos < k->at) {
    return 0;
  }
  size_t start = pos - k->at;
  if (start + k->len > n) {
    return 0;
  }
  if (k->boundary && start > 0) {
    unsigned char b = lower(s[start - 1]);
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_') {
      return 0;
    }
  }
  for (uint32_t i = 0; i < k->len; i++) {
    if (lower(s[start + i]) != k->word[i]) {
      return 0;
    }
  }
  return 1;
}

// check_at returns KL_STRONG or KL_WEAK for the strongest keyword whose anchor is at pos.
static int check_at(const unsigned char *s, size_t n, size_t pos, const kl_keyword *kws, int nkw) {
  unsigned char c0 = lower(s[pos]), c1 = lower(s[pos + 1]);
  int found = KL_NONE;
  for (int k = 0; k < nkw; k++) {
    if (kws[k].a0 == c0 && kws[k].a1 == c1 && whole(s, n, pos, &kws[k])) {
      if (!kws[k].weak) {
        return KL_STRONG;
      }
      found = KL_WEAK;
    }
  }
  return found;
}

int kl_scan(const unsigned char *s, size_t n, const kl_keyword *kws, int nkw) {
  size_t i = 0;
  int found = KL_NONE;
#ifdef __SSE2__
  // Sixteen positions at a time: a position is a candidate when its byte and the next match an
  // anchor's first two bytes. OR-ing 0x20 folds ASCII upper case into lower case (and maps a few
  // other bytes onto ours, which the exact check then rejects). Anchors shared by several
  // keywords are tested once; weak keywords' anchors come last and are dropped after the first
  // weak hit, since only a strong keyword can still change the answer.
  enum { MAXK = 32 };
  if (nkw <= MAXK) {
    __m128i first[MAXK], second[MAXK];
    int nanchor = 0, nstrong = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < nkw; k++) {
        if (kws[k].weak != pass) {
          continue;
        }
        int dup = 0;
        for (int j = 0; j < k; j++) {
          dup |= kws[j].weak == kws[k].weak && kws[j].a0 == kws[k].a0 && kws[j].a1 == kws[k].a1;
        }
        if (!dup) {
          first[nanchor] = _mm_set1_epi8((char)kws[k].a0);
          second[nanchor] = _mm_set1_epi8((char)kws[k].a1);
          nanchor++;
        }
      }
      if (pass == 0) {
        nstrong = nanchor;
      }
    }
    int active = nanchor;
    const __m128i fold = _mm_set1_epi8(0x20);
    for (; i + 17 <= n; i += 16) {
      __m128i v0 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(s + i)), fold);
      __m128i v1 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(s + i + 1)), fold);
      __m128i hit = _mm_setzero_si128();
      for (int k = 0; k < active; k++) {
        hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(v0, first[k]), _mm_cmpeq_epi8(v1, second[k])));
      }
      unsigned mask = (unsigned)_mm_movemask_epi8(hit);
      while (mask) {
        unsigned bit = (unsigned)__builtin_ctz(mask);
        mask &= mask - 1;
        int r = check_at(s, n, i + bit, kws, nkw);
        if (r == KL_STRONG) {
          return r;
        }
        if (r == KL_WEAK) {
          found = KL_WEAK;
          active = nstrong;
        }
      }
    }
  }
#endif
  for (; i + 1 < n; i++) {
    int r = check_at(s, n, i, kws, nkw);
    if (r == KL_STRONG) {
      return r;
    }
    found |= r;
  }
  return found;
}
