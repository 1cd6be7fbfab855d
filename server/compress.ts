import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** A body this small is sent as it is: the headers would outweigh the saving. */
export const MIN_COMPRESS_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The encoding to answer with for an `Accept-Encoding` header: brotli, else
 * gzip, each unless refused with `q=0` (also through `*;q=0`); null when
 * the client takes neither.
 */
export function preferredEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params
      .map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1])
      .find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: Encoding) =>
    (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/** Whether a type is text that compresses (scripts, styles, pages, JSON, SVG). */
export function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg\+xml)/.test(
    contentType,
  );
}

/**
 * The body in `encoding`. Static answers pass `quality: 'best'` (they are
 * compressed once and kept); API answers the default, fast enough to run
 * on every request.
 */
export function compress(
  body: Buffer,
  encoding: Encoding,
  { quality = 'fast' }: { quality?: 'fast' | 'best' } = {},
): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality === 'best' ? 11 : 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: quality === 'best' ? 9 : 6 });
}

/**
 * Compressed copies of the built files, made on their first request and
 * kept: a build's files do not change while it is served, and the whole
 * app is a few megabytes.
 */
export function staticCompressor() {
  const kept = new Map<string, Promise<Buffer>>();
  return (file: string, body: Buffer, encoding: Encoding): Promise<Buffer> => {
    const key = `${encoding}:${file}`;
    let copy = kept.get(key);
    if (!copy) {
      copy = compress(body, encoding, { quality: 'best' });
      kept.set(key, copy);
      copy.catch(() => kept.delete(key));
    }
    return copy;
  };
}

/**
 * The `Vary` value once `name` is added to what the answer already varies
 * on (CORS sets `Origin` before the body is chosen).
 */
export function varyWith(current: unknown, name: string): string {
  const list =
    typeof current === 'string'
      ? current
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : [];
  if (!list.some((v) => v.toLowerCase() === name.toLowerCase()))
    list.push(name);
  return list.join(', ');
}
