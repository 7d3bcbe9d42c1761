import { mkdirSync, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Io } from "./output";

/**
 * Readies `file` to be written by a command, before the command does its work (a consolidation
 * of a thousand files should not fail at its last step): makes its folder when missing, and says
 * on stderr why it cannot be written when it names a folder or its folder cannot be made.
 */
export function readyOutputFile(file: string, option: string, command: string, io: Io): boolean {
  const refuse = (why: string): false => {
    io.err(`${command}: ${option} ${file}: ${why}`);
    return false;
  };
  if (statOf(file)?.isDirectory()) return refuse("is a folder: give the path of the file to write");
  const folder = dirname(resolve(file));
  const existing = statOf(folder);
  if (existing && !existing.isDirectory()) return refuse(`${folder} is a file, not a folder`);
  if (!existing) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (e) {
      return refuse(`its folder cannot be made (${describeFsError(e)})`);
    }
  }
  return true;
}

/** What is at `path`, or undefined when nothing is (a part of the path being a file included). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** An fs error in words, as a user needs them (the code, not Node's stack). */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = {
    ENOENT: "no such file or folder",
    EISDIR: "is a folder",
    ENOTDIR: "a part of the path is a file, not a folder",
    EACCES: "permission denied",
    EPERM: "not permitted",
    EROFS: "the disk is read-only",
    ENOSPC: "the disk is full",
    EEXIST: "already exists",
  };
  return (code && words[code]) ?? (e as Error)?.message ?? String(e);
}
