/**
 * A tokenizer for the XML that spreadsheet generators write, on the UTF-8 bytes themselves: no
 * string is made for a name, an attribute or a text the caller does not ask for.
 *
 * It checks well-formedness as it goes (names, quoting, nesting, entities, characters, one root)
 * for a subset of XML 1.0: elements, attributes, text, CDATA sections, the five predefined entities
 * and character references, an optional `<?xml version="1.0" …?>` declaration. Anything else — a
 * comment, a processing instruction, a DOCTYPE, a carriage return, a non-ASCII name, XML 1.1, or
 * any error — makes it stop and return false *before* it could give a different result from the
 * reference parser (saxes): the caller then parses the same bytes with saxes, which gives the
 * exact result or error. So on what it accepts, it reports what saxes would, and it never accepts
 * what saxes refuses.
 */

import * as chars from "./xmlChars";

/** A text or attribute value holds entity or character references. */
export const HAS_ENTITY = 1;
/** It holds bytes of 0x80 and above (UTF-8 to decode). */
export const NON_ASCII = 2;
/** An attribute value holds a tab or line feed (normalised to a space, as XML says). */
export const HAS_BREAK = 4;

/** The element just opened or closed: byte offsets into the document, valid until the next event. */
export interface XmlTag {
  /** The qualified name is bytes[nameStart, nameEnd); the local name (after a prefix) starts at localStart. */
  nameStart: number;
  nameEnd: number;
  localStart: number;
  attrCount: number;
  /** Per attribute, five numbers: name start, name end, value start, value end, flags. */
  readonly attrs: Int32Array;
}

export interface XmlSink {
  open(bytes: Uint8Array, tag: XmlTag): void;
  /** Also called right after `open` for a self-closing element. */
  close(bytes: Uint8Array, tag: XmlTag): void;
  /** Character data, bytes[start, end), references not yet decoded (outside the root, white space only). */
  text(bytes: Uint8Array, start: number, end: number, flags: number): void;
  /** A CDATA section's content, bytes[start, end): taken as it is. */
  cdata(bytes: Uint8Array, start: number, end: number, flags: number): void;
}

const MAX_DEPTH = 64;
const MAX_ATTRS = 64;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const RBRACKET = 0x5d;

// Local copies: under tsx (esbuild's CommonJS) every use of an imported binding is a getter call.
const { NAME, declarationEnd, isNonCharacter, isSpace, referenceEnd } = chars;

/**
 * Scans the whole document, calling the sink for each element, text and CDATA section. Returns
 * false — having possibly called the sink for a part of the document — when the document is
 * outside the subset described above; the caller must then discard what the sink built.
 */
export function scanXml(b: Uint8Array, sink: XmlSink): boolean {
  const n = b.length;
  const tag: XmlTag = { nameStart: 0, nameEnd: 0, localStart: 0, attrCount: 0, attrs: new Int32Array(MAX_ATTRS * 5) };
  const attrs = tag.attrs;
  const stackStart = new Int32Array(MAX_DEPTH);
  const stackEnd = new Int32Array(MAX_DEPTH);
  const stackLocal = new Int32Array(MAX_DEPTH);
  let depth = 0;
  let sawRoot = false;
  let i = 0;
  // A byte-order mark, which the reference's decoder drops (a second one saxes would drop too).
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    i = 3;
    if (b[3] === 0xef && b[4] === 0xbb && b[5] === 0xbf) return false;
  }
  // saxes reports white space outside the root element as text, except at the very start.
  let unreported = i;
  if (b[i] === LT && b[i + 1] === QUESTION) {
    i = declarationEnd(b, i);
    if (i < 0) return false;
    unreported = -1;
  }
  while (i < n) {
    let c: number | undefined = b[i];
    if (c !== LT) {
      // Character data up to the next '<'.
      const start = i;
      let flags = 0;
      let blank = true;
      for (; i < n; i++) {
        c = b[i]!;
        if (c > 0x26 && c < 0x80) {
          if (c === LT) break;
          blank = false;
          if (c === RBRACKET && b[i + 1] === RBRACKET && b[i + 2] === GT) return false;
          continue;
        }
        if (c < 0x20) {
          if (c !== 0x0a && c !== 0x09) return false; // control characters; CR (normalised by saxes) too
          continue;
        }
        if (c === 0x20) continue;
        blank = false;
        if (c === AMP) {
          const end = referenceEnd(b, i, n);
          if (end < 0) return false;
          flags |= HAS_ENTITY;
          i = end - 1;
        } else if (c >= 0x80) {
          flags |= NON_ASCII;
          if (c === 0xef && isNonCharacter(b, i)) return false;
        }
      }
      if (depth === 0 && !blank) return false; // text outside the root element
      if (start !== unreported) sink.text(b, start, i, flags);
      continue;
    }
    c = b[i + 1];
    if (c === SLASH) {
      // Close tag: the name must be the open element's, then optional white space and '>'.
      if (depth === 0) return false;
      const ns = stackStart[depth - 1]!;
      const len = stackEnd[depth - 1]! - ns;
      let j = i + 2;
      for (let k = 0; k < len; k++) if (b[j + k] !== b[ns + k]) return false;
      j += len;
      if (j < n && (NAME[b[j]!] ?? 0) !== 0) return false; // a longer name
      while (isSpace(b[j])) j++;
      if (b[j] !== GT) return false;
      i = j + 1;
      depth--;
      tag.nameStart = ns;
      tag.nameEnd = ns + len;
      tag.localStart = stackLocal[depth]!;
      tag.attrCount = 0;
      sink.close(b, tag);
      continue;
    }
    if (c === BANG) {
      // Only CDATA, inside the root element: comments and DOCTYPEs are left to saxes.
      if (depth === 0 || b[i + 2] !== 0x5b || b[i + 3] !== 0x43 || b[i + 4] !== 0x44 || b[i + 5] !== 0x41 || b[i + 6] !== 0x54 || b[i + 7] !== 0x41 || b[i + 8] !== 0x5b) {
        return false;
      }
      const start = i + 9;
      let end = start;
      let flags = 0;
      for (;;) {
        if (end + 2 >= n) return false;
        c = b[end]!;
        if (c === RBRACKET && b[end + 1] === RBRACKET && b[end + 2] === GT) break;
        if (c < 0x20 && c !== 0x0a && c !== 0x09) return false;
        if (c >= 0x80) {
          flags |= NON_ASCII;
          if (c === 0xef && isNonCharacter(b, end)) return false;
        }
        end++;
      }
      sink.cdata(b, start, end, flags);
      i = end + 3;
      continue;
    }
    // An open tag: an ASCII name (a non-ASCII one is left to saxes), attributes, '>' or '/>'.
    if (c === undefined || c >= 0x80 || (NAME[c]! & 1) === 0) return false;
    if (depth === 0 && sawRoot) return false; // a second root
    const nameStart = i + 1;
    let j = nameStart;
    let localStart = nameStart;
    for (;;) {
      c = b[j];
      if (c === undefined || c >= 0x80 || NAME[c] === 0) break;
      if (c === 0x3a && localStart === nameStart) localStart = j + 1;
      j++;
    }
    const nameEnd = j;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      const before = j;
      while (isSpace(b[j])) j++;
      c = b[j];
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        if (b[j + 1] !== GT) return false;
        j += 2;
        selfClosing = true;
        break;
      }
      // An attribute: white space before it, a name, '=', a quoted value.
      if (j === before || c === undefined || c >= 0x80 || (NAME[c]! & 1) === 0 || count === MAX_ATTRS) return false;
      const an = j;
      do j++;
      while (b[j] !== undefined && b[j]! < 0x80 && NAME[b[j]!] !== 0);
      const anEnd = j;
      while (isSpace(b[j])) j++;
      if (b[j] !== EQ) return false;
      j++;
      while (isSpace(b[j])) j++;
      const quote = b[j];
      if (quote !== QUOT && quote !== APOS) return false;
      const vs = ++j;
      let flags = 0;
      for (;;) {
        if (j >= n) return false;
        c = b[j]!;
        if (c === quote) break;
        if (c === LT) return false;
        if (c === AMP) {
          const end = referenceEnd(b, j, n);
          if (end < 0) return false;
          flags |= HAS_ENTITY;
          j = end;
          continue;
        }
        if (c < 0x20) {
          if (c !== 0x0a && c !== 0x09) return false;
          flags |= HAS_BREAK;
        } else if (c >= 0x80) {
          flags |= NON_ASCII;
          if (c === 0xef && isNonCharacter(b, j)) return false;
        }
        j++;
      }
      // A duplicate attribute name is an error.
      const len = anEnd - an;
      for (let k = 0; k < count; k++) {
        const o = attrs[k * 5]!;
        if (attrs[k * 5 + 1]! - o !== len) continue;
        let same = true;
        for (let m = 0; m < len; m++) {
          if (b[o + m] !== b[an + m]) {
            same = false;
            break;
          }
        }
        if (same) return false;
      }
      const at = count * 5;
      attrs[at] = an;
      attrs[at + 1] = anEnd;
      attrs[at + 2] = vs;
      attrs[at + 3] = j;
      attrs[at + 4] = flags;
      count++;
      j++; // past the closing quote
      c = b[j];
      if (c !== GT && c !== SLASH && !isSpace(c)) return false;
    }
    tag.nameStart = nameStart;
    tag.nameEnd = nameEnd;
    tag.localStart = localStart;
    tag.attrCount = count;
    i = j;
    sawRoot = true;
    sink.open(b, tag);
    if (selfClosing) {
      tag.attrCount = 0;
      sink.close(b, tag);
    } else {
      if (depth === MAX_DEPTH) return false;
      stackStart[depth] = nameStart;
      stackEnd[depth] = nameEnd;
      stackLocal[depth] = localStart;
      depth++;
    }
  }
  return sawRoot && depth === 0;
}
