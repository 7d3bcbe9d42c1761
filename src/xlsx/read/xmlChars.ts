/**
 * What the XML byte scanner (xmlScanner.ts) checks characters, names, references and the XML
 * declaration against, as saxes does for XML 1.0.
 */

const GT = 0x3e;
const SEMI = 0x3b;
const HASH = 0x23;

/** ASCII name characters: 1 may start a name, 2 may continue one. */
export const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME[c] = 3;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}

export const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x0a || c === 0x09;

const ENTITY_NAMES = ["lt", "gt", "amp", "quot", "apos"].map((name) => Array.from(name, (ch) => ch.charCodeAt(0)));
export const ENTITY_VALUES = ["<", ">", "&", '"', "'"];

/** Which predefined entity bytes[start, end) names (an index of ENTITY_VALUES), or -1. */
export function entityIndex(b: Uint8Array, start: number, end: number): number {
  outer: for (let k = 0; k < ENTITY_NAMES.length; k++) {
    const name = ENTITY_NAMES[k]!;
    if (name.length !== end - start) continue;
    for (let j = 0; j < name.length; j++) if (b[start + j] !== name[j]) continue outer;
    return k;
  }
  return -1;
}

/** The code point of a character reference `#123` or `#x1F` in bytes[start, end), or -1 when saxes would refuse it. */
export function charRefCode(b: Uint8Array, start: number, end: number): number {
  let i = start + 1;
  const hex = b[i] === 0x78; // lower-case x only, as saxes
  if (hex) i++;
  if (i >= end || end - i > 8) return -1;
  let code = 0;
  for (; i < end; i++) {
    const c = b[i]!;
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) d = (c | 0x20) - 0x57;
    else return -1;
    code = code * (hex ? 16 : 10) + d;
  }
  const isChar = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return isChar ? code : -1;
}

/** The end (after `;`) of a valid reference starting at bytes[amp] = '&', or -1. */
export function referenceEnd(b: Uint8Array, amp: number, n: number): number {
  const limit = Math.min(n, amp + 12);
  let semi = amp + 1;
  while (semi < limit && b[semi] !== SEMI) semi++;
  if (semi >= limit) return -1;
  const start = amp + 1;
  if (b[start] === HASH) return charRefCode(b, start, semi) >= 0 ? semi + 1 : -1;
  return entityIndex(b, start, semi) >= 0 ? semi + 1 : -1;
}

/** True when bytes[i…] is U+FFFE or U+FFFF, which XML forbids (the byte at i being 0xEF). */
export const isNonCharacter = (b: Uint8Array, i: number): boolean => b[i + 1] === 0xbf && (b[i + 2] === 0xbe || b[i + 2] === 0xbf);

/** `<?xml version="1.0" …?>` as saxes accepts it, in its plain forms; anything else is left to saxes. */
const DECLARATION = /^<\?xml version=(["'])1\.0\1(?: encoding=(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?: standalone=(["'])(?:yes|no)\3)? ?\?>/;

/** The end of the XML declaration at bytes[i] (after '?>'), or -1 when it is not one of those plain forms. */
export function declarationEnd(b: Uint8Array, i: number): number {
  const end = b.indexOf(GT, i);
  if (end < 0 || end - i > 200) return -1;
  let s = "";
  for (let j = i; j <= end; j++) s += String.fromCharCode(b[j]!);
  const m = DECLARATION.exec(s);
  return m && m[0].length === s.length ? end + 1 : -1;
}

