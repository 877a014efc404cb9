// The size of what Go's compress/flate writes at its default level (6), computed without writing it.
//
// The engine compresses a layer for `docker push` with Go's gzip at the default level, and Go's encoder is not
// zlib's: it only looks for matches of 4 bytes or more (zlib: 3), hashes 4 bytes into 2^17 buckets, cuts a block
// every 16,384 tokens, picks stored/fixed/dynamic per block by its own size estimate, and closes the stream with an
// empty stored block. zlib at level 6 comes out up to ~1.2% smaller on binaries and ~0.8% larger on some text, so
// this module replays Go's match finder and block decisions (written here from the published algorithm: lazy
// matching with good 8, lazy 16, nice 128, chain 128) and counts bits instead of emitting them. Huffman code
// lengths come from an optimal length-limited code (package-merge), as Go's are; only ties between equally
// optimal codes can differ, which moves a block header by a few bits.
//
// Facts about the format (RFC 1951): length codes 257–285 with their extra bits, distance codes 0–29, the fixed
// literal code (8/9/7/8 bits), the code-length alphabet with repeat codes 16, 17, 18 sent in the order
// 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1 15.
//
// Everything lives inside one function with no imports so that its source text can start a worker thread
// (compress.ts): the bundle has no separate worker file to point at.

/** Builds the model: `GoGzipSize` counts a stream, `codeLengths` is exported for tests. */
export function goDeflateModel() {
  const WINDOW = 1 << 15;
  const WINDOW_MASK = WINDOW - 1;
  const MIN_MATCH = 4;
  const MAX_MATCH = 258;
  const LOOKAHEAD = MIN_MATCH + MAX_MATCH;
  const HASH_BITS = 17;
  const HASH_MASK = (1 << HASH_BITS) - 1;
  const HASH_MUL = 0x1e35a7bd;
  const BLOCK_TOKENS = 1 << 14;
  const MAX_STORED = 65535;
  const MAX_HASH_OFFSET = 1 << 24;
  // level 6
  const LAZY = 16;
  const NICE = 128;
  const CHAIN = 128;

  const LITERALS = 286;
  const DISTANCES = 30;
  const END_OF_BLOCK = 256;
  const FAR = 4096;

  /** Length code (0–28) of a match length minus 3. */
  const LENGTH_CODE = new Uint8Array(256);
  /** Extra bits of each length code. */
  const LENGTH_EXTRA = new Uint8Array(29);
  /** Distance code (0–29) of a distance minus 1. */
  const DISTANCE_CODE = new Uint8Array(WINDOW);
  /** Extra bits of each distance code. */
  const DISTANCE_EXTRA = new Uint8Array(30);
  /** Fixed-code bit length of each literal/length symbol. */
  const FIXED_LITERAL = new Uint8Array(LITERALS);
  const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  (function buildTables(): void {
    // lengths 3..258: codes 0..27 cover runs of 4 × 2^extra (extra = 0 for the first 8), code 28 is 258 alone
    let length = 0;
    for (let code = 0; code < 28; code++) {
      const extra = code < 8 ? 0 : (code >> 2) - 1;
      LENGTH_EXTRA[code] = extra;
      for (let i = 0; i < 1 << extra; i++) LENGTH_CODE[length++] = code;
    }
    LENGTH_CODE[255] = 28;
    LENGTH_EXTRA[28] = 0;
    // distances 1..32768: codes 0..3 are single values, then pairs of codes per doubling
    let distance = 0;
    for (let code = 0; code < 30; code++) {
      const extra = code < 4 ? 0 : (code >> 1) - 1;
      DISTANCE_EXTRA[code] = extra;
      for (let i = 0; i < 1 << extra; i++) DISTANCE_CODE[distance++] = code;
    }
    for (let s = 0; s < LITERALS; s++) FIXED_LITERAL[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
  })();

  /**
   * Bit lengths of an optimal prefix code for `freq` with no code longer than `maxBits`, written into `out`.
   * Symbols with frequency 0 get length 0; one or two used symbols get length 1 each. Among equally good codes
   * it picks the one Go picks, which decides the bits of a block header: package-merge over the symbols sorted
   * by frequency then symbol, a package winning a tie against a leaf.
   */
  function codeLengths(freq: ArrayLike<number>, maxBits: number, out: Uint8Array): void {
    out.fill(0, 0, freq.length);
    // sort keys: frequency, then symbol (a block has at most 16,385 tokens, so frequency × 512 fits)
    const keys = SORT_KEYS;
    let n = 0;
    for (let s = 0; s < freq.length; s++) if (freq[s]! > 0) keys[n++] = freq[s]! * 512 + s;
    if (n <= 2) {
      for (let i = 0; i < n; i++) out[keys[i]! & 511] = 1;
      return;
    }
    const sorted = keys.subarray(0, n).sort();
    for (let i = 0; i < n; i++) LEAF_WEIGHTS[i] = sorted[i]! >> 9;
    const depth = packageMerge(n, Math.min(maxBits, n - 1));
    for (let i = 0; i < n; i++) out[sorted[i]! & 511] = depth[i]!;
  }

  const MAX_SYMBOLS = LITERALS;
  const MAX_LEVELS = 15;
  const LEAF_WEIGHTS = new Float64Array(MAX_SYMBOLS);
  const SORT_KEYS = new Int32Array(MAX_SYMBOLS);
  /** Per level, the merged items' weights and whether each is a leaf (the level's lists, deepest first). */
  const ITEM_WEIGHTS = new Float64Array(MAX_LEVELS * 2 * MAX_SYMBOLS);
  const ITEM_IS_LEAF = new Uint8Array(MAX_LEVELS * 2 * MAX_SYMBOLS);
  const ITEM_COUNT = new Int32Array(MAX_LEVELS);
  const DEPTHS = new Uint8Array(MAX_SYMBOLS);

  /**
   * Package-merge over LEAF_WEIGHTS[0..n) (ascending) with `levels` levels: level 0 lists the leaves; each
   * level above merges the leaves with pairs of consecutive items of the level below. The cheapest 2n − 2
   * items of the top level are chosen; walking down, a chosen package chooses the two items it was made of.
   * A leaf's code length is the number of levels it is chosen at (the chosen leaves of a level are the
   * cheapest ones). Returns the lengths by leaf.
   */
  function packageMerge(n: number, levels: number): Uint8Array {
    const stride = 2 * MAX_SYMBOLS;
    for (let i = 0; i < n; i++) {
      ITEM_WEIGHTS[i] = LEAF_WEIGHTS[i]!;
      ITEM_IS_LEAF[i] = 1;
    }
    ITEM_COUNT[0] = n;
    for (let level = 1; level < levels; level++) {
      const below = (level - 1) * stride;
      const pairs = ITEM_COUNT[level - 1]! >> 1;
      const base = level * stride;
      let count = 0;
      let leaf = 0;
      let pair = 0;
      while (leaf < n || pair < pairs) {
        const pairWeight =
          pair < pairs ? ITEM_WEIGHTS[below + 2 * pair]! + ITEM_WEIGHTS[below + 2 * pair + 1]! : Infinity;
        if (leaf < n && LEAF_WEIGHTS[leaf]! < pairWeight) {
          ITEM_WEIGHTS[base + count] = LEAF_WEIGHTS[leaf++]!;
          ITEM_IS_LEAF[base + count++] = 1;
        } else {
          ITEM_WEIGHTS[base + count] = pairWeight;
          ITEM_IS_LEAF[base + count++] = 0;
          pair++;
        }
      }
      ITEM_COUNT[level] = count;
    }
    DEPTHS.fill(0, 0, n);
    let take = 2 * n - 2;
    for (let level = levels - 1; level >= 0 && take > 0; level--) {
      const base = level * stride;
      let leaves = 0;
      for (let i = 0; i < take; i++) leaves += ITEM_IS_LEAF[base + i]!;
      for (let i = 0; i < leaves; i++) DEPTHS[i]!++;
      take = 2 * (take - leaves);
    }
    return DEPTHS;
  }

  /** Bits of one block's three candidate encodings, Go's choice among them, and the bits it writes. */
  class BlockCoder {
    readonly literalFreq = new Int32Array(LITERALS);
    readonly distanceFreq = new Int32Array(DISTANCES);
    /** Extra bits of the lengths and distances counted so far (the same in fixed and dynamic blocks). */
    extraBits = 0;
    private readonly literalLengths = new Uint8Array(LITERALS);
    private readonly distanceLengths = new Uint8Array(DISTANCES);
    private readonly codeLengthFreq = new Int32Array(19);
    private readonly codeLengthLengths = new Uint8Array(19);
    private readonly sequence = new Uint8Array(LITERALS + DISTANCES);

    /**
     * Bits written for the block, given the bit position before it (stored blocks align to a byte). `stored` is
     * the number of input bytes the block covers when they are still in the window, or -1.
     */
    close(position: number, stored: number): number {
      const lit = this.literalFreq;
      const dist = this.distanceFreq;
      lit[END_OF_BLOCK]!++;
      let literals = LITERALS;
      while (lit[literals - 1] === 0) literals--;
      let distances = DISTANCES;
      while (distances > 0 && dist[distances - 1] === 0) distances--;
      // with no match at all Go still counts one distance code so the dynamic header can describe the (unused)
      // distance code; that count enters its size estimates but no such code is written
      const phantom = distances === 0;
      if (phantom) {
        dist[0] = 1;
        distances = 1;
      }
      codeLengths(lit, 15, this.literalLengths);
      codeLengths(dist, 15, this.distanceLengths);

      let fixedData = 0;
      let dynamicData = 0;
      for (let s = 0; s < literals; s++) {
        const f = lit[s]!;
        if (f !== 0) {
          fixedData += f * FIXED_LITERAL[s]!;
          dynamicData += f * this.literalLengths[s]!;
        }
      }
      for (let d = 0; d < distances; d++) {
        const f = dist[d]!;
        if (f !== 0) {
          fixedData += f * 5;
          dynamicData += f * this.distanceLengths[d]!;
        }
      }
      const fixedSize = 3 + fixedData + this.extraBits;
      const dynamicSize = this.dynamicHeader(literals, distances) + dynamicData + this.extraBits;
      let size = fixedSize;
      let phantomBits = phantom ? 5 : 0;
      if (dynamicSize < fixedSize) {
        size = dynamicSize;
        phantomBits = phantom ? this.distanceLengths[0]! : 0;
      }
      let bits: number;
      if (stored >= 0 && stored <= MAX_STORED && (stored + 5) * 8 < size) {
        bits = alignedTo8(position + 3) - position + 32 + 8 * stored;
      } else {
        bits = size - phantomBits;
      }
      lit.fill(0);
      dist.fill(0);
      this.extraBits = 0;
      return bits;
    }

    /** Bits of a dynamic block header: the code-length code and the run-length coded code lengths. */
    private dynamicHeader(literals: number, distances: number): number {
      const seq = this.sequence;
      seq.set(this.literalLengths.subarray(0, literals), 0);
      seq.set(this.distanceLengths.subarray(0, distances), literals);
      const total = literals + distances;
      const freq = this.codeLengthFreq;
      freq.fill(0);
      // runs: a nonzero length is sent once, then repeated by 16 (3–6 times); zeros go by 18 (11–138) and 17 (3–10)
      let i = 0;
      while (i < total) {
        const value = seq[i]!;
        let run = 1;
        while (i + run < total && seq[i + run] === value) run++;
        i += run;
        if (value !== 0) {
          freq[value]!++;
          run--;
          while (run >= 3) {
            freq[16]!++;
            run -= Math.min(6, run);
          }
        } else {
          while (run >= 11) {
            freq[18]!++;
            run -= Math.min(138, run);
          }
          if (run >= 3) {
            freq[17]!++;
            run = 0;
          }
        }
        freq[value]! += run;
      }
      codeLengths(freq, 7, this.codeLengthLengths);
      let codes = 19;
      while (codes > 4 && freq[CODE_LENGTH_ORDER[codes - 1]!] === 0) codes--;
      let bits = 3 + 5 + 5 + 4 + 3 * codes + freq[16]! * 2 + freq[17]! * 3 + freq[18]! * 7;
      for (let c = 0; c < 19; c++) bits += freq[c]! * this.codeLengthLengths[c]!;
      return bits;
    }
  }

  function alignedTo8(bits: number): number {
    return Math.ceil(bits / 8) * 8;
  }

  /**
   * Counts the bytes Go's `gzip.NewWriter` (level 6) would write for the data given to `write`.
   * `end()` returns the deflate stream's size plus the 18 bytes of gzip header and trailer.
   */
  class GoGzipSize {
    private readonly window = new Uint8Array(2 * WINDOW);
    private readonly hashHead = new Int32Array(1 << HASH_BITS);
    private readonly hashPrev = new Int32Array(WINDOW);
    /** hash4 of each window position below `hashedTo`, computed in one rolling pass per call. */
    private readonly hashes = new Int32Array(2 * WINDOW);
    private hashedTo = 0;
    private hashOffset = 1;
    private chainHead = -1;
    private index = 0;
    private windowEnd = 0;
    private blockStart = 0;
    private byteAvailable = false;
    private length = MIN_MATCH - 1;
    private offset = 0;
    private tokens = 0;
    private sync = false;
    private readonly block = new BlockCoder();
    /** Bits written so far. */
    private bits = 0;

    /** Back to the state of a new writer, keeping the tables' memory. */
    reset(): void {
      this.hashHead.fill(0);
      this.hashPrev.fill(0);
      this.hashedTo = 0;
      this.hashOffset = 1;
      this.chainHead = -1;
      this.index = 0;
      this.windowEnd = 0;
      this.blockStart = 0;
      this.byteAvailable = false;
      this.length = MIN_MATCH - 1;
      this.offset = 0;
      this.tokens = 0;
      this.sync = false;
      this.bits = 0;
      this.block.literalFreq.fill(0);
      this.block.distanceFreq.fill(0);
      this.block.extraBits = 0;
    }

    /**
     * Primes the window with the data that precedes this part of a stream (up to 32 KiB), as if it had been
     * compressed already: its positions are hashed so matches may point into it.
     */
    prime(dictionary: Uint8Array): void {
      const d = dictionary.length > WINDOW ? dictionary.subarray(dictionary.length - WINDOW) : dictionary;
      this.window.set(d, 0);
      for (let i = 0; i + MIN_MATCH <= d.length; i++) {
        const h = hash4(this.window, i);
        this.hashPrev[i & WINDOW_MASK] = this.hashHead[h]!;
        this.hashHead[h] = i + this.hashOffset;
      }
      this.windowEnd = d.length;
      this.index = d.length;
      this.blockStart = d.length;
    }

    write(data: Uint8Array): void {
      let offset = 0;
      while (offset < data.length) {
        this.deflate();
        offset += this.fill(data.subarray(offset));
      }
    }

    /** Deflate bits of everything written, its last block closed but not the stream (one part of a stream). */
    partBits(): number {
      this.sync = true;
      this.deflate();
      this.sync = false;
      return this.bits;
    }

    /** Size of the whole gzip member. */
    end(): number {
      this.sync = true;
      this.deflate();
      // the final, empty stored block and the byte alignment of the stream's end
      const bits = alignedTo8(alignedTo8(this.bits + 3) + 32);
      return bits / 8 + 18;
    }

    private fill(data: Uint8Array): number {
      if (this.index >= 2 * WINDOW - LOOKAHEAD) {
        this.window.copyWithin(0, WINDOW, 2 * WINDOW);
        this.hashes.copyWithin(0, WINDOW, 2 * WINDOW);
        this.hashedTo = Math.max(0, this.hashedTo - WINDOW);
        this.index -= WINDOW;
        this.windowEnd -= WINDOW;
        this.blockStart = this.blockStart >= WINDOW ? this.blockStart - WINDOW : Number.MAX_SAFE_INTEGER;
        this.hashOffset += WINDOW;
        if (this.hashOffset > MAX_HASH_OFFSET) this.rebase();
      }
      const n = Math.min(data.length, this.window.length - this.windowEnd);
      this.window.set(data.subarray(0, n), this.windowEnd);
      this.windowEnd += n;
      return n;
    }

    private rebase(): void {
      const delta = this.hashOffset - 1;
      this.hashOffset -= delta;
      this.chainHead -= delta;
      for (const table of [this.hashPrev, this.hashHead]) {
        for (let i = 0; i < table.length; i++) table[i] = table[i]! > delta ? table[i]! - delta : 0;
      }
    }

    private closeBlock(index: number): void {
      if (index <= 0) return;
      const stored = this.blockStart <= index ? index - this.blockStart : -1;
      this.blockStart = index;
      this.bits += this.block.close(this.bits, stored);
    }

    private deflate(): void {
      if (this.windowEnd - this.index < LOOKAHEAD && !this.sync) return;
      this.hashAhead();
      while (this.scan()) this.closeBlock(this.closeAt);
      if (this.sync && this.index === this.windowEnd) {
        // the end of the input: the pending literal, then the last block
        if (this.byteAvailable) {
          this.block.literalFreq[this.window[this.index - 1]!]!++;
          this.tokens++;
          this.byteAvailable = false;
        }
        if (this.tokens > 0) this.closeBlock(this.index);
      }
    }

    /** hash4 of every window position that has its four bytes, in one rolling pass. */
    private hashAhead(): void {
      const maxInsert = this.windowEnd - (MIN_MATCH - 1);
      if (this.hashedTo < maxInsert) {
        hashRange(this.window, this.hashes, this.hashedTo, maxInsert);
        this.hashedTo = maxInsert;
      }
    }

    /** Where the block that filled up ends (set by `scan` when it returns true). */
    private closeAt = 0;

    /**
     * The hot loop: Go's lazy matching over the window until the lookahead runs short (false) or a block holds
     * 16,384 tokens (true, with `closeAt` set). Only typed arrays and locals inside; the state is written back
     * on return, and block closing happens outside, so the loop stays one optimised piece of code.
     */
    private scan(): boolean {
      const win = this.window;
      const head = this.hashHead;
      const prev = this.hashPrev;
      const hashes = this.hashes;
      const literalFreq = this.block.literalFreq;
      const distanceFreq = this.block.distanceFreq;
      const hashOffset = this.hashOffset;
      const windowEnd = this.windowEnd;
      const maxInsert = windowEnd - (MIN_MATCH - 1);
      const minLookahead = this.sync ? 1 : LOOKAHEAD;
      let index = this.index;
      let chainHead = this.chainHead;
      let length = this.length;
      let offset = this.offset;
      let byteAvailable = this.byteAvailable;
      let tokens = this.tokens;
      let extra = 0;
      let full = false;
      while (windowEnd - index >= minLookahead) {
        const lookahead = windowEnd - index;
        if (index < maxInsert) {
          const h = hashes[index]!;
          chainHead = head[h]!;
          prev[index & WINDOW_MASK] = chainHead;
          head[h] = index + hashOffset;
        }
        const prevLength = length;
        const prevOffset = offset;
        length = MIN_MATCH - 1;
        offset = 0;
        const first = chainHead - hashOffset;
        if (first >= index - WINDOW && first >= 0 && lookahead > prevLength && prevLength < LAZY) {
          // the longest match along the hash chain, by Go's rules (GOOD never applies: the search starts at 3)
          const look = lookahead < MAX_MATCH ? lookahead : MAX_MATCH;
          const nice = look < NICE ? look : NICE;
          const minIndex = index - WINDOW;
          let best = MIN_MATCH - 1;
          let endByte = win[index + best]!;
          for (let i = first, tries = CHAIN; tries > 0; tries--) {
            if (win[i + best] === endByte) {
              let n = 0;
              while (n < look && win[i + n] === win[index + n]) n++;
              if (n > best && (n > MIN_MATCH || index - i <= FAR)) {
                best = n;
                length = n;
                offset = index - i;
                if (n >= nice) break;
                endByte = win[index + n]!;
              }
            }
            if (i === minIndex) break;
            i = prev[i & WINDOW_MASK]! - hashOffset;
            if (i < minIndex || i < 0) break;
          }
        }
        if (prevLength >= MIN_MATCH && length <= prevLength) {
          const lc = LENGTH_CODE[prevLength - 3]!;
          const dc = DISTANCE_CODE[prevOffset - 1]!;
          literalFreq[257 + lc]!++;
          distanceFreq[dc]!++;
          extra += LENGTH_EXTRA[lc]! + DISTANCE_EXTRA[dc]!;
          tokens++;
          const end = index + prevLength - 1;
          for (index++; index < end; index++) {
            if (index < maxInsert) {
              const h = hashes[index]!;
              prev[index & WINDOW_MASK] = head[h]!;
              head[h] = index + hashOffset;
            }
          }
          byteAvailable = false;
          length = MIN_MATCH - 1;
          if (tokens === BLOCK_TOKENS) {
            this.closeAt = index;
            full = true;
            break;
          }
        } else {
          if (byteAvailable) {
            literalFreq[win[index - 1]!]!++;
            tokens++;
          }
          index++;
          byteAvailable = true;
          if (tokens === BLOCK_TOKENS) {
            // Go closes the block before moving past this byte
            this.closeAt = index - 1;
            full = true;
            break;
          }
        }
      }
      this.index = index;
      this.chainHead = chainHead;
      this.length = length;
      this.offset = offset;
      this.byteAvailable = byteAvailable;
      this.tokens = full ? 0 : tokens;
      this.block.extraBits += extra;
      return full;
    }
  }

  function hashRange(win: Uint8Array, hashes: Int32Array, from: number, to: number): void {
    let v = (win[from]! << 16) | (win[from + 1]! << 8) | win[from + 2]!;
    for (let i = from; i < to; i++) {
      v = (v << 8) | win[i + 3]!;
      hashes[i] = (Math.imul(v, HASH_MUL) >>> (32 - HASH_BITS)) & HASH_MASK;
    }
  }

  function hash4(b: Uint8Array, i: number): number {
    const v = (b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!;
    return (Math.imul(v, HASH_MUL) >>> (32 - HASH_BITS)) & HASH_MASK;
  }

  return { GoGzipSize, codeLengths };
}

export const { GoGzipSize, codeLengths } = goDeflateModel();
export type GoGzipSize = InstanceType<typeof GoGzipSize>;
