import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * helmet's security headers on every response: /graphql, /healthz, /readyz, /metrics, /export,
 * errors and 404s included. The JSON answers get a CSP that allows nothing at all (nothing in
 * them is meant to run or load); the HTML pages and their assets replace it with their own
 * (src/web/security-headers.ts sets PAGE_CSP after this runs). The rest is helmet's defaults:
 * nosniff, no-referrer, frame denial, COOP/CORP same-origin, HSTS (ignored by browsers over
 * plain HTTP, honoured behind a TLS proxy).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
