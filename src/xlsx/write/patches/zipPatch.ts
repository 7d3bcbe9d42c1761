import { inflateSync, strFromU8, strToU8, zipSync } from "fflate";

/**
 * Changes a few parts of an xlsx package that ExcelJS wrote, leaving every other part byte for byte
 * as it was: unchanged entries are copied still compressed (the Measures and Data issues sheets of
 * a large report are most of its size, and inflating and deflating them again would cost more than
 * the change), changed and new parts are deflated here, and a new central directory is written.
 * Browser-safe (fflate only): the task pane and the CLI share it; the CLI reads and writes files
 * through a ZipSource and a ZipSink (zipFile.ts) so a large report is never held in memory.
 */

/** Random access to the bytes of a zip. */
export interface ZipSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

/** Where the patched zip goes, in order. */
export interface ZipSink {
  write(chunk: Uint8Array): void;
}

interface Entry {
  readonly name: string;
  /** The entry's central directory record, as read. */
  readonly central: Uint8Array;
  readonly method: number;
  readonly compressedSize: number;
  readonly offset: number;
  /** Where the entry's local record (header, data, descriptor) ends: the next record or the central directory. */
  end: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** Larger reads than this are made in pieces when copying. */
const COPY_CHUNK = 1 << 20;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
function put32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
}
const fail = (why: string): never => {
  throw new Error(`xlsx package: ${why}`);
};

/** A zip's directory and its entries' contents, read on demand. */
export class ZipPackage {
  private readonly entries: Entry[];
  private readonly byName = new Map<string, Entry>();

  constructor(readonly source: ZipSource) {
    const tailLength = Math.min(source.size, 22 + 0xffff);
    const tail = source.read(source.size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (u32(tail, i) === SIG_EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) fail("no end of central directory");
    const count = u16(tail, eocd + 10);
    const cdSize = u32(tail, eocd + 12);
    const cdOffset = u32(tail, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) fail("ZIP64 archives are not supported");
    const cd = source.read(cdOffset, cdSize);
    this.entries = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (u32(cd, at) !== SIG_CENTRAL) fail("damaged central directory");
      const nameLength = u16(cd, at + 28);
      const length = 46 + nameLength + u16(cd, at + 30) + u16(cd, at + 32);
      const entry: Entry = {
        name: strFromU8(cd.subarray(at + 46, at + 46 + nameLength)),
        central: cd.slice(at, at + length),
        method: u16(cd, at + 10),
        compressedSize: u32(cd, at + 20),
        offset: u32(cd, at + 42),
        end: cdOffset,
      };
      this.entries.push(entry);
      this.byName.set(entry.name, entry);
      at += length;
    }
    const byOffset = [...this.entries].sort((a, b) => a.offset - b.offset);
    byOffset.forEach((e, i) => (e.end = byOffset[i + 1]?.offset ?? cdOffset));
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  bytes(name: string): Uint8Array {
    const entry = this.byName.get(name) ?? fail(`${name} is missing`);
    const header = this.source.read(entry.offset, 30);
    if (u32(header, 0) !== SIG_LOCAL) fail(`damaged local header of ${name}`);
    const dataStart = entry.offset + 30 + u16(header, 26) + u16(header, 28);
    const data = this.source.read(dataStart, entry.compressedSize);
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateSync(data);
    return fail(`${name} uses compression method ${entry.method}`);
  }

  text(name: string): string {
    return strFromU8(this.bytes(name));
  }

  /**
   * Writes the package with `changes` applied: a part given new contents keeps its place, a new part
   * goes at the end, a part mapped to null is left out; every other entry is copied as it is.
   */
  writeTo(sink: ZipSink, changes: ReadonlyMap<string, string | Uint8Array | null>): void {
    const fresh: Record<string, Uint8Array> = {};
    for (const [name, contents] of changes) if (contents !== null) fresh[name] = typeof contents === "string" ? strToU8(contents) : contents;
    const added = new ZipPackage(memorySource(zipSync(fresh, { level: 6 })));

    const directory: Uint8Array[] = [];
    let offset = 0;
    const copy = (from: ZipPackage, entry: Entry) => {
      const record = new Uint8Array(entry.central);
      put32(record, 42, offset);
      directory.push(record);
      for (let at = entry.offset; at < entry.end; at += COPY_CHUNK) {
        const chunk = from.source.read(at, Math.min(COPY_CHUNK, entry.end - at));
        sink.write(chunk);
        offset += chunk.length;
      }
    };
    for (const entry of this.entries) {
      if (!changes.has(entry.name)) copy(this, entry);
      else if (changes.get(entry.name) !== null) copy(added, added.byName.get(entry.name)!);
    }
    for (const entry of added.entries) if (!this.byName.has(entry.name)) copy(added, entry);

    const cdOffset = offset;
    let cdSize = 0;
    for (const record of directory) {
      sink.write(record);
      cdSize += record.length;
    }
    if (directory.length >= 0xffff || cdOffset + cdSize >= 0xffffffff) fail("too large for a zip without ZIP64");
    const end = new Uint8Array(22);
    put32(end, 0, SIG_EOCD);
    end[8] = end[10] = directory.length & 0xff;
    end[9] = end[11] = directory.length >>> 8;
    put32(end, 12, cdSize);
    put32(end, 16, cdOffset);
    sink.write(end);
  }
}

export function memorySource(bytes: Uint8Array): ZipSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** Applies `changes` (see ZipPackage.writeTo) to zip bytes in memory. */
export function patchZip(bytes: Uint8Array, changes: (pkg: ZipPackage) => ReadonlyMap<string, string | Uint8Array | null>): Uint8Array {
  const pkg = new ZipPackage(memorySource(bytes));
  const chunks: Uint8Array[] = [];
  pkg.writeTo({ write: (chunk) => chunks.push(chunk) }, changes(pkg));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
