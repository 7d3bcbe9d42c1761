import { SaxesParser, type SaxesTagPlain } from "saxes";

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

/** A streaming XML parser whose errors throw (saxes would otherwise only report them). */
export function xmlParser(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
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

export function parseXml(xml: string, handlers: XmlHandlers): void {
  xmlParser(handlers).write(xml).close();
}

/** Attribute by local name, whatever its prefix (r:id, relationships:id …). */
export function attr(attrs: Record<string, string>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  for (const [k, v] of Object.entries(attrs)) if (localName(k) === name) return v;
  return undefined;
}
