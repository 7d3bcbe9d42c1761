import { parseXml } from "../../src/xlsx/read/xml";
import { scanXml } from "../../src/xlsx/read/xmlScanner";

const enc = (s: string) => new TextEncoder().encode(s);
const NONE = { open() {}, close() {}, text() {}, cdata() {} };

/** Every event the handlers see, in order, as text. */
function events(xml: string | Uint8Array): string[] {
  const log: string[] = [];
  parseXml(xml, {
    open: (name, attrs) => log.push(`<${name} ${JSON.stringify(attrs)}>`),
    text: (t) => log.push(JSON.stringify(t)),
    close: (name) => log.push(`</${name}>`),
  });
  return log;
}

function outcome(xml: string | Uint8Array): string[] | string {
  try {
    return events(xml);
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

// [what, document, the scanner reads it itself (else it is left to saxes)]
const DOCUMENTS: [string, string, boolean][] = [
  ["declaration, namespaces, attributes in both quotes", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a xmlns="u" x:b='1' c = "2"><b/></a>`, true],
  ["prefixed names", `<x:a xmlns:x="u"><x:c r="A1"><x:v>1</x:v></x:c></x:a>`, true],
  ["the five entities and character references", `<a t="&lt;&amp;&#65;&#x1F600;">&lt;&gt;&amp;&quot;&apos;&#x1780;&#10;</a>`, true],
  ["tabs and line feeds in attribute values become spaces", `<a t="x\ty\nz">\t\n</a>`, true],
  ["CDATA, empty CDATA, brackets", `<a><![CDATA[a < b & ]] c]]><![CDATA[]]>]</a>`, true],
  ["Khmer text and a BOM", `\uFEFF<a>ស្ថានភាព \uFEFF</a>`, true],
  ["white space around the root", ` \n<a/>\n `, true],
  ["white space after the declaration", `<?xml version="1.0"?>\n<a/>`, true],
  ["a comment", `<a><!-- x --></a>`, false],
  ["a processing instruction", `<a><?pi x?></a>`, false],
  ["a DOCTYPE", `<!DOCTYPE a><a/>`, false],
  ["carriage returns", `<a>x\r\ny\rz</a>`, false],
  ["XML 1.1", `<?xml version="1.1"?><a/>`, false],
  ["a non-ASCII element name", `<ក/>`, false],
  ["two byte-order marks", `\uFEFF\uFEFF<a/>`, false],
  ["mismatched tags", `<a><b></a></b>`, false],
  ["an unclosed tag", `<a><b></b>`, false],
  ["a duplicate attribute", `<a r="1" r="2"/>`, false],
  ["an undefined entity", `<a>&nbsp;</a>`, false],
  ["a bare ampersand", `<a>&</a>`, false],
  ["a character reference to NUL", `<a>&#0;</a>`, false],
  ["a control character", `<a>\u0001</a>`, false],
  ["U+FFFE", `<a>\uFFFE</a>`, false],
  ["]]> in text", `<a>]]></a>`, false],
  ["text after the root", `<a/>x`, false],
  ["two roots", `<a/><b/>`, false],
  ["no white space between attributes", `<a r="1"s="2"/>`, false],
  ["an unquoted attribute", `<a r=1/>`, false],
  ["'<' in an attribute", `<a r="<"/>`, false],
  ["an empty document", ``, false],
  ["a declaration after white space", ` <?xml version="1.0"?><a/>`, false],
];

describe("the XML byte scanner", () => {
  test.each(DOCUMENTS)("%s", (_what, xml, scanned) => {
    expect(scanXml(enc(xml), NONE)).toBe(scanned);
    // Scanned or left to saxes, the handlers see what the reference reader shows them: the part
    // decoded as one text, then saxes (or the same failure).
    expect(outcome(enc(xml))).toEqual(outcome(new TextDecoder().decode(enc(xml))));
  });
});
