// The build info a Go linker embeds in every executable (Go 1.18 and later), read from the bytes of an ELF file as
// they stream past. The build info lies at the start of the first writable, non-executable PT_LOAD segment (the
// `.go.buildinfo` section), 16-byte aligned within its first 64 KiB: a 32-byte header (`\xff Go buildinf:`, the
// pointer size, a flags byte) and, when the flags say the strings are inline (bit value 2), two varint-prefixed
// strings: the Go version and the module info (`path`, `mod`, `dep`, `=>` lines between two 16-byte sentinels).
// Older binaries point at their strings through the data segment's addresses instead; those are not read.
// Bounded: the ELF header and program headers must lie in the first 64 KiB, the data segment must start within
// the first GO_SCAN_LIMIT bytes, and at most 64 KiB + GO_MODINFO_LIMIT bytes of a file are ever held.

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_BYTES = 32;
const FLAG_INLINE_STRINGS = 0x2;
/** How far into the data segment the build info may start (Go's own reader searches as far). */
const SEARCH_BYTES = 64 * 1024;
/** The ELF and program headers are read from at most this much of the start of the file. */
const HEAD_BYTES = 64 * 1024;
/** The data segment (and so the build info) must start before this file offset. */
export const GO_SCAN_LIMIT = 512 * 1024 * 1024;
/** The longest module info kept (a few hundred dependencies take tens of KiB). */
export const GO_MODINFO_LIMIT = 1024 * 1024;

/** The file offset of the first writable, non-executable PT_LOAD segment of an ELF executable (ET_EXEC or
 *  ET_DYN); undefined when `head` is not one or its program headers are not within `head`. */
export function elfDataOffset(head: Buffer): number | undefined {
  if (head.length < 52 || head.readUInt32BE(0) !== 0x7f454c46) return undefined;
  const is64 = head[4] === 2;
  if (head[4] !== 1 && !is64) return undefined;
  const le = head[5] === 1;
  if (head[5] !== 1 && head[5] !== 2) return undefined;
  const u16 = (o: number): number => (le ? head.readUInt16LE(o) : head.readUInt16BE(o));
  const u32 = (o: number): number => (le ? head.readUInt32LE(o) : head.readUInt32BE(o));
  const word = (o: number): number => {
    if (!is64) return u32(o);
    const v = le ? head.readBigUInt64LE(o) : head.readBigUInt64BE(o);
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
  };
  if (is64 && head.length < 64) return undefined;
  const type = u16(16);
  if (type !== 2 && type !== 3) return undefined;
  const phoff = word(is64 ? 32 : 28);
  const phentsize = u16(is64 ? 54 : 42);
  const phnum = u16(is64 ? 56 : 44);
  if (phentsize < (is64 ? 56 : 32) || phoff + phnum * phentsize > head.length) return undefined;
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    const flags = u32(is64 ? p + 4 : p + 24);
    // PT_LOAD, PF_W without PF_X
    if (u32(p) === 1 && (flags & 0x3) === 0x2) return word(is64 ? p + 8 : p + 4);
  }
  return undefined;
}

function varint(data: Buffer, at: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = at; i < data.length && i < at + 8; i++) {
    const b = data[i]!;
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) return { value, next: i + 1 };
    scale *= 128;
  }
  return undefined;
}

export type BuildInfoDecode =
  | { kind: 'found'; goVersion: string; modinfo: string }
  /** The window has to reach this many bytes (from the data segment's start) for the strings. */
  | { kind: 'need'; bytes: number }
  | { kind: 'none' };

/** Decodes the build info from the bytes at the start of a Go binary's data segment. */
export function decodeBuildInfo(window: Buffer): BuildInfoDecode {
  let at = -1;
  for (let i = window.indexOf(MAGIC); i >= 0 && i < SEARCH_BYTES; i = window.indexOf(MAGIC, i + 1))
    if (i % 16 === 0) {
      at = i;
      break;
    }
  if (at < 0)
    return window.length >= SEARCH_BYTES + HEADER_BYTES
      ? { kind: 'none' }
      : need(SEARCH_BYTES + HEADER_BYTES);
  if (window.length < at + HEADER_BYTES + 16) return need(at + HEADER_BYTES + 16);
  if ((window[at + 15]! & FLAG_INLINE_STRINGS) === 0) return { kind: 'none' };
  const strings: string[] = [];
  let next = at + HEADER_BYTES;
  for (let s = 0; s < 2; s++) {
    const len = varint(window, next);
    if (!len) return window.length < next + 8 ? need(next + 8) : { kind: 'none' };
    if (len.value > GO_MODINFO_LIMIT) return { kind: 'none' };
    if (window.length < len.next + len.value) return need(len.next + len.value);
    strings.push(window.subarray(len.next, len.next + len.value).toString('utf8'));
    next = len.next + len.value;
  }
  let modinfo = strings[1]!;
  // the module info sits between two 16-byte sentinels; without them it is not module info
  modinfo = modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n' ? modinfo.slice(16, -16) : '';
  return { kind: 'found', goVersion: strings[0]!, modinfo };

  function need(bytes: number): BuildInfoDecode {
    return { kind: 'need', bytes };
  }
}

/**
 * Watches the bytes of one file as they stream past and keeps only what the build info needs: the first 64 KiB
 * (ELF and program headers), then the data segment's first bytes. `result()` after the last chunk gives the kept
 * text (`go` line and the module lines, see reduceModinfo), or undefined for a file that is no Go executable.
 */
export class GoBuildInfoScanner {
  private readonly head: Buffer[] = [];
  private headBytes = 0;
  private offset = 0;
  private dataStart: number | undefined;
  private readonly window: Buffer[] = [];
  private windowBytes = 0;
  private needed = SEARCH_BYTES + HEADER_BYTES;
  private state: 'head' | 'skip' | 'window' | 'done' = 'head';
  private found: string | undefined;

  /** Whether more bytes could still change the result. */
  get wants(): boolean {
    return this.state !== 'done';
  }

  push(chunk: Buffer): void {
    if (this.state === 'done') return;
    const start = this.offset;
    this.offset += chunk.length;
    if (this.state === 'head') {
      const take = Math.min(chunk.length, HEAD_BYTES - this.headBytes);
      this.head.push(chunk.subarray(0, take));
      this.headBytes += take;
      if (this.headBytes < HEAD_BYTES && take === chunk.length) return;
      const state = this.locate();
      if (state === 'window') {
        this.append(chunk.subarray(take));
        return;
      }
      if (state !== 'skip') return;
    }
    if (this.state === 'skip') {
      const dataStart = this.dataStart!;
      if (this.offset <= dataStart) return;
      this.state = 'window';
      chunk = chunk.subarray(Math.max(0, dataStart - start));
    }
    this.append(chunk);
  }

  private append(chunk: Buffer): void {
    if (this.state !== 'window' || chunk.length === 0) return;
    this.window.push(chunk);
    this.windowBytes += chunk.length;
    if (this.windowBytes >= this.needed) this.decode();
  }

  /** The kept build info once the file ended. */
  result(): string | undefined {
    if (this.state === 'head') this.locate();
    if (this.state === 'window') this.decode(true);
    return this.found;
  }

  /** Finds the data segment from the kept head; the state it leaves. */
  private locate(): GoBuildInfoScanner['state'] {
    const head = Buffer.concat(this.head);
    this.head.length = 0;
    const dataStart = elfDataOffset(head);
    if (dataStart === undefined || dataStart > GO_SCAN_LIMIT) {
      this.state = 'done';
      return this.state;
    }
    this.dataStart = dataStart;
    this.state = 'skip';
    if (head.length > dataStart) {
      this.state = 'window';
      this.append(head.subarray(dataStart));
    }
    return this.state;
  }

  private decode(last = false): void {
    const window = Buffer.concat(this.window);
    this.window.length = 0;
    this.window.push(window);
    const decoded = decodeBuildInfo(window);
    if (decoded.kind === 'need' && !last && decoded.bytes <= SEARCH_BYTES + GO_MODINFO_LIMIT) {
      this.needed = decoded.bytes;
      return;
    }
    this.state = 'done';
    this.window.length = 0;
    if (decoded.kind === 'found') this.found = reduceModinfo(decoded.goVersion, decoded.modinfo);
  }
}

/** What is kept of a binary's build info: `go\t<version>` and its `path`, `mod`, `dep` and `=>` lines. */
export function reduceModinfo(goVersion: string, modinfo: string): string {
  const lines = modinfo.split('\n').filter((l) => /^(path|mod|dep|=>)\t/.test(l));
  return [`go\t${goVersion}`, ...lines].join('\n');
}

export interface GoModule {
  path: string;
  version: string;
  /** The main module (the `mod` line), not a dependency. */
  main: boolean;
}

/** The modules of a kept build info: the main module and each dependency, a replacement with a version taking
 *  the place of the module it replaces (a local directory replacement has none: the required version stays). */
export function parseGoBuildInfo(text: string): { goVersion: string; modules: GoModule[] } {
  let goVersion = '';
  const modules: GoModule[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'go') goVersion = f[1] ?? '';
    else if ((f[0] === 'mod' || f[0] === 'dep') && f[1])
      modules.push({ path: f[1], version: f[2] ?? '', main: f[0] === 'mod' });
    else if (f[0] === '=>' && f[1] && f[2] && !/^[./]/.test(f[1]) && modules.length > 0) {
      const last = modules[modules.length - 1]!;
      modules[modules.length - 1] = { ...last, path: f[1], version: f[2] };
    }
  }
  return { goVersion, modules };
}
