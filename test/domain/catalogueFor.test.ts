import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { catalogueForSubmissions } from "../../src/domain/consolidation/catalogueFor";
import type { SubmissionFile } from "../../src/domain/consolidation/types";
import { submissionInput } from "../support/submissionInput";
import { syntheticCatalogue } from "../excel/support";

const bundled = bundledCatalogue();
const imported = syntheticCatalogue(3, { version: "official-2027.1" });

const fileOn = (name: string, catalogueHash: string): SubmissionFile => ({ file: name, input: submissionInput(name, { committee: "DGC", catalogueHash }, []) });
const unreadable = (name: string): SubmissionFile => ({ file: name, unreadable: { en: "corrupt", km: "ខូច" } });

describe("which known catalogue a quarter's files are consolidated against", () => {
  it.each([
    ["every file on the bundled one, the imported one listed first", [fileOn("a", bundled.hash), fileOn("b", bundled.hash)], bundled],
    ["most files on the imported one", [fileOn("a", imported.hash), fileOn("b", imported.hash), fileOn("c", bundled.hash)], imported],
    ["a tie: the one listed first (the pane's current catalogue)", [fileOn("a", imported.hash), fileOn("b", bundled.hash)], imported],
    ["no file names a known catalogue", [fileOn("a", "f".repeat(64)), unreadable("b")], imported],
    ["no files at all", [], imported],
  ] as const)("%s", (_case, files, expected) => {
    expect(catalogueForSubmissions(files, [imported, bundled]).hash).toBe(expected.hash);
  });
});
