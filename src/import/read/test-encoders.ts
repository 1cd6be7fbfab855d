/**
 * Byte encoders for test fixtures: Node and browsers decode Windows-1251 and
 * UTF-16 but only encode UTF-8. Not used by the reader itself.
 */

/**
 * Returns `text` in Windows-1251: ASCII as is, А–я as 0xC0–0xFF, Ё 0xA8,
 * ё 0xB8, № 0xB9; any other character (Kazakh letters among them) becomes
 * `?`, as exporting programs do.
 */
export function encodeWindows1251(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes[i] = code;
    else if (code >= 0x410 && code <= 0x44f) bytes[i] = code - 0x410 + 0xc0;
    else if (code === 0x401) bytes[i] = 0xa8;
    else if (code === 0x451) bytes[i] = 0xb8;
    else if (code === 0x2116) bytes[i] = 0xb9;
    else bytes[i] = 0x3f;
  }
  return bytes;
}

/** Returns `text` in UTF-16LE, with the byte-order mark `FF FE` first when `bom` is set. */
export function encodeUtf16le(
  text: string,
  { bom }: { bom: boolean },
): Uint8Array {
  const offset = bom ? 2 : 0;
  const bytes = new Uint8Array(offset + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[offset + 2 * i] = code & 0xff;
    bytes[offset + 2 * i + 1] = code >> 8;
  }
  return bytes;
}
