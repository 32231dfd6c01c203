import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('contentDir', () => {
  it('defaults to ./content', async () => {
    vi.stubEnv('DOSSIER_CONTENT_DIR', undefined);
    const { contentDir } = await import('../../src/lib/content-dir.ts');
    expect(contentDir).toBe('./content');
  });

  it('follows DOSSIER_CONTENT_DIR, so tests and benchmarks never touch content/', async () => {
    vi.stubEnv('DOSSIER_CONTENT_DIR', '/tmp/corpus');
    const { contentDir } = await import('../../src/lib/content-dir.ts');
    expect(contentDir).toBe('/tmp/corpus');
  });
});
