import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadEvidence } from '../data/evidence.ts';
import { dateWindow } from '../lib/dates.ts';
import { latestArticles } from '../lib/articles.ts';
import { RSS_LATEST } from '../lib/pagination.ts';
import { articlePath } from '../lib/urls.ts';
import { loadDossier } from '../data/dossier.ts';
import { href } from '../routing.ts';

/** The latest RSS_LATEST articles, newest first, with their standfirsts. A date known to the month is its first day. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadEvidence();
  const dossier = await loadDossier();
  return rss({
    title: dossier.name,
    description: dossier.description,
    site: site ?? 'https://example.org',
    customData: '<language>fr-FR</language>',
    items: latestArticles(articles, RSS_LATEST).map((article) => ({
      title: article.data.title,
      link: href(articlePath(article.id)),
      pubDate: new Date(`${dateWindow(article.data.published).from}T12:00:00Z`),
      description: article.data.standfirst ?? article.data.title,
      categories: [...article.data.themes],
      ...(article.data.author ? { author: article.data.author.value } : {}),
    })),
  });
};
