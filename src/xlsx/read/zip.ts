import { WorkbookReadError } from "./errors";
import { InflateTooLarge, type InflateRaw } from "./inflate";

/** Caps checked before and while inflating, so a hostile file costs bounded time and memory. */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Largest inflated size of one part we agree to read. */
  readonly maxEntryBytes: number;
  /** Largest inflated size of all parts we read from one file. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxEntryBytes: 32 << 20, maxTotalBytes: 96 << 20 };

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/**
 * fflate (fflateInflate.ts) is loaded on first use, not imported: the CLI injects Node's zlib and
 * streams no part, so its start never loads fflate (~9 ms). Webpack resolves this `require` to the
 * same ES module as an import (one copy in the bundle); tsc, ts-jest and tsx to Node's require.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fflate = (): typeof import("./fflateInflate") => require("./fflateInflate");

/** Reads the parts of a zip on demand, checking every declared and actual size against the limits. */
export class GuardedZip {
  private readonly entries = new Map<string, Entry>();
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly file: string,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
    private readonly inflate: InflateRaw = fflate().fflateInflate,
  ) {
    this.readCentralDirectory();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * One whole part, inflated by the injected inflater into at most what the caps still allow
   * (the same caps as `stream`, checked as zlib or fflate produces output).
   */
  read(name: string): Uint8Array {
    const entry = this.readable(name);
    const data = this.entryData(entry);
    const cap = Math.min(this.limits.maxEntryBytes, this.limits.maxTotalBytes - this.inflatedTotal);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method !== 8) throw this.unsupported(entry);
    else {
      try {
        out = this.inflate(data, cap, entry.size);
      } catch (e) {
        if (e instanceof InflateTooLarge) throw this.tooLarge(name);
        throw this.fail("corrupt", `part ${name} is damaged (${(e as Error).message})`, `ផ្នែក ${name} ខូច`);
      }
    }
    if (out.length > cap) throw this.tooLarge(name);
    this.inflatedTotal += out.length;
    return out;
  }

  /** Inflates one part through fflate, in slices, calling onChunk as data arrives; stops at the caps. */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const entry = this.readable(name);
    const data = this.entryData(entry);
    let produced = 0;
    const count = (chunk: Uint8Array): void => {
      produced += chunk.length;
      this.inflatedTotal += chunk.length;
      // Declared sizes can lie: the actual output is what is capped.
      if (produced > this.limits.maxEntryBytes || this.inflatedTotal > this.limits.maxTotalBytes) throw this.tooLarge(name);
      onChunk(chunk);
    };
    if (entry.method === 0) {
      count(data);
      return;
    }
    if (entry.method !== 8) throw this.unsupported(entry);
    try {
      fflate().fflateStream(data, count);
    } catch (e) {
      if (e instanceof WorkbookReadError) throw e;
      throw this.fail("corrupt", `part ${name} is damaged (${(e as Error).message})`, `ផ្នែក ${name} ខូច`);
    }
  }

  /** A whole part as text; for the small parts (workbook, rels, styles). */
  text(name: string): string {
    const decoder = new TextDecoder("utf-8");
    let out = "";
    this.stream(name, (chunk) => (out += decoder.decode(chunk, { stream: true })));
    return out + decoder.decode();
  }

  /** The entry of a part that may be inflated: present, not encrypted, not declared too large. */
  private readable(name: string): Entry {
    const entry = this.entries.get(name);
    if (!entry) throw this.fail("missing-part", `part ${name} is missing`, `ផ្នែក ${name} បាត់`);
    if (entry.encrypted) throw this.fail("legacy-or-encrypted", "the workbook is encrypted", "សៀវភៅការងារត្រូវបានចាក់សោ");
    if (entry.size > this.limits.maxEntryBytes) throw this.tooLarge(name);
    return entry;
  }

  private unsupported(entry: Entry): WorkbookReadError {
    return this.fail("corrupt", `part ${entry.name} uses an unsupported compression method ${entry.method}`, `ផ្នែក ${entry.name} ប្រើការបង្ហាប់មិនគាំទ្រ`);
  }

  private entryData(entry: Entry): Uint8Array {
    const view = this.view();
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      throw this.fail("corrupt", `part ${entry.name} points outside the file`, `ផ្នែក ${entry.name} ខូច`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.fail("corrupt", "the file is truncated", "ឯកសារមិនពេញលេញ");
    return this.bytes.subarray(start, end);
  }

  private readCentralDirectory(): void {
    const b = this.bytes;
    const view = this.view();
    // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw this.fail("corrupt", "the zip directory is missing: the file is truncated or damaged", "ឯកសារមិនពេញលេញ ឬខូច");
    }
    const count = view.getUint16(eocd + 10, true);
    const dirOffset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || dirOffset === 0xffffffff) throw this.fail("too-large", "the workbook is a ZIP64 archive, larger than any status workbook", "ឯកសារធំពេក");
    if (count > this.limits.maxEntries) throw this.fail("too-large", `the zip holds ${count} parts (at most ${this.limits.maxEntries})`, "ឯកសារមានផ្នែកច្រើនពេក");
    const decoder = new TextDecoder("utf-8");
    let at = dirOffset;
    for (let n = 0; n < count; n++) {
      if (at + 46 > b.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
        throw this.fail("corrupt", "the zip directory is damaged", "បញ្ជីឯកសារ zip ខូច");
      }
      const nameLength = view.getUint16(at + 28, true);
      const name = decoder.decode(b.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, "");
      this.entries.set(name, {
        name,
        encrypted: (view.getUint16(at + 8, true) & 1) === 1,
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localHeaderOffset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  private view(): DataView {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  private tooLarge(name: string): WorkbookReadError {
    return this.fail("too-large", `part ${name} inflates beyond the size limit (a zip bomb or a far too large sheet)`, `ផ្នែក ${name} ធំពេក`);
  }

  private fail(code: ConstructorParameters<typeof WorkbookReadError>[0], en: string, km: string): WorkbookReadError {
    return new WorkbookReadError(code, this.file, { en, km });
  }
}
