import type { SaxesParser, SaxesTagPlain } from "saxes";
import { attrString, decodePart, decodeRaw, decodeText } from "./textDecode";
import { scanXml, type XmlSink, type XmlTag } from "./xmlScanner";

export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Element names without their namespace prefix: generators write `x:c` as often as `c`. */
export const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * saxes is loaded on first use, not imported: the byte scanner reads every part of the CLI's usual
 * workbooks, so its start skips saxes (~5 ms). saxes is CommonJS only, so webpack bundles this
 * `require` and the pane's imports as one copy.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const saxes = (): typeof import("saxes") => require("saxes");

/** A streaming XML parser whose errors throw (saxes would otherwise only report them). */
export function xmlParser(handlers: XmlHandlers): SaxesParser {
  const parser = new (saxes().SaxesParser)();
  parser.on("error", (e) => {
    throw e;
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes as Record<string, string>));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  return parser;
}

/** The scanner's events as saxes gives them to handlers: names and attributes as strings. */
class HandlerSink implements XmlSink {
  constructor(private readonly handlers: XmlHandlers) {}

  open(b: Uint8Array, tag: XmlTag): void {
    if (!this.handlers.open) return;
    const attrs: Record<string, string> = Object.create(null);
    for (let k = 0; k < tag.attrCount * 5; k += 5) attrs[decodeRaw(b, tag.attrs[k]!, tag.attrs[k + 1]!, 0)] = attrString(b, tag.attrs, k)!;
    this.handlers.open(decodeRaw(b, tag.localStart, tag.nameEnd, 0), attrs);
  }
  close(b: Uint8Array, tag: XmlTag): void {
    this.handlers.close?.(decodeRaw(b, tag.localStart, tag.nameEnd, 0));
  }
  text(b: Uint8Array, start: number, end: number, flags: number): void {
    this.handlers.text?.(decodeText(b, start, end, flags));
  }
  cdata(b: Uint8Array, start: number, end: number, flags: number): void {
    this.handlers.text?.(decodeRaw(b, start, end, flags));
  }
}

const CHECK_ONLY: XmlSink = { open() {}, close() {}, text() {}, cdata() {} };

/**
 * A whole document through the handlers: a string through saxes (the reference reader); a part's
 * bytes through the byte scanner when it is in the subset the scanner checks (one pass to check,
 * one to report: the handlers must not see half a document), else through saxes.
 */
export function parseXml(xml: string | Uint8Array, handlers: XmlHandlers): void {
  if (typeof xml !== "string" && scanXml(xml, CHECK_ONLY)) scanXml(xml, new HandlerSink(handlers));
  else xmlParser(handlers).write(typeof xml === "string" ? xml : decodePart(xml)).close();
}

/** Attribute by local name, whatever its prefix (r:id, relationships:id …). */
export function attr(attrs: Record<string, string>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  for (const [k, v] of Object.entries(attrs)) if (localName(k) === name) return v;
  return undefined;
}
