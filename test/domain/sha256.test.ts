import { createHash } from "node:crypto";
import fc from "fast-check";
import { canonicalJson, pureSha256Hex, sha256Hex, useHostSha256 } from "../../src/domain/catalogue/sha256";
import { nativeSha256Hex } from "../../src/cli/hostHash";

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

describe("canonicalJson", () => {
  test("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: "x" } })).toBe('{"a":{"c":"x","d":[2,{"z":1}]},"b":1}');
  });
});
