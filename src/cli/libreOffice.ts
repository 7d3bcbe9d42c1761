import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, posix, win32 } from "node:path";
import { pathToFileURL } from "node:url";
import type { LocalText } from "../domain/text/lang";
import { PDF_TEXT, pdfText } from "./pdfText";

/** Names a user may set to the soffice program when it is installed somewhere unusual. */
export const SOFFICE_VARIABLE = "POLICY_TRACKER_SOFFICE";

export type Located = { readonly soffice: string } | { readonly missing: LocalText };

export interface Host {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly exists: (path: string) => boolean;
  readonly list: (dir: string) => string[];
}

const realHost: Host = {
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  list: (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

/** Where LibreOffice installs itself when it is not on PATH (Debian, the libreoffice.org packages, Mac, Windows). */
function installFolders(host: Host): string[] {
  if (host.platform === "win32") {
    const roots = [host.env.ProgramFiles, host.env["ProgramFiles(x86)"]].filter((r): r is string => Boolean(r));
    return roots.map((r) => win32.join(r, "LibreOffice", "program", "soffice.exe"));
  }
  if (host.platform === "darwin") return ["/Applications/LibreOffice.app/Contents/MacOS/soffice"];
  const opt = host
    .list("/opt")
    .filter((d) => d.toLowerCase().startsWith("libreoffice"))
    // Newest first: libreoffice24.8 before libreoffice7.6.
    .sort((a, b) => b.localeCompare(a, "en", { numeric: true }))
    .map((d) => `/opt/${d}/program/soffice`);
  return ["/usr/lib/libreoffice/program/soffice", ...opt];
}

/** LibreOffice's soffice: the POLICY_TRACKER_SOFFICE variable, else PATH, else the usual install folders. */
export function locateLibreOffice(host: Host = realHost): Located {
  const named = host.env[SOFFICE_VARIABLE];
  if (named) return host.exists(named) ? { soffice: named } : { missing: pdfText(PDF_TEXT.namedMissing, { variable: SOFFICE_VARIABLE, path: named }) };
  const path = host.platform === "win32" ? win32 : posix;
  const names = host.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  const onPath = (host.env.PATH ?? host.env.Path ?? "").split(path.delimiter).filter(Boolean);
  for (const candidate of [...onPath.flatMap((dir) => names.map((n) => path.join(dir, n))), ...installFolders(host)]) {
    if (host.exists(candidate)) return { soffice: candidate };
  }
  return { missing: pdfText(PDF_TEXT.notInstalled, { variable: SOFFICE_VARIABLE }) };
}

/**
 * A fresh LibreOffice profile that draws Khmer in Khmer OS. LibreOffice gives an xlsx cell's font
 * to complex-script text only when the font has Hebrew, Arabic, Indic or Thai letters (oox's
 * Font::finalizeImport), so Khmer text takes the profile's default complex-text font; left unset,
 * glyph fallback picks any font with Khmer letters and can break Khmer clusters.
 */
function writeProfile(dir: string): void {
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CTL" oor:op="fuse"><value>km-KH</value></prop></item>
<item oor:path="/org.openoffice.VCL/DefaultFonts/org.openoffice.VCL:LocalizedDefaultFonts['km']"><prop oor:name="CTL_SPREADSHEET" oor:op="fuse" oor:type="xs:string"><value>Khmer OS Siemreap;Khmer OS System;Khmer OS;Khmer UI;Leelawadee UI</value></prop></item>
</oor:items>
`,
  );
}

export class PdfError extends Error {
  constructor(readonly reason: LocalText) {
    super(reason.en);
  }
}

/** How long one conversion may take before LibreOffice is stopped (the demo's report: about 5 s). */
export const PDF_TIMEOUT_MS = 180_000;

/**
 * Converts `xlsx` to `pdf` with LibreOffice headless, in a private profile (runs never share or
 * lock one), within `timeoutMs`: then LibreOffice and its children are stopped. The PDF appears at
 * `pdf` whole or not at all. Throws PdfError with the reason.
 */
export async function convertToPdf(soffice: string, xlsx: string, pdf: string, timeoutMs = PDF_TIMEOUT_MS): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "pt-pdf-"));
  try {
    const profile = join(work, "profile");
    const out = join(work, "out");
    writeProfile(profile);
    const run = await runSoffice(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", out, xlsx], timeoutMs);
    if (run.timedOut) throw new PdfError(pdfText(PDF_TEXT.timedOut, { seconds: String(Math.round(timeoutMs / 1000)) }));
    const produced = join(out, `${basename(xlsx, extname(xlsx))}.pdf`);
    if (!existsSync(produced)) {
      const detail = run.error ?? (run.stderr.split("\n").find((l) => l.trim() && !l.includes("javaldx")) || `exit ${run.code ?? run.signal}`);
      throw new PdfError(pdfText(PDF_TEXT.noPdf, { detail: detail.trim() }));
    }
    const temporary = `${pdf}.${process.pid}.tmp`;
    copyFileSync(produced, temporary);
    renameSync(temporary, pdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly error?: string;
}

function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    // Its own process group on POSIX: soffice starts soffice.bin, and a time-out stops both.
    const posix = process.platform !== "win32";
    const child = spawn(soffice, args, { detached: posix, stdio: ["ignore", "ignore", "pipe"], windowsHide: true });
    let stderr = "";
    let timedOut = false;
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (posix && child.pid) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stderr, timedOut, error: e.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, timedOut });
    });
  });
}
