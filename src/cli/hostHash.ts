import { createHash } from "node:crypto";
import { useHostSha256 } from "../domain/catalogue/sha256";

/**
 * Imported for its effect by every CLI entry (main, the check worker): the domain's hashes (the
 * bundled catalogue's at every start, each stamped file's checksum) through OpenSSL instead of the
 * pure TypeScript loop. A string is hashed as UTF-8, lone surrogates as U+FFFD, as TextEncoder does.
 */
export function nativeSha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

useHostSha256(nativeSha256Hex);
