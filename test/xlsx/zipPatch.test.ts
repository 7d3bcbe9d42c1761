import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { ZipPackage, memorySource, patchZip } from "../../src/xlsx/write/patches/zipPatch";

/** Each entry's name and compression method, from the central directory, in order. */
function directory(bytes: Uint8Array): [string, number][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  let at = view.getUint32(eocd + 16, true);
  const out: [string, number][] = [];
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    out.push([strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)), view.getUint16(at + 10, true)]);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

// "stored.xml" is stored (method 0): were it inflated and deflated again it would come out deflated (8).
const ORIGINAL = zipSync({ "a.xml": strToU8("<a/>".repeat(50)), "stored.xml": [strToU8("<s/>"), { level: 0 }], "c.xml": strToU8("<c/>") });

describe("patching a zip", () => {
  test.each([
    ["replaces a part in its place", new Map([["a.xml", "<A/>"]]), [["a.xml", 8], ["stored.xml", 0], ["c.xml", 8]], { "a.xml": "<A/>", "stored.xml": "<s/>", "c.xml": "<c/>" }],
    ["adds a part at the end", new Map([["d/e.xml", "<e/>"]]), [["a.xml", 8], ["stored.xml", 0], ["c.xml", 8], ["d/e.xml", 8]], { "a.xml": "<a/>".repeat(50), "stored.xml": "<s/>", "c.xml": "<c/>", "d/e.xml": "<e/>" }],
    ["leaves a part out", new Map([["c.xml", null]]), [["a.xml", 8], ["stored.xml", 0]], { "a.xml": "<a/>".repeat(50), "stored.xml": "<s/>" }],
    ["copies everything when nothing changes", new Map(), [["a.xml", 8], ["stored.xml", 0], ["c.xml", 8]], { "a.xml": "<a/>".repeat(50), "stored.xml": "<s/>", "c.xml": "<c/>" }],
  ] as const)("%s, copying the other entries as they were (still compressed as before)", (_case, changes, entries, contents) => {
    const patched = patchZip(ORIGINAL, () => changes);
    expect(directory(patched)).toEqual(entries);
    expect(Object.fromEntries(Object.entries(unzipSync(patched)).map(([name, data]) => [name, strFromU8(data)]))).toEqual(contents);
  });

  test("reads a part without unpacking the others", () => {
    const pkg = new ZipPackage(memorySource(ORIGINAL));
    expect(pkg.names).toEqual(["a.xml", "stored.xml", "c.xml"]);
    expect([pkg.text("stored.xml"), pkg.text("c.xml"), pkg.has("d.xml")]).toEqual(["<s/>", "<c/>", false]);
    expect(() => pkg.text("d.xml")).toThrow("xlsx package: d.xml is missing");
  });

  test("refuses what is not a zip, saying so", () => {
    expect(() => new ZipPackage(memorySource(strToU8("PK not really")))).toThrow("xlsx package: no end of central directory");
  });
});
