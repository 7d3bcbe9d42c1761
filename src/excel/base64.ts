/** Base64 of bytes, as insertWorksheetsFromBase64 takes a workbook; btoa on slices (no Buffer in the browser). */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000; // String.fromCharCode's argument list stays well under engine limits
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
