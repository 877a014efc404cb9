// The size of what Go's compress/flate writes at its default level (6), computed without writing it.
//
// The engine compresses a layer for `docker push` with Go's gzip at the default level, and Go's encoder is not
// zlib's: it only looks for matches of 4 bytes or more (zlib: 3), hashes 4 bytes into 2^17 buckets, cuts a block
// every 16,384 tokens, picks stored/fixed/dynamic per block by its own size estimate, and closes the stream with an
// empty stored block. zlib at level 6 comes out up to ~1.2% smaller on binaries and ~0.8% larger on some text, so
// this module replays Go's match finder and block decisions (written here from the published algorithm: lazy
// matching with good 8, lazy 16, nice 128, chain 128) and counts bits instead of emitting them. Huffman code
// lengths come from package-merge with Go's order between equally good codes, since that order decides header
// bits. The match finder, the hot loop, is wasm/go-scan.ts compiled to WebAssembly; the rest is here.
//
// Facts about the format (RFC 1951): length codes 257–285 with their extra bits, distance codes 0–29, the fixed
// literal code (8/9/7/8 bits), the code-length alphabet with repeat codes 16, 17, 18 sent in the order
// 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1 15.
//
// Everything lives inside one function that uses nothing from outside it but its argument, so that its source
// text can start a worker thread (compress.ts): the bundle has no separate worker file to point at.
import { GO_SCAN_WASM } from './go-scan-wasm.js';
/**
 * Builds the model: `GoGzipSize` counts a stream, `codeLengths` is exported for tests. `scanWasm` is the
 * base64 of the compiled hot loop (wasm/go-scan.ts), passed in so this function stays self-contained.
 */
export function goDeflateModel(scanWasm: string) {
  const WINDOW = 1 << 15;
  const MIN_MATCH = 4;
  const MAX_MATCH = 258;
  const LOOKAHEAD = MIN_MATCH + MAX_MATCH;
  const HASH_BITS = 17;
  /** Tokens per block: Go closes a block when it holds this many. */
  const BLOCK_TOKENS = 1 << 14;
  /** Parts this long or longer are surveyed first (smaller ones are cheap to count in full, and stay exact). */
  const SURVEY_MIN = 1 << 20;
  /**
   * Survey hits per MiB up to which a part counts as not repeating: the survey samples one position in 32, so
   * this stands for about 500 repeated 4-byte words (random bytes give about 8, so rarely a hit).
   */
  const SURVEY_HITS = 16;
  const MAX_STORED = 65535;

  const LITERALS = 286;
  const DISTANCES = 30;
  const END_OF_BLOCK = 256;

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

  // The match finder runs as WebAssembly (wasm/go-scan.ts; about twice the speed of the same loop in
  // JavaScript). Its memory holds the window at 0, then regions whose offsets the module exports (HEAD, …).
  interface WasmApi {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object, imports: object) => { exports: unknown };
  }
  interface WasmGlobal {
    value: number;
  }
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const scanModule = new wasm.Module(Buffer.from(scanWasm, 'base64'));
  interface ScanExports {
    memory: { buffer: ArrayBuffer };
    setState(
      index: number,
      chainHead: number,
      length: number,
      offset: number,
      available: number,
      tokens: number,
    ): void;
    scan(windowEnd: number, sync: number): number;
    insert(from: number, to: number): void;
    slide(): void;
    survey(from: number, to: number, count: number): number;
    surveyReset(): void;
    surveySlide(): void;
    tally(from: number, to: number): void;
    packageMerge(n: number, levels: number): void;
    /** Where the module lays out its regions in `memory` (byte offsets). */
    HEAD: WasmGlobal;
    PREV: WasmGlobal;
    LITERALS: WasmGlobal;
    DISTS: WasmGlobal;
    LCODE: WasmGlobal;
    LEXTRA: WasmGlobal;
    DCODE: WasmGlobal;
    DEXTRA: WasmGlobal;
    LEAVES: WasmGlobal;
    DEPTHS: WasmGlobal;
    index: WasmGlobal;
    chainHead: WasmGlobal;
    length: WasmGlobal;
    offset: WasmGlobal;
    byteAvailable: WasmGlobal;
    tokens: WasmGlobal;
    extraBits: WasmGlobal;
    closeAt: WasmGlobal;
  }

  /**
   * Bit lengths of an optimal prefix code for `freq` with no code longer than `maxBits`, written into `out`.
   * Symbols with frequency 0 get length 0; one or two used symbols get length 1 each. Among equally good codes
   * it picks the one Go picks, which decides the bits of a block header: package-merge (wasm/go-scan.ts) over
   * the symbols sorted by frequency then symbol, a package winning a tie against a leaf.
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
    merger.packageMerge(n, Math.min(maxBits, n - 1));
    for (let i = 0; i < n; i++) out[sorted[i]! & 511] = DEPTHS[i]!;
  }

  /**
   * Bits of the first `count` symbols of `freq` under an optimal prefix code with no length limit (the sum of a
   * Huffman tree's inner weights, merging from two queues over the sorted weights): no code does better.
   */
  function huffmanCost(freq: ArrayLike<number>, count: number): number {
    const leaves = HUFFMAN_LEAVES;
    let n = 0;
    for (let s = 0; s < count; s++) if (freq[s]! > 0) leaves[n++] = freq[s]!;
    if (n < 2) return 0;
    leaves.subarray(0, n).sort();
    const merged = HUFFMAN_MERGED;
    let leaf = 0;
    let next = 0;
    let made = 0;
    let cost = 0;
    for (let k = 0; k < n - 1; k++) {
      const a =
        leaf < n && (next >= made || leaves[leaf]! <= merged[next]!) ? leaves[leaf++]! : merged[next++]!;
      const b =
        leaf < n && (next >= made || leaves[leaf]! <= merged[next]!) ? leaves[leaf++]! : merged[next++]!;
      merged[made++] = a + b;
      cost += a + b;
    }
    return cost;
  }
  const HUFFMAN_LEAVES = new Int32Array(LITERALS);
  const HUFFMAN_MERGED = new Int32Array(LITERALS);

  // package-merge runs in an instance of its own, on this thread: leaf weights in, code lengths out
  const merger = new wasm.Instance(scanModule, {}).exports as ScanExports;
  const LEAF_WEIGHTS = new Int32Array(merger.memory.buffer, merger.LEAVES.value, LITERALS);
  const DEPTHS = new Uint8Array(merger.memory.buffer, merger.DEPTHS.value, LITERALS);
  const SORT_KEYS = new Int32Array(LITERALS);

  /** Bits of one block's three candidate encodings, Go's choice among them, and the bits it writes. */
  class BlockCoder {
    /** Extra bits of the lengths and distances counted so far (the same in fixed and dynamic blocks). */
    extraBits = 0;
    private readonly literalLengths = new Uint8Array(LITERALS);
    private readonly distanceLengths = new Uint8Array(DISTANCES);
    private readonly codeLengthFreq = new Int32Array(19);
    private readonly codeLengthLengths = new Uint8Array(19);
    private readonly sequence = new Uint8Array(LITERALS + DISTANCES);

    /** The open block's symbol counts (views on the scanner's memory, which counts into them). */
    constructor(
      readonly literalFreq: Int32Array,
      readonly distanceFreq: Int32Array,
    ) {}

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
      let fixedData = 0;
      for (let s = 0; s < literals; s++) fixedData += lit[s]! * FIXED_LITERAL[s]!;
      for (let d = 0; d < distances; d++) fixedData += dist[d]! * 5;
      const fixedSize = 3 + fixedData + this.extraBits;
      const storable = stored >= 0 && stored <= MAX_STORED;
      // Most blocks of incompressible data are stored, and that is certain before any code is built when the
      // stored size beats the fixed size and a floor under the dynamic size: its header takes at least 29 bits
      // and its literal/length codes at least what an optimal (unlimited) Huffman code needs.
      if (
        storable &&
        (stored + 5) * 8 < fixedSize &&
        (stored + 5) * 8 < 29 + huffmanCost(lit, literals) + this.extraBits
      ) {
        this.clear();
        return storedBits(position, stored);
      }
      codeLengths(lit, 15, this.literalLengths);
      codeLengths(dist, 15, this.distanceLengths);

      let dynamicData = 0;
      for (let s = 0; s < literals; s++) dynamicData += lit[s]! * this.literalLengths[s]!;
      for (let d = 0; d < distances; d++) dynamicData += dist[d]! * this.distanceLengths[d]!;
      const dynamicSize = this.dynamicHeader(literals, distances) + dynamicData + this.extraBits;
      let size = fixedSize;
      let phantomBits = phantom ? 5 : 0;
      if (dynamicSize < fixedSize) {
        size = dynamicSize;
        phantomBits = phantom ? this.distanceLengths[0]! : 0;
      }
      let bits: number;
      if (storable && (stored + 5) * 8 < size) {
        bits = storedBits(position, stored);
      } else {
        bits = size - phantomBits;
      }
      this.clear();
      return bits;
    }

    /** Empties the open block's counts. */
    clear(): void {
      this.literalFreq.fill(0);
      this.distanceFreq.fill(0);
      this.extraBits = 0;
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

  /**
   * Bytes of a gzip member whose deflate blocks take `bits`: Go ends the stream with an empty final stored block
   * (3 bits, byte alignment, 4 bytes); the gzip header and trailer add 18 bytes.
   */
  function gzipBytes(bits: number): number {
    return alignedTo8(alignedTo8(bits + 3) + 32) / 8 + 18;
  }

  function alignedTo8(bits: number): number {
    return Math.ceil(bits / 8) * 8;
  }

  /** Bits of a stored block of `stored` bytes written at bit `position`: 3 header bits, byte alignment, 4 bytes. */
  function storedBits(position: number, stored: number): number {
    return alignedTo8(position + 3) - position + 32 + 8 * stored;
  }

  /** The last 32 KiB of a dictionary: all a window can hold. */
  function lastWindow(dictionary: Uint8Array): Uint8Array {
    return dictionary.length > WINDOW ? dictionary.subarray(dictionary.length - WINDOW) : dictionary;
  }

  /**
   * Counts the bytes Go's `gzip.NewWriter` (level 6) would write for the data given to `write`.
   * `end()` returns the deflate stream's size plus the 18 bytes of gzip header and trailer.
   */
  class GoGzipSize {
    private readonly scanner = new wasm.Instance(scanModule, {}).exports as ScanExports;
    private readonly window: Uint8Array;
    private readonly hashHead: Uint16Array;
    private readonly hashPrev: Uint16Array;
    private readonly block: BlockCoder;
    private chainHead = -1;
    private index = 0;
    private windowEnd = 0;
    private blockStart = 0;
    private byteAvailable = false;
    private length = MIN_MATCH - 1;
    private offset = 0;
    private tokens = 0;
    private sync = false;
    /** Bits written so far. */
    private bits = 0;
    /** Where the block that filled up ends (set by `scan` when it returns true). */
    private closeAt = 0;

    constructor() {
      const memory = this.scanner.memory.buffer;
      this.window = new Uint8Array(memory, 0, 2 * WINDOW);
      const w = this.scanner;
      this.hashHead = new Uint16Array(memory, w.HEAD.value, 1 << HASH_BITS);
      this.hashPrev = new Uint16Array(memory, w.PREV.value, WINDOW);
      this.block = new BlockCoder(
        new Int32Array(memory, w.LITERALS.value, LITERALS),
        new Int32Array(memory, w.DISTS.value, DISTANCES),
      );
      new Uint8Array(memory, w.LCODE.value, 256).set(LENGTH_CODE);
      new Uint8Array(memory, w.LEXTRA.value, 29).set(LENGTH_EXTRA);
      new Uint8Array(memory, w.DCODE.value, WINDOW).set(DISTANCE_CODE);
      new Uint8Array(memory, w.DEXTRA.value, 30).set(DISTANCE_EXTRA);
    }

    /** Back to the state of a new writer, keeping the tables' memory. */
    reset(): void {
      this.hashHead.fill(0);
      this.hashPrev.fill(0);
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
      this.block.clear();
    }

    /**
     * Primes the window with the data that precedes this part of a stream (up to 32 KiB), as if it had been
     * compressed already: its positions are hashed so matches may point into it.
     */
    prime(dictionary: Uint8Array): void {
      const d = lastWindow(dictionary);
      this.window.set(d, 0);
      this.scanner.insert(0, d.length - (MIN_MATCH - 1));
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

    /** Deflate bits of one part of a stream, from a fresh state primed with the part's dictionary. */
    countPart(part: Uint8Array, dictionary: Uint8Array): number {
      if (part.length >= SURVEY_MIN) {
        const bits = this.literalBits(part, dictionary);
        if (bits >= 0) return bits;
      }
      this.reset();
      if (dictionary.length > 0) this.prime(dictionary);
      this.write(part);
      return this.partBits();
    }

    /**
     * Deflate bits of a part that hardly repeats itself (random bytes, compressed files), counted as Go would
     * write it if it found no match at all: blocks of 16,384 literals, each stored, fixed or dynamic by Go's
     * rule. The survey (wasm/go-scan.ts) runs first and gives up (-1) as soon as the part repeats more than a
     * handful of times per MiB; the full model then counts it. Where Go does find its few chance matches
     * (about one per MiB of random bytes), each changes the size by a few bits.
     */
    literalBits(part: Uint8Array, dictionary: Uint8Array): number {
      const w = this.scanner;
      const window = this.window;
      const limit = Math.ceil((SURVEY_HITS * part.length) / SURVEY_MIN);
      w.surveyReset();
      const block = this.block;
      block.clear();
      const d = lastWindow(dictionary);
      window.set(d, 0);
      w.survey(0, Math.max(0, d.length - (MIN_MATCH - 1)), 0);
      let end = d.length;
      let next = Math.max(0, end - (MIN_MATCH - 1));
      let hits = 0;
      let bits = 0;
      // block by block: into the window, surveyed (up to the last position with 4 bytes), counted, closed
      for (let start = 0; start < part.length; start += BLOCK_TOKENS) {
        const stop = Math.min(part.length, start + BLOCK_TOKENS);
        if (end + (stop - start) > 2 * WINDOW) {
          w.surveySlide();
          end -= WINDOW;
          next -= WINDOW;
        }
        window.set(part.subarray(start, stop), end);
        end += stop - start;
        // the survey counts the block's literals from 3 bytes past `next` on: the part's first 3 bytes when
        // there is no dictionary are counted here
        if (next + (MIN_MATCH - 1) > end - (stop - start))
          w.tally(end - (stop - start), next + (MIN_MATCH - 1));
        hits += w.survey(next, end - (MIN_MATCH - 1), 1);
        next = end - (MIN_MATCH - 1);
        if (hits > limit) return -1;
        bits += block.close(bits, stop - start);
      }
      return bits;
    }

    /** Size of the whole gzip member. */
    end(): number {
      return gzipBytes(this.partBits());
    }

    private fill(data: Uint8Array): number {
      if (this.index >= 2 * WINDOW - LOOKAHEAD) {
        // the window and the positions in the chains move down by 32 KiB (wasm/go-scan.ts `slide`)
        this.scanner.slide();
        this.index -= WINDOW;
        this.windowEnd -= WINDOW;
        this.chainHead -= WINDOW;
        this.blockStart = this.blockStart >= WINDOW ? this.blockStart - WINDOW : Number.MAX_SAFE_INTEGER;
      }
      const n = Math.min(data.length, this.window.length - this.windowEnd);
      this.window.set(data.subarray(0, n), this.windowEnd);
      this.windowEnd += n;
      return n;
    }

    private closeBlock(index: number): void {
      if (index <= 0) return;
      const stored = this.blockStart <= index ? index - this.blockStart : -1;
      this.blockStart = index;
      this.bits += this.block.close(this.bits, stored);
    }

    private deflate(): void {
      if (this.windowEnd - this.index < LOOKAHEAD && !this.sync) return;
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

    /**
     * Go's lazy matching over the window (wasm/go-scan.ts) until the lookahead runs short (false) or a block
     * holds 16,384 tokens (true, with `closeAt` set); the state crosses over on each call.
     */
    private scan(): boolean {
      const w = this.scanner;
      w.setState(
        this.index,
        this.chainHead,
        this.length,
        this.offset,
        this.byteAvailable ? 1 : 0,
        this.tokens,
      );
      const full = w.scan(this.windowEnd, this.sync ? 1 : 0) === 1;
      this.index = w.index.value;
      this.chainHead = w.chainHead.value;
      this.length = w.length.value;
      this.offset = w.offset.value;
      this.byteAvailable = w.byteAvailable.value === 1;
      this.tokens = w.tokens.value;
      this.block.extraBits += w.extraBits.value;
      this.closeAt = w.closeAt.value;
      return full;
    }
  }

  return { GoGzipSize, codeLengths, gzipBytes };
}

export const { GoGzipSize, codeLengths, gzipBytes } = goDeflateModel(GO_SCAN_WASM);
export type GoGzipSize = InstanceType<typeof GoGzipSize>;
