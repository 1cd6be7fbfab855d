/** Headers every response carries, API, static files and errors alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The app's policy: its own scripts only (no eval: Zod runs jitless, see
 * src/lib/zod-config.ts), inline styles for the charts' computed positions,
 * data and blob images for exports, blob workers, and requests to its own
 * origin, where the API is.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * CORS for an allowlist: the origin is echoed only when listed, so by
 * default (an empty list) no other origin may read an answer. `Vary: Origin`
 * keeps a shared cache from handing one origin's answer to another.
 */
export function corsHeaders(
  origin: string | undefined,
  allowed: readonly string[],
): Record<string, string> {
  if (allowed.length === 0) return {};
  if (origin === undefined || !allowed.includes(origin))
    return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}
