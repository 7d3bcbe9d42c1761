import * as chars from "./xmlChars";
import * as scanner from "./xmlScanner";

// Local copies: under tsx (esbuild's CommonJS) every use of an imported binding is a getter call.
const { HAS_BREAK, HAS_ENTITY, NON_ASCII } = scanner;
const { ENTITY_VALUES, charRefCode, entityIndex } = chars;

/**
 * Strings out of the scanner's byte ranges, decoded as the reference reader decodes them (one
 * UTF-8 decoder over the whole part, then saxes): a range always starts and ends at an ASCII
 * delimiter, so decoding it alone gives the same characters, invalid bytes included (U+FFFD).
 * `ignoreBOM`: a U+FEFF inside a part is a character, not a byte-order mark.
 */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

const ONE_CHAR = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** bytes[s, e), all below 0x80. */
function ascii(b: Uint8Array, s: number, e: number): string {
  const len = e - s;
  if (len === 1) return ONE_CHAR[b[s]!]!;
  if (len <= 24) {
    let out = "";
    for (let i = s; i < e; i++) out += ONE_CHAR[b[i]!]!;
    return out;
  }
  return utf8.decode(b.subarray(s, e));
}

function plain(b: Uint8Array, s: number, e: number, flags: number): string {
  if (s >= e) return "";
  return flags & NON_ASCII ? utf8.decode(b.subarray(s, e)) : ascii(b, s, e);
}

/** The value of the (valid) reference bytes[amp, semi], '&' to ';'. */
function reference(b: Uint8Array, amp: number, semi: number): string {
  if (b[amp + 1] === 0x23) return String.fromCodePoint(charRefCode(b, amp + 1, semi));
  return ENTITY_VALUES[entityIndex(b, amp + 1, semi)]!;
}

const BREAKS = /[\t\n]/g;

/** Character data or an attribute value, references decoded; `breaksToSpaces` for attribute values. */
function decode(b: Uint8Array, s: number, e: number, flags: number, breaksToSpaces: boolean): string {
  // (No closures here: under tsx every closure made costs a __name call, and this runs per text.)
  const spaced = breaksToSpaces && (flags & HAS_BREAK) !== 0;
  if (!(flags & HAS_ENTITY)) {
    const t = plain(b, s, e, flags);
    return spaced ? t.replace(BREAKS, " ") : t;
  }
  let out = "";
  let i = s;
  while (i < e) {
    const amp = b.indexOf(0x26, i);
    if (amp < 0 || amp >= e) break;
    const semi = b.indexOf(0x3b, amp);
    const t = plain(b, i, amp, flags);
    out += (spaced ? t.replace(BREAKS, " ") : t) + reference(b, amp, semi);
    i = semi + 1;
  }
  const t = plain(b, i, e, flags);
  return out + (spaced ? t.replace(BREAKS, " ") : t);
}

export function decodeText(b: Uint8Array, s: number, e: number, flags: number): string {
  return decode(b, s, e, flags, false);
}
export function decodeAttribute(b: Uint8Array, s: number, e: number, flags: number): string {
  return decode(b, s, e, flags, true);
}
export function decodeRaw(b: Uint8Array, s: number, e: number, flags: number): string {
  return plain(b, s, e, flags);
}

/** A whole part as text, as the reference reader's decoder reads it (a leading BOM dropped). */
export function decodePart(b: Uint8Array): string {
  return new TextDecoder("utf-8").decode(b);
}

/** True when bytes[s, e) are exactly the ASCII `text`. */
export function bytesAre(b: Uint8Array, s: number, e: number, text: string): boolean {
  if (e - s !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (b[s + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The index in tag.attrs (a multiple of 5) of the attribute named exactly `name`, or -1. */
export function findAttr(b: Uint8Array, attrs: Int32Array, count: number, name: string): number {
  for (let k = 0; k < count * 5; k += 5) if (bytesAre(b, attrs[k]!, attrs[k + 1]!, name)) return k;
  return -1;
}

/** An attribute's value as a string (undefined when absent), as saxes gives it. */
export function attrString(b: Uint8Array, attrs: Int32Array, k: number): string | undefined {
  return k < 0 ? undefined : decodeAttribute(b, attrs[k + 2]!, attrs[k + 3]!, attrs[k + 4]!);
}

/**
 * Number(value) of an attribute, without making a string for the common case (1-9 plain digits).
 * NaN when absent, as Number(undefined).
 */
export function attrNumber(b: Uint8Array, attrs: Int32Array, k: number): number {
  if (k < 0) return NaN;
  const s = attrs[k + 2]!;
  const e = attrs[k + 3]!;
  if (attrs[k + 4] === 0 && e > s && e - s <= 9) {
    let n = 0;
    let i = s;
    for (; i < e; i++) {
      const d = b[i]! - 0x30;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === e) return n;
  }
  return Number(attrString(b, attrs, k));
}
