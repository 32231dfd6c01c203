import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSiteDir } from '../support/paths.ts';
import { routes } from '../../src/lib/urls.ts';

describe('the routes that src/lib/urls.ts names', () => {
  it.each(Object.entries(routes))('%s (%s) is a page or a file of the built site', (_, route) => {
    const file = path.join(builtSiteDir, route.endsWith('/') ? path.join(route, 'index.html') : route);
    expect(existsSync(file)).toBe(true);
  });
});
