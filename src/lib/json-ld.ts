/**
 * JSON-LD for a `<script type="application/ld+json">` block. JSON.stringify alone is not enough
 * inside HTML: a title holding `</script>` would close the block and run what follows. Escaping
 * `<`, `>` and `&` as \u003c, \u003e, \u0026 keeps the same JSON value and no HTML meaning; U+2028
 * and U+2029 are escaped too, for older script parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A date and an optional time, as the article schema holds them, to an ISO 8601 value. */
function isoDateTime(when: { date: string; time?: string | undefined }): string {
  return when.time ? `${when.date}T${when.time}` : when.date;
}

export interface NewsArticleInput {
  title: string;
  standfirst?: string | undefined;
  published: { date: string; time?: string | undefined };
  updated?: { date: string; time?: string | undefined } | undefined;
  outlet?: string | undefined;
  author?: string | undefined;
  originalUrl?: string | undefined;
  themes: string[];
  truncated: boolean;
  /** The page's own canonical address. */
  pageUrl: string;
  /** The page's social image, when it has one. */
  imageUrl?: string | undefined;
  siteName: string;
}

/**
 * schema.org NewsArticle for an article page: only what the dossier knows (no publisher, author or
 * address it would have to invent). `mainEntityOfPage` says the page is about this article.
 */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    ...(input.standfirst ? { description: input.standfirst } : {}),
    inLanguage: 'fr',
    datePublished: isoDateTime(input.published),
    ...(input.updated ? { dateModified: isoDateTime(input.updated) } : {}),
    ...(input.outlet ? { publisher: { '@type': 'Organization', name: input.outlet } } : {}),
    ...(input.author ? { author: { '@type': 'Person', name: input.author } } : {}),
    ...(input.originalUrl ? { isBasedOn: input.originalUrl } : {}),
    keywords: input.themes.join(', '),
    ...(input.truncated ? { isAccessibleForFree: false } : {}),
    url: input.pageUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.pageUrl },
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    isPartOf: { '@type': 'WebSite', name: input.siteName },
  };
}
