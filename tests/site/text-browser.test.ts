import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../support/content.ts';
import { builtSiteDir } from '../support/paths.ts';
import { normalizeTypography } from '../../src/lib/text.ts';

/**
 * Each article page as a text browser shows it (Debian's w3m; W3M_PATH to use another): what
 * only the search index or a screen reader should get (search metadata, heading-anchor names)
 * must not reach the text.
 */
function dump(route: string): string {
  const file = path.join(builtSiteDir, route, 'index.html');
  const result = spawnSync(
    process.env.W3M_PATH ?? 'w3m',
    ['-dump', '-cols', '200', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', file],
    {
      encoding: 'utf8',
    },
  );
  if (result.error) throw new Error(`this test needs w3m (apt-get install w3m): ${result.error.message}`);
  return result.stdout;
}

describe('article pages in a text browser', () => {
  it.each(readArticleFiles().map((a) => [a.id, a] as const))('%s reads from its title to its text, with clean headings', (id, article) => {
    const lines = dump(`articles/${id}`)
      .split('\n')
      .map((line) => normalizeTypography(line).trim())
      .filter(Boolean);
    const title = normalizeTypography(article.data.title);
    const titleLine = lines.findIndex((line) => line === title);
    expect(titleLine, 'the title stands alone on its line').toBeGreaterThan(0);
    // Above the title: the site's header and, for some outlets, the kicker; no search metadata.
    const above = lines.slice(0, titleLine).join('\n');
    expect(above).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(above).not.toContain('Article20');
    // Heading anchors have a name for screen readers only.
    for (const line of lines) expect(line).not.toMatch(/Lien vers la section|#$/);
  });
});
