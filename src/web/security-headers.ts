import type { Response } from 'express';

/**
 * The pages load only their own bundles and talk only to this origin: the CSP makes that a
 * browser-enforced rule (no CDN, no beacon, no injected script can run even if graph text
 * were ever mistaken for markup). `blob:` workers: ForceAtlas2 runs in a Worker built from a
 * Blob. Inline styles: React and CodeMirror set element styles.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Headers of every HTML page and asset served by mountWeb, over helmet's (src/http/security-headers.ts,
 * on every response): the pages' own CSP replaces the API's allow-nothing one.
 */
export function setPageHeaders(res: Response, html: boolean): void {
  // Revalidate with the ETag each time: asset names carry no hash, so a rebuild must be seen.
  res.setHeader('Cache-Control', 'no-cache');
  if (html) res.setHeader('Content-Security-Policy', PAGE_CSP);
}
