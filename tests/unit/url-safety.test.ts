import { describe, expect, it } from 'vitest';
import { isSafeUrl, isWebUrl } from '../../src/lib/url-safety.ts';

describe('isSafeUrl', () => {
  it.each([
    'https://www.lalibre.be/x',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    '/articles/x/',
    '#p-3',
    '?q=Kim',
    'articles/x/',
    '//example.org/x',
  ])('accepts %s', (url) => expect(isSafeUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'mailto:a@example.org',
  ])('rejects %j', (url) => expect(isSafeUrl(url)).toBe(false));
});

describe('isWebUrl', () => {
  it('wants an absolute http(s) address', () => {
    expect(isWebUrl('https://www.blick.ch/fr/x')).toBe(true);
    expect(isWebUrl('/articles/x/')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('ftp://example.org')).toBe(false);
  });
});
