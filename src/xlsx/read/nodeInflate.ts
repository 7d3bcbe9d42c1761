import { inflateRawSync } from "node:zlib";
import { InflateTooLarge, type InflateRaw } from "./inflate";

/**
 * Node's native zlib: several times faster than fflate. `maxOutputLength` makes zlib stop with
 * ERR_BUFFER_TOO_LARGE as soon as its output passes the cap (it checks after each 16 KiB of output),
 * so a zip bomb costs the cap, not its inflated size. Node only: the task pane injects fflate.
 */
export const nodeInflate: InflateRaw = (data, maxBytes) => {
  // (The declared size is not needed: zlib's output grows in 16 KiB chunks joined once.)
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new InflateTooLarge();
    throw e;
  }
};
