import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { main } from "../../src/cli/main";
import { PdfError, SOFFICE_VARIABLE, convertToPdf, locateLibreOffice, type Host } from "../../src/cli/libreOffice";
import { missingFontWarnings } from "../../src/cli/pdfFonts";
import { PDF_TEXT } from "../../src/cli/pdfText";
import { goodRow, statusBook } from "../support/statusBook";
import { captureIo, tempDir } from "../support/tmp";

/*
 * The PDF commands' wiring, with stand-ins for LibreOffice's soffice (shell scripts): what they are
 * given, where the PDF lands, what is said when LibreOffice is missing, fails or hangs. The real
 * conversion is test/cli/pdf.test.ts.
 */

const tmp = tempDir("pdf-command");
afterAll(() => tmp.cleanup());

/** A script standing in for soffice; `body` runs with $out (the --outdir), $input (the file) and $profile (the profile folder). */
function fakeSoffice(name: string, body: string): string {
  const path = tmp.path(name);
  writeFileSync(
    path,
    `#!/bin/sh
out=""; profile=""; prev=""; input=""
for a in "$@"; do
  [ "$prev" = "--outdir" ] && out="$a"
  case "$a" in -env:UserInstallation=file://*) profile="\${a#-env:UserInstallation=file://}";; esac
  prev="$a"; input="$a"
done
${body}
`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** Writes a "PDF" holding the arguments and the profile LibreOffice was given. */
const WRITES_PDF = `mkdir -p "$out"; { echo "%PDF-fake"; echo "$@"; cat "$profile/user/registrymodifications.xcu"; } > "$out/$(basename "$input" .xlsx).pdf"`;

async function withSoffice<T>(soffice: string | undefined, run: () => Promise<T>): Promise<T> {
  const saved = process.env[SOFFICE_VARIABLE];
  if (soffice === undefined) delete process.env[SOFFICE_VARIABLE];
  else process.env[SOFFICE_VARIABLE] = soffice;
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env[SOFFICE_VARIABLE];
    else process.env[SOFFICE_VARIABLE] = saved;
  }
}

const submissions = tmp.path("q3");
mkdirSync(submissions);
writeFileSync(`${submissions}/dgc.xlsx`, statusBook({ rows: [goodRow(0)] }));

describe("consolidate --pdf and pdf, with a stand-in for LibreOffice", () => {
  test("consolidate --pdf writes the report, then its PDF beside it, through a private profile that draws Khmer in Khmer OS", async () => {
    const soffice = fakeSoffice("soffice-ok", WRITES_PDF);
    const out = tmp.path("report.xlsx");
    const io = captureIo();
    const code = await withSoffice(soffice, () => main(["consolidate", submissions, "--quarter", "2026-Q3", "--out", out, "--pdf"], io.io));
    expect({ code, err: io.err }).toEqual({ code: 0, err: [] });
    expect(existsSync(out)).toBe(true);
    const pdf = readFileSync(tmp.path("report.pdf"), "utf8");
    expect(pdf.startsWith("%PDF-fake")).toBe(true);
    expect(pdf).toMatch(/-env:UserInstallation=file:\/\/\S*pt-pdf-\S*\/profile --headless --norestore --nolockcheck --convert-to pdf --outdir \S+ \S+report\.xlsx/);
    expect(pdf).toContain("<value>km-KH</value>");
    expect(pdf).toContain("CTL_SPREADSHEET");
    expect(pdf).toContain("Khmer OS Siemreap");
    expect(io.out.at(-1)).toBe(`PDF for printing → ${tmp.path("report.pdf")}`);
  }, 60_000);

  test("--pdf FILE puts the PDF there; the messages follow --lang", async () => {
    const soffice = fakeSoffice("soffice-ok-2", WRITES_PDF);
    const io = captureIo();
    const pdf = tmp.path("council-pack.pdf");
    const code = await withSoffice(soffice, () => main(["consolidate", submissions, "--quarter", "2026-Q3", "--out", tmp.path("r2.xlsx"), "--lang", "km", "--pdf", pdf], io.io));
    expect(code).toBe(0);
    expect(readFileSync(pdf, "utf8").startsWith("%PDF-fake")).toBe(true);
    expect(io.out.at(-1)).toBe(`ឯកសារ PDF សម្រាប់បោះពុម្ព → ${pdf}`);
  }, 60_000);

  test.each([
    ["en", /^consolidate --pdf: POLICY_TRACKER_SOFFICE names \S+nowhere\/soffice, which does not exist: set it to LibreOffice's soffice program$/],
    ["km", /^consolidate --pdf: POLICY_TRACKER_SOFFICE ចង្អុលទៅ \S+nowhere\/soffice ដែលមិនមានទេ/],
  ])("%s: without LibreOffice, consolidate --pdf says what to do in one line and exits 2 before doing the work", async (lang, message) => {
    const io = captureIo();
    const out = tmp.path(`never-${lang}.xlsx`);
    const code = await withSoffice(tmp.path("nowhere/soffice"), () => main(["consolidate", submissions, "--quarter", "2026-Q3", "--out", out, "--lang", lang, "--pdf"], io.io));
    expect(code).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  test("a LibreOffice that writes nothing: exit 2, the reason, and the report is still there", async () => {
    const soffice = fakeSoffice("soffice-silent", `echo "Error: source file could not be loaded" >&2; exit 0`);
    const io = captureIo();
    const out = tmp.path("kept.xlsx");
    const code = await withSoffice(soffice, () => main(["consolidate", submissions, "--quarter", "2026-Q3", "--out", out, "--pdf"], io.io));
    expect(code).toBe(2);
    expect(io.err).toEqual([`${out}: error: LibreOffice wrote no PDF (Error: source file could not be loaded)`, `consolidate --pdf: the report itself was written to ${out}`]);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(tmp.path("kept.pdf"))).toBe(false);
  }, 60_000);

  test("pdf refuses a file that is not a workbook without starting LibreOffice", async () => {
    const soffice = fakeSoffice("soffice-never", `touch "${tmp.path("soffice-was-run")}"; ${WRITES_PDF}`);
    writeFileSync(tmp.path("notes.xlsx"), "just some text");
    const io = captureIo();
    const code = await withSoffice(soffice, () => main(["pdf", tmp.path("notes.xlsx")], io.io));
    expect(code).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/notes\.xlsx: error: .*not an Excel \.xlsx workbook/);
    expect(existsSync(tmp.path("soffice-was-run"))).toBe(false);
    expect(existsSync(tmp.path("notes.pdf"))).toBe(false);
  });

  test("pdf --out naming the report itself is refused: the report is not overwritten", async () => {
    const soffice = fakeSoffice("soffice-same", WRITES_PDF);
    const report = tmp.path("same.xlsx");
    writeFileSync(report, statusBook({ rows: [goodRow(0)] }));
    const before = readFileSync(report);
    const io = captureIo();
    const code = await withSoffice(soffice, () => main(["pdf", report, "--out", report], io.io));
    expect({ code, err: io.err }).toEqual({ code: 2, err: [`${report}: error: the PDF would overwrite the report itself: name another file`] });
    expect(readFileSync(report).equals(before)).toBe(true);
  });

  test("a LibreOffice that hangs is stopped at the time limit, with the processes it started", async () => {
    const pidFile = tmp.path("sleeper.pid");
    const soffice = fakeSoffice("soffice-hangs", `sleep 60 & echo $! > "${pidFile}"; wait`);
    writeFileSync(tmp.path("slow.xlsx"), statusBook({ rows: [goodRow(0)] }));
    const started = Date.now();
    const error = await convertToPdf(soffice, tmp.path("slow.xlsx"), tmp.path("slow.pdf"), 1500).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as PdfError).reason).toEqual({ en: PDF_TEXT.timedOut.en.replace("{seconds}", "2"), km: PDF_TEXT.timedOut.km.replace("{seconds}", "2") });
    expect(Date.now() - started).toBeLessThan(20_000);
    const sleeper = Number(readFileSync(pidFile, "utf8"));
    const alive = () => {
      try {
        process.kill(sleeper, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
    expect(existsSync(tmp.path("slow.pdf"))).toBe(false);
  }, 30_000);
});

describe("finding LibreOffice", () => {
  const host = (over: Partial<Host> & { files?: string[]; opt?: string[] }): Host => ({
    env: over.env ?? {},
    platform: over.platform ?? "linux",
    exists: (p) => (over.files ?? []).includes(p),
    list: (dir) => (dir === "/opt" ? (over.opt ?? []) : []),
  });

  test.each([
    ["the variable, when it names a file", host({ env: { [SOFFICE_VARIABLE]: "/x/soffice", PATH: "/usr/bin" }, files: ["/x/soffice", "/usr/bin/soffice"] }), "/x/soffice"],
    ["soffice on PATH", host({ env: { PATH: "/nope:/usr/local/bin" }, files: ["/usr/local/bin/soffice"] }), "/usr/local/bin/soffice"],
    ["libreoffice on PATH", host({ env: { PATH: "/usr/bin" }, files: ["/usr/bin/libreoffice"] }), "/usr/bin/libreoffice"],
    ["Debian's program folder off PATH", host({ env: { PATH: "" }, files: ["/usr/lib/libreoffice/program/soffice"] }), "/usr/lib/libreoffice/program/soffice"],
    [
      "the newest libreoffice.org package under /opt",
      host({ env: {}, opt: ["libreoffice7.6", "libreoffice24.8", "zoom"], files: ["/opt/libreoffice7.6/program/soffice", "/opt/libreoffice24.8/program/soffice"] }),
      "/opt/libreoffice24.8/program/soffice",
    ],
    ["the Mac application", host({ platform: "darwin", env: { PATH: "/usr/bin" }, files: ["/Applications/LibreOffice.app/Contents/MacOS/soffice"] }), "/Applications/LibreOffice.app/Contents/MacOS/soffice"],
    [
      "Program Files on Windows",
      host({ platform: "win32", env: { Path: "C:\\Windows", ProgramFiles: "C:\\Program Files" }, files: ["C:\\Program Files\\LibreOffice\\program\\soffice.exe"] }),
      "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
    ],
  ])("%s", (_name, h, expected) => {
    expect(locateLibreOffice(h)).toEqual({ soffice: expected });
  });

  test("nothing found: the message names what to install, in both languages", () => {
    const located = locateLibreOffice(host({ env: { PATH: "/usr/bin" } }));
    expect("missing" in located && located.missing.en).toMatch(/^LibreOffice is not installed, so no PDF can be made: install it \(Debian\/Ubuntu: apt-get install libreoffice-calc-nogui fonts-khmeros fonts-crosextra-carlito/);
    expect("missing" in located && located.missing.km).toMatch(/^មិនទាន់បានដំឡើង LibreOffice ទេ.*apt-get install libreoffice-calc-nogui/);
  });
});

describe("fonts the printed report needs", () => {
  test.each([
    ["Calibri drawn by its twin, Khmer OS present: nothing to say", { Calibri: "Carlito", "Khmer OS Siemreap": "Khmer OS Siemreap" }, []],
    ["no fontconfig (Windows, Mac): nothing to say", {}, []],
    ["Calibri falls back to DejaVu Sans: install Carlito", { Calibri: "DejaVu Sans", "Khmer OS Siemreap": "Khmer OS Siemreap" }, ["Calibri", "DejaVu Sans", "fonts-crosextra-carlito"]],
    ["no Khmer OS: install fonts-khmeros", { Calibri: "Calibri", "Khmer OS Siemreap": "Noto Sans Khmer" }, ["Khmer OS Siemreap", "Noto Sans Khmer", "fonts-khmeros"]],
  ])("%s", (_name, families: Record<string, string>, mentions) => {
    const warnings = missingFontWarnings((font) => families[font]);
    expect(warnings.length).toBe(mentions.length ? 1 : 0);
    for (const m of mentions) {
      expect(warnings[0]!.en).toContain(m);
      expect(warnings[0]!.km).toContain(m);
    }
  });
});
