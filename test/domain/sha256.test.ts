import { createHash } from "node:crypto";
import { canonicalJson, sha256Hex } from "../../src/domain/catalogue/sha256";

describe("sha256Hex", () => {
  // The pure implementation must agree with Node's OpenSSL, including multi-block and non-ASCII input.
  test.each(["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "x".repeat(1000), "គណៈកម្មាធិការ 🇰🇭"])(
    "agrees with node:crypto for %#",
    (text) => {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    },
  );
});

describe("canonicalJson", () => {
  test("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: "x" } })).toBe('{"a":{"c":"x","d":[2,{"z":1}]},"b":1}');
  });
});
