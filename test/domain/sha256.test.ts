import { createHash } from "node:crypto";
import fc from "fast-check";
import { canonicalJson, pureSha256Hex, sha256Hex, useHostSha256 } from "../../src/domain/catalogue/sha256";
import { nativeSha256Hex } from "../../src/cli/hostHash";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";

const openssl = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  // The pure implementation must agree with Node's OpenSSL, including multi-block and non-ASCII input.
  test.each(["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "x".repeat(1000), "គណៈកម្មាធិការ 🇰🇭", "lone \ud800 surrogate \udc00"])(
    "agrees with node:crypto for %#",
    (text) => {
      expect(pureSha256Hex(text)).toBe(openssl(text));
      expect(nativeSha256Hex(text)).toBe(openssl(text));
    },
  );

  // The CLI installs the native hasher: it must give the pure loop's digest for any string, so a
  // catalogue hash or checksum is the same in the CLI, the browser and Excel.
  test("the CLI's native hasher and the pure loop agree on any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => nativeSha256Hex(text) === pureSha256Hex(text)), { numRuns: 500 });
  });

  test("sha256Hex uses the installed host hasher, and the pure loop without one", () => {
    try {
      useHostSha256(() => "host");
      expect(sha256Hex("abc")).toBe("host");
      useHostSha256(undefined);
      expect(sha256Hex("abc")).toBe(openssl("abc"));
    } finally {
      useHostSha256(nativeSha256Hex);
    }
  });
});

/** The first canonicalJson, kept as the oracle: the loops that replaced it must give its text to the byte, or every hash changes. */
function canonicalJsonOracle(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJsonOracle).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonOracle(v)}`).join(",")}}`;
}

describe("canonicalJson", () => {
  test("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: "x" } })).toBe('{"a":{"c":"x","d":[2,{"z":1}]},"b":1}');
  });

  const sparse = [1, , 3];
  test.each([
    ["primitives", [null, true, 0, -0, 1.5e300, NaN, Infinity, "", "a\"\\\n\u2028", "គណៈកម្មាធិការ"]],
    ["keys in UTF-16 order, integer-like ones as strings", { b: 1, 10: 2, 2: 3, "": 4, é: 5, z: 6, "\uffff": 7, "😀": 8, A: 9, a: { Z: 1, "\u0000": 2 } }],
    ["undefined, functions and symbols", { u: undefined, f: () => 1, s: Symbol("s"), list: [undefined, () => 1, Symbol("s"), null, 1] }],
    ["holes and empty containers", { sparse, empty: [], none: {}, nested: [[], [{}], { a: [] }] }],
    ["objects JSON would write otherwise", { date: new Date(0), map: new Map([[1, 2]]), boxed: new String("ab"), nullProto: Object.assign(Object.create(null), { b: 1, a: 2 }) }],
    ["a top-level undefined", undefined],
  ])("gives the old text for %s", (_what, value) => {
    expect(canonicalJson(value)).toBe(canonicalJsonOracle(value));
  });

  test("gives the old text for any JSON-like value", () => {
    const anything = fc.anything({ withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withObjectString: true, maxDepth: 4 });
    fc.assert(fc.property(anything, (value) => canonicalJson(value) === canonicalJsonOracle(value)), { numRuns: 2000 });
  });

  test("gives the old text for the bundled catalogue", () => {
    expect(canonicalJson(bundledCatalogue().measures)).toBe(canonicalJsonOracle(bundledCatalogue().measures));
  });
});
