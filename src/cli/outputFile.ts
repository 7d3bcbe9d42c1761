import { mkdirSync, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Io } from "./output";

/**
 * Readies `file` to be written by a command, before the command does its work (a consolidation
 * of a thousand files should not fail at its last step): makes its folder when missing, and says
 * on stderr why it cannot be written when it names a folder or its folder cannot be made.
 */
export function readyOutputFile(file: string, option: string, command: string, io: Io): boolean {
  if (statOf(file)?.isDirectory()) return refuse(io, `${command}: ${option} ${file}: is a folder: give the path of the file to write`);
  const why = folderProblem(dirname(resolve(file)));
  return why === undefined || refuse(io, `${command}: ${option} ${file}: its folder ${why}`);
}

/** The same for a folder a command writes files into (made when missing). */
export function readyOutputFolder(folder: string, option: string, command: string, io: Io): boolean {
  const why = folderProblem(folder);
  return why === undefined || refuse(io, `${command}: ${option} ${folder}: ${why}`);
}

/** Why `folder` cannot hold output, having made it when missing. */
function folderProblem(folder: string): string | undefined {
  const existing = statOf(folder);
  if (existing) return existing.isDirectory() ? undefined : "is a file, not a folder";
  try {
    mkdirSync(folder, { recursive: true });
    return undefined;
  } catch (e) {
    return `cannot be made (${describeFsError(e)})`;
  }
}

const refuse = (io: Io, line: string): false => {
  io.err(line);
  return false;
};

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
