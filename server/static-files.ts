import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** What a static request resolves to; never a file outside the folder. */
export type StaticResult =
  | { kind: 'file'; file: string; contentType: string; immutable: boolean }
  | { kind: 'bad-request'; reason: string }
  | { kind: 'not-found' };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The demo backend's worker: the served app registers no service worker. */
const REFUSED = new Set(['mockServiceWorker.js']);

export function contentTypeOf(file: string): string {
  return (
    CONTENT_TYPES[path.extname(file).toLowerCase()] ??
    'application/octet-stream'
  );
}

/**
 * The decoded segments of a raw request path, or why it is refused. Checked
 * on the raw text, before any URL normalisation could resolve `..` for us:
 * a dot segment (also `%2e%2e`), an encoded or back slash, an empty segment
 * (`//etc/passwd`), a drive letter or a NUL byte is a bad request, whatever
 * it would have resolved to.
 */
export function pathSegments(
  rawPath: string,
): { ok: true; segments: string[] } | { ok: false; reason: string } {
  if (!rawPath.startsWith('/')) return { ok: false, reason: 'not a path' };
  if (/%2f|%5c|\\/i.test(rawPath))
    return { ok: false, reason: 'encoded or back slash' };
  const segments: string[] = [];
  const raw = rawPath.slice(1).split('/');
  for (const [i, part] of raw.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return { ok: false, reason: 'malformed percent-encoding' };
    }
    // A trailing slash leaves one empty last segment: `/` or `/overview/`.
    if (segment === '' && i === raw.length - 1) continue;
    if (segment === '' || segment === '.' || segment === '..')
      return { ok: false, reason: 'empty or dot segment' };
    if (segment.includes('\0') || segment.includes(':'))
      return { ok: false, reason: 'NUL byte or drive letter' };
    segments.push(segment);
  }
  return { ok: true, segments };
}

/** A file of the folder that exists, is a regular file and, links resolved, stays inside. */
async function inside(root: string, file: string): Promise<boolean> {
  try {
    const [realRoot, realFile] = await Promise.all([
      realpath(root),
      realpath(file),
    ]);
    if (!realFile.startsWith(realRoot + path.sep)) return false;
    return (await stat(realFile)).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves a request path against the production build: the file when it
 * exists; `index.html` for `/` and for any unknown path that is not an asset
 * (no extension, not under `/assets/`), so the app's own routes reload; 404
 * otherwise. Dotfiles and the mock service worker are never served.
 */
export async function resolveStatic(
  root: string,
  rawPath: string,
): Promise<StaticResult> {
  const parsed = pathSegments(rawPath);
  if (!parsed.ok) return { kind: 'bad-request', reason: parsed.reason };
  const { segments } = parsed;
  const last = segments.at(-1);
  if (segments.some((s) => s.startsWith('.')) || (last && REFUSED.has(last)))
    return { kind: 'not-found' };
  const base = path.resolve(root);
  const file = path.join(base, ...segments);
  if (segments.length > 0 && (await inside(base, file)))
    return {
      kind: 'file',
      file,
      contentType: contentTypeOf(file),
      immutable: segments[0] === 'assets',
    };
  const isAsset =
    segments[0] === 'assets' ||
    (last !== undefined && path.extname(last) !== '');
  const index = path.join(base, 'index.html');
  if (!isAsset && (await inside(base, index)))
    return {
      kind: 'file',
      file: index,
      contentType: contentTypeOf(index),
      immutable: false,
    };
  return { kind: 'not-found' };
}
