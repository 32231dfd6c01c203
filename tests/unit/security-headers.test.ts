import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, metaContentSecurityPolicy, securityHeaders } from '../../src/lib/security-headers.ts';

describe('security headers', () => {
  it('allow nothing but the site itself, and no inline script', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(contentSecurityPolicy).toContain("'wasm-unsafe-eval'");
  });

  it('travel with the page as a meta policy, less what a meta policy cannot carry', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    const header = contentSecurityPolicy.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(metaContentSecurityPolicy.split('; ')).toEqual(header);
  });

  it('are written as a _headers file for every path', () => {
    const file = headersFile();
    expect(file.startsWith('/*\n')).toBe(true);
    for (const [name, value] of Object.entries(securityHeaders)) expect(file).toContain(`  ${name}: ${value}\n`);
  });

  it('are the same in the shipped nginx snippet', () => {
    const nginx = readFileSync(new URL('../../nginx.conf', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
