/** Headers every response carries, API, static files and errors alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The app's Content-Security-Policy, as a host sends it with `index.html`:
 * its own scripts only (no inline script, no eval: Zod runs jitless, see
 * src/api/schemas/zod-config.ts), inline styles for the charts' computed
 * positions, data and blob images for exports, workers from its own origin (the
 * import's worker; in the demo build, MSW's service worker) and blob
 * workers, and requests to its own origin plus `apiOrigins`: the origin of
 * `VITE_API_BASE_URL` for a build that calls a backend elsewhere, none for
 * the demo and the reference server. The reference server sends it;
 * `vite preview` sends it too (vite.config.ts), so e2e runs under it.
 */
export function contentSecurityPolicy(
  apiOrigins: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    `connect-src ${["'self'", ...apiOrigins].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy of the app served from the API's own origin. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

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
