// AssemblyScript source of the hot loop of src/measure/go-deflate.ts (Go's level-6 lazy matcher), compiled to
// WebAssembly by `node scripts/build-wasm.mjs` into src/measure/go-scan-wasm.ts. The JavaScript side owns the
// state between calls, the window refills and the blocks; this file only scans. Memory layout (bytes); the
// region offsets go-deflate.ts needs are exported, and it views those regions as typed arrays:
//
//   WINDOW   0          65,536 × u8    the sliding window (two halves of 32 KiB)
//   HEAD     65,536     131,072 × u16  newest position + 1 per hash bucket (0: none)
//   PREV     327,680    32,768 × u16   previous position + 1 with the same hash, per position mod 32 KiB
//   LITERALS 393,216    286 × i32      literal/length symbol counts of the open block
//   DISTS    394,360    30 × i32       distance code counts of the open block
//   LCODE    394,480    256 × u8       length code of (length − 3)
//   LEXTRA   394,736    29 × u8        extra bits per length code
//   DCODE    394,768    32,768 × u8    distance code of (distance − 1)
//   DEXTRA   427,536    30 × u8        extra bits per distance code
//   LEAVES   427,568    286 × i32      package-merge input: leaf weights, ascending
//   ITEMS    428,712    15 × 572 × i32 package-merge: each level's merged item weights
//   IS_LEAF  463,032    15 × 572 × u8  package-merge: whether each item is a leaf
//   COUNTS   471,616    15 × i32       package-merge: items per level
//   DEPTHS   471,676    286 × u8       package-merge output: code length per leaf
//   SEEN     471,968    16,384 × u16   survey: newest position + 1 per (survey) hash bucket
//
// Positions are window offsets, so they fit 16 bits; Go keeps 32-bit positions plus an offset that grows as the
// window slides. Both say the same thing (the newest position per hash, the one before it per position): here
// `slide` moves the window's upper half down and subtracts 32 KiB from every position, positions that fall out
// of the window becoming "none", which Go's range check reads the same way. Half the table is half the cache.
// Everything the loop touches per byte (window, HEAD, PREV) fits in 384 KiB, inside a core's L2 cache.

const WINDOW: i32 = 32768;
const WINDOW_MASK: i32 = WINDOW - 1;
const MIN_MATCH: i32 = 4;
const MAX_MATCH: i32 = 258;
const LOOKAHEAD: i32 = MIN_MATCH + MAX_MATCH;
const HASH_BITS: i32 = 17;
const HASH_MASK: i32 = (1 << HASH_BITS) - 1;
const HASH_MUL: i32 = 0x1e35a7bd;
const BLOCK_TOKENS: i32 = 1 << 14;
const LAZY: i32 = 16;
const NICE: i32 = 128;
const CHAIN: i32 = 128;
const FAR: i32 = 4096;

export const HEAD: usize = 65536;
export const PREV: usize = 327680;
export const LITERALS: usize = 393216;
export const DISTS: usize = 394360;
export const LCODE: usize = 394480;
export const LEXTRA: usize = 394736;
export const DCODE: usize = 394768;
export const DEXTRA: usize = 427536;
export const LEAVES: usize = 427568;
const ITEMS: usize = 428712;
const IS_LEAF: usize = 463032;
const COUNTS: usize = 471616;
export const DEPTHS: usize = 471676;
const SEEN: usize = 471968;
const SEEN_BITS: i32 = 14;
const SEEN_MASK: u32 = (1 << SEEN_BITS) - 1;
/** The survey looks at one word in 2^SAMPLE_BITS (32), chosen by content (the top bits of its hash being 0). */
const SAMPLE_BITS: i32 = 5;
const SAMPLE: u32 = 1 << (32 - SAMPLE_BITS);
const STRIDE: i32 = 572;

// the scan state, read and written by the JavaScript side between calls
export let index: i32 = 0;
export let chainHead: i32 = -1;
export let length: i32 = MIN_MATCH - 1;
export let offset: i32 = 0;
export let byteAvailable: i32 = 0;
export let tokens: i32 = 0;
export let extraBits: i32 = 0;
export let closeAt: i32 = 0;

export function setState(i: i32, head: i32, len: i32, off: i32, available: i32, count: i32): void {
  index = i;
  chainHead = head;
  length = len;
  offset = off;
  byteAvailable = available;
  tokens = count;
  extraBits = 0;
}

function byteAt(i: i32): i32 {
  return <i32>load<u8>(<usize>i);
}

/** How many bytes at `a` equal those at `b`, up to `limit`: eight at a time, then the first difference. */
function matchLength(a: i32, b: i32, limit: i32): i32 {
  let n = 0;
  while (n + 8 <= limit) {
    const x = load<u64>(<usize>(a + n)) ^ load<u64>(<usize>(b + n));
    if (x != 0) return n + <i32>(ctz(x) >> 3);
    n += 8;
  }
  while (n < limit && byteAt(a + n) == byteAt(b + n)) n++;
  return n;
}

/** Go's hash4: the 4 bytes at `i` read big-endian, times a constant, top 17 bits. */
function hashAt(i: i32): i32 {
  return (<i32>((bswap<u32>(load<u32>(<usize>i)) * <u32>HASH_MUL) >> (32 - HASH_BITS))) & HASH_MASK;
}

/**
 * Moves the window's upper half to the lower one and every position in HEAD and PREV down by 32 KiB; positions
 * below 32 KiB leave the window and become 0 ("none"). Stored values are position + 1, so a saturating subtract
 * does both, eight entries at a time.
 */
export function slide(): void {
  memory.copy(0, <usize>WINDOW, <usize>WINDOW);
  slidePositions(HEAD, (<usize>(1 << HASH_BITS)) << 1);
  slidePositions(PREV, (<usize>WINDOW) << 1);
}

/** Subtracts 32 KiB from the 16-bit positions + 1 in [at, at + bytes), below-window ones becoming 0. */
function slidePositions(at: usize, bytes: usize): void {
  const by = i16x8.splat(<i16>WINDOW);
  for (let p = at; p < at + bytes; p += 16) v128.store(p, i16x8.sub_sat_u(v128.load(p), by));
}

/** Hashes the positions [from, to) into the chains without matching (a dictionary before the input). */
export function insert(from: i32, to: i32): void {
  for (let i = from; i < to; i++) {
    const slot = HEAD + ((<usize>hashAt(i)) << 1);
    store<u16>(PREV + ((<usize>(i & WINDOW_MASK)) << 1), load<u16>(slot));
    store<u16>(slot, i + 1);
  }
}

/**
 * Go's lazy matching from `index` until the lookahead runs short (returns 0) or the open block holds 16,384
 * tokens (returns 1, with `closeAt` set). Same rules, same order as the JavaScript description in go-deflate.ts.
 */
export function scan(windowEnd: i32, sync: i32): i32 {
  const maxInsert = windowEnd - (MIN_MATCH - 1);
  const minLookahead = sync ? 1 : LOOKAHEAD;
  let i0 = index;
  let head = chainHead;
  let len = length;
  let off = offset;
  let available = byteAvailable;
  let count = tokens;
  let extra = extraBits;
  let full: i32 = 0;
  while (windowEnd - i0 >= minLookahead) {
    // A run of literals, the common case in incompressible data: nothing pending from the previous position and
    // no earlier position in the window with the same hash, so nothing to match. The same steps as the general
    // path below takes for such a position, without its bookkeeping; a position with a candidate goes there.
    if (len == MIN_MATCH - 1) {
      off = 0;
      // the run may go on while the lookahead lasts and the position can be hashed
      let end = windowEnd - minLookahead + 1;
      if (end > maxInsert) end = maxInsert;
      if (!available && i0 < end) {
        // the first position of the input has no literal before it to emit
        const slot = HEAD + ((<usize>hashAt(i0)) << 1);
        const candidate = <i32>load<u16>(slot);
        const first = candidate - 1;
        if (!(first >= i0 - WINDOW && first >= 0)) {
          head = candidate;
          store<u16>(PREV + ((<usize>(i0 & WINDOW_MASK)) << 1), candidate);
          store<u16>(slot, i0 + 1);
          i0++;
          available = 1;
        }
      }
      if (available) {
        // from here every position emits the literal before it, so the block fills at `limit`; the 4 bytes
        // hashed roll along instead of being loaded and byte-swapped at every position
        const limit = i0 + (BLOCK_TOKENS - count);
        const stop = end < limit ? end : limit;
        const from = i0;
        let word = bswap<u32>(load<u32>(<usize>i0));
        while (i0 < stop) {
          const slot = HEAD + ((<usize>((word * <u32>HASH_MUL) >> (32 - HASH_BITS))) << 1);
          const candidate = <i32>load<u16>(slot);
          const first = candidate - 1;
          const minIndex = i0 - WINDOW;
          if (first >= minIndex && first >= 0) {
            // A position in the chain: the walk below would match there only if the first 4 bytes agree, and
            // would go on only if an older position follows in the window. Otherwise (a hash collision ending
            // the chain, most of them in random data) it finds nothing and the position is a literal.
            if (load<u32>(<usize>first) == load<u32>(<usize>i0) || first == minIndex) break;
            const next = <i32>load<u16>(PREV + ((<usize>(first & WINDOW_MASK)) << 1)) - 1;
            if (next >= minIndex && next >= 0) break;
          }
          head = candidate;
          store<u16>(PREV + ((<usize>(i0 & WINDOW_MASK)) << 1), candidate);
          store<u16>(slot, i0 + 1);
          const ls = LITERALS + ((<usize>byteAt(i0 - 1)) << 2);
          store<i32>(ls, load<i32>(ls) + 1);
          i0++;
          word = (word << 8) | (<u32>byteAt(i0 + 3));
        }
        count += i0 - from;
        if (i0 == limit) {
          closeAt = i0 - 1;
          full = 1;
          break;
        }
      }
      if (windowEnd - i0 < minLookahead) break;
    }
    const lookahead = windowEnd - i0;
    if (i0 < maxInsert) {
      const slot = HEAD + ((<usize>hashAt(i0)) << 1);
      head = <i32>load<u16>(slot);
      store<u16>(PREV + ((<usize>(i0 & WINDOW_MASK)) << 1), head);
      store<u16>(slot, i0 + 1);
    }
    const prevLength = len;
    const prevOffset = off;
    len = MIN_MATCH - 1;
    off = 0;
    const first = head - 1;
    if (first >= i0 - WINDOW && first >= 0 && lookahead > prevLength && prevLength < LAZY) {
      const look = lookahead < MAX_MATCH ? lookahead : MAX_MATCH;
      const nice = look < NICE ? look : NICE;
      const minIndex = i0 - WINDOW;
      let best = MIN_MATCH - 1;
      let endByte = byteAt(i0 + best);
      let i = first;
      for (let tries = CHAIN; tries > 0; tries--) {
        if (byteAt(i + best) == endByte) {
          const n = matchLength(i, i0, look);
          if (n > best && (n > MIN_MATCH || i0 - i <= FAR)) {
            best = n;
            len = n;
            off = i0 - i;
            if (n >= nice) break;
            endByte = byteAt(i0 + n);
          }
        }
        if (i == minIndex) break;
        i = <i32>load<u16>(PREV + ((<usize>(i & WINDOW_MASK)) << 1)) - 1;
        if (i < minIndex || i < 0) break;
      }
    }
    if (prevLength >= MIN_MATCH && len <= prevLength) {
      const lc = <i32>load<u8>(LCODE + <usize>(prevLength - 3));
      const dc = <i32>load<u8>(DCODE + <usize>(prevOffset - 1));
      const ls = LITERALS + ((<usize>(257 + lc)) << 2);
      store<i32>(ls, load<i32>(ls) + 1);
      const ds = DISTS + ((<usize>dc) << 2);
      store<i32>(ds, load<i32>(ds) + 1);
      extra += <i32>load<u8>(LEXTRA + <usize>lc) + <i32>load<u8>(DEXTRA + <usize>dc);
      count++;
      const end = i0 + prevLength - 1;
      for (i0++; i0 < end; i0++) {
        if (i0 < maxInsert) {
          const slot = HEAD + ((<usize>hashAt(i0)) << 1);
          store<u16>(PREV + ((<usize>(i0 & WINDOW_MASK)) << 1), load<u16>(slot));
          store<u16>(slot, i0 + 1);
        }
      }
      available = 0;
      len = MIN_MATCH - 1;
      if (count == BLOCK_TOKENS) {
        closeAt = i0;
        full = 1;
        break;
      }
    } else {
      if (available) {
        const ls = LITERALS + ((<usize>byteAt(i0 - 1)) << 2);
        store<i32>(ls, load<i32>(ls) + 1);
        count++;
      }
      i0++;
      available = 1;
      if (count == BLOCK_TOKENS) {
        closeAt = i0 - 1;
        full = 1;
        break;
      }
    }
  }
  index = i0;
  chainHead = head;
  length = len;
  offset = off;
  byteAvailable = available;
  tokens = full ? 0 : count;
  extraBits = extra;
  return full;
}

/**
 * Code lengths limited to `levels` bits for the `n` leaf weights at LEAVES (ascending), into DEPTHS: package-
 * merge. Level 0 lists the leaves; each level above merges the leaves with pairs of consecutive items of the
 * level below, a pair winning a tie (Go's order). The cheapest 2n − 2 items of the top level are chosen; walking
 * down, a chosen package chooses the two items it was made of, and a leaf's length is the number of levels it is
 * chosen at (the chosen leaves of a level are its cheapest). Once a level repeats the one below, every level
 * above does too, so building stops there.
 */
export function packageMerge(n: i32, levels: i32): void {
  for (let i = 0; i < n; i++) {
    store<i32>(ITEMS + ((<usize>i) << 2), load<i32>(LEAVES + ((<usize>i) << 2)));
    store<u8>(IS_LEAF + <usize>i, 1);
  }
  store<i32>(COUNTS, n);
  let top = levels - 1;
  for (let level = 1; level < levels; level++) {
    const below = (level - 1) * STRIDE;
    const base = level * STRIDE;
    const pairs = load<i32>(COUNTS + ((<usize>(level - 1)) << 2)) >> 1;
    let count = 0;
    let leaf = 0;
    let pair = 0;
    while (leaf < n || pair < pairs) {
      const pairWeight =
        pair < pairs
          ? load<i32>(ITEMS + ((<usize>(below + 2 * pair)) << 2)) +
            load<i32>(ITEMS + ((<usize>(below + 2 * pair + 1)) << 2))
          : 0x7fffffff;
      const leafWeight = leaf < n ? load<i32>(LEAVES + ((<usize>leaf) << 2)) : 0x7fffffff;
      if (leaf < n && leafWeight < pairWeight) {
        store<i32>(ITEMS + ((<usize>(base + count)) << 2), leafWeight);
        store<u8>(IS_LEAF + <usize>(base + count), 1);
        leaf++;
      } else {
        store<i32>(ITEMS + ((<usize>(base + count)) << 2), pairWeight);
        store<u8>(IS_LEAF + <usize>(base + count), 0);
        pair++;
      }
      count++;
    }
    store<i32>(COUNTS + ((<usize>level) << 2), count);
    if (count == load<i32>(COUNTS + ((<usize>(level - 1)) << 2)) && sameLevel(below, base, count)) {
      top = level - 1;
      break;
    }
  }
  memory.fill(DEPTHS, 0, <usize>n);
  let take = 2 * n - 2;
  for (let level = levels - 1; level >= 0 && take > 0; level--) {
    const base = (level < top ? level : top) * STRIDE;
    let leaves = 0;
    for (let i = 0; i < take; i++) leaves += <i32>load<u8>(IS_LEAF + <usize>(base + i));
    for (let i = 0; i < leaves; i++) store<u8>(DEPTHS + <usize>i, load<u8>(DEPTHS + <usize>i) + 1);
    take = 2 * (take - leaves);
  }
}

function sameLevel(a: i32, b: i32, count: i32): bool {
  for (let i = 0; i < count; i++) {
    if (load<i32>(ITEMS + ((<usize>(a + i)) << 2)) != load<i32>(ITEMS + ((<usize>(b + i)) << 2)))
      return false;
    if (load<u8>(IS_LEAF + <usize>(a + i)) != load<u8>(IS_LEAF + <usize>(b + i))) return false;
  }
  return true;
}

/**
 * The survey, a cheap look for repetition before the model proper runs. One position in 32 is looked at, chosen
 * by its 4 bytes (so both copies of repeated data are chosen alike): whether the newest earlier chosen position
 * in the window whose bytes hash alike (into 2^14 buckets) holds the same 4 bytes. Returns how many did; with
 * `count` 0 the positions are only recorded (a dictionary). Every match Go could make starts with such a
 * repeat; sampled, and with a bucket remembering only its newest position, this undercounts: it tells data with
 * hardly any repetition (random bytes: rarely a hit in a MiB) from data with much (text and binaries repeat at
 * most positions, and give up within the first block), not more. When counting, it also adds the byte 3 past
 * each position to the literal counts, as `tally(from + 3, to + 3)` would.
 */
export function survey(from: i32, to: i32, count: i32): i32 {
  let hits = 0;
  for (let i = from; i < to; i++) {
    const word = load<u32>(<usize>i);
    // the word's last byte, at i + 3, into the literal counts (`tally` of [from + 3, to + 3))
    const tallied = LITERALS + ((<usize>(word >> 24)) << 2);
    store<i32>(tallied, load<i32>(tallied) + count);
    const mixed = word * <u32>0x9e3779b1;
    if (mixed < SAMPLE) {
      const slot = SEEN + ((<usize>((mixed >> (32 - SAMPLE_BITS - SEEN_BITS)) & SEEN_MASK)) << 1);
      const before = <i32>load<u16>(slot) - 1;
      store<u16>(slot, i + 1);
      const near = (before >= i - WINDOW) & (before >= 0);
      hits += near & (<i32>(load<u32>(<usize>select<i32>(before, i, near)) == word));
    }
  }
  return count ? hits : 0;
}

/** Adds the bytes at [from, to) of the window to the literal counts of the open block. */
export function tally(from: i32, to: i32): void {
  for (let i = from; i < to; i++) {
    const slot = LITERALS + ((<usize>byteAt(i)) << 2);
    store<i32>(slot, load<i32>(slot) + 1);
  }
}

/** Empties the survey's buckets. */
export function surveyReset(): void {
  memory.fill(SEEN, 0, (<usize>(1 << SEEN_BITS)) << 1);
}

/** `slide` for the survey: the window's upper half moves down, and the survey's positions with it. */
export function surveySlide(): void {
  memory.copy(0, <usize>WINDOW, <usize>WINDOW);
  slidePositions(SEEN, (<usize>(1 << SEEN_BITS)) << 1);
}
