/**
 * The HTTP headers every host must send with the site: one list, written into `_headers` (Netlify,
 * Cloudflare Pages) at build time and checked against the nginx snippet by a test.
 * The policy allows nothing but the site itself: scripts are files of the site (Astro inlines
 * none), and 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly.
 */
const cspDirectives = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const contentSecurityPolicy = cspDirectives.join('; ');

/** Directives a browser ignores (and warns about) in a `<meta http-equiv>` policy. */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The same policy for a `<meta http-equiv="Content-Security-Policy">` in every page, so that hosts
 * that send no headers (GitHub Pages, a plain file server) still protect readers.
 */
export const metaContentSecurityPolicy = cspDirectives
  .filter((directive) => !HEADER_ONLY_DIRECTIVES.includes(directive.split(' ')[0] ?? ''))
  .join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `_headers` file of Netlify and Cloudflare Pages: the headers for every path. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
