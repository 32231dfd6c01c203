// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeParagraphIds } from './src/lib/paragraph-ids.ts';
import { rehypeFrenchTypography } from './src/lib/typography.ts';
import { headingAnchorOptions } from './src/lib/heading-anchor.ts';
import { remarkNativeParse } from './src/lib/native-parsers.ts';
import { remarkBodyFacts } from './src/lib/body-facts.ts';
import { rehypeRawWhereNeeded } from './src/lib/raw-html.ts';
import { rehypeMissingPhotos } from './src/lib/missing-photos.ts';
import { articleSanitizeSchema, rehypeRejectUnsafeUrls } from './src/lib/sanitize.ts';
import { ui } from './src/i18n/fr.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { headersFileIntegration } from './src/integrations/headers-file.ts';
import { contentEncodingIntegration } from './src/integrations/content-encoding.ts';
import { dataStoreAtRender } from './src/integrations/data-store-at-render.ts';
import { articleTextWorker } from './src/integrations/article-text-worker.ts';

// SITE_URL and BASE_PATH let one build serve from a domain's root or from a sub-path.
const site = process.env.SITE_URL ?? 'https://moscou-pyongyang.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.DOSSIER_OUT_DIR ?? './dist',
  // A build from another content folder keeps its content-layer cache apart (tests, fixtures).
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: process.env.DOSSIER_CACHE_DIR } : {}),
  // No inline <style> or <script>: the Content-Security-Policy allows only files from the site.
  // Two pages at a time: one renders while the other is written to disk (at 1,000 articles the
  // renderer otherwise waits for some 2,300 writes, and page generation takes 1 s longer).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // The atomic output goes last: it moves the finished site into place.
  integrations: [
    contentEncodingIntegration(),
    dataStoreAtRender(),
    articleTextWorker(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefindIntegration(),
    headersFileIntegration(),
    atomicOutput(),
  ],
  markdown: {
    processor: unified({
      // French typography is ours (rehypeFrenchTypography); SmartyPants would add English quotes.
      smartypants: false,
      // The native parser, for the same tree as remark-parse's in a tenth of the time.
      // The body's word count and emptiness, kept with its HTML (the body itself is not stored).
      remarkPlugins: [remarkNativeParse, remarkBodyFacts],
      rehypePlugins: [
        // Parse the HTML that transcriptions use (photo captions) so the plugins below see it.
        rehypeRawWhereNeeded,
        // Content comes from outside: unsafe links fail the build, then only safe HTML goes on.
        rehypeRejectUnsafeUrls,
        [rehypeSanitize, articleSanitizeSchema],
        rehypeSlug,
        [rehypeMissingPhotos, { label: ui.article.missingPhoto }],
        rehypeParagraphIds,
        // Before the heading links are added, so that a heading's text is typeset as a whole
        // (« Corée du Nord ? », as in the table of contents) and its link's name is too.
        rehypeFrenchTypography,
        [rehypeAutolinkHeadings, headingAnchorOptions(ui.article.headingAnchor)],
      ],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
