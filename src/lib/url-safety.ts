/**
 * Which URLs content may carry. Articles come from outside (pasted text, saved web pages): a
 * `javascript:` or `data:` link would run in a reader's browser on any host that does not send the
 * site's Content-Security-Policy. Only web addresses, and links inside the site, are allowed.
 */

/** Schemes an absolute URL in content may use. */
export const SAFE_URL_PROTOCOLS = ['http', 'https'] as const;

/** An absolute URL: a scheme followed by `:` (browsers ignore tabs, newlines and case in it). */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * True for an http(s) URL, or for a relative one (path, `#fragment`, `?query`). Control characters
 * and spaces are removed first, as browsers do, so that `java\tscript:` is seen as `javascript:`.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what browsers strip, so what this removes.
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  return (SAFE_URL_PROTOCOLS as readonly string[]).includes(scheme);
}

/** True for an absolute http(s) URL only: what a source's address must be. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) && isSafeUrl(url);
}
