import type { Container } from '../types';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return (
    bytes.length >= signature.length &&
    signature.every((byte, i) => bytes[i] === byte)
  );
}

/**
 * Returns what the file is from its first bytes: a zip archive is taken for
 * XLSX, an OLE2 compound file for a legacy XLS (BIFF8), anything else for
 * text. The name is never consulted: users rename `.xls` exports to `.csv`
 * and the other way round.
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE2)) return 'xls';
  return 'text';
}
