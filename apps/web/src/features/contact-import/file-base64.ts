/** Largest file the API accepts (its MAX_IMPORT_BYTES); larger ones are refused before the upload. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * The file's bytes as base64, undecoded: the API detects XLSX, the text encoding (UTF-8, UTF-16, Windows-1251)
 * and the separator in one place, so the browser never guesses (File.text() would read Windows-1251 as �).
 */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
