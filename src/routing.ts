import { joinBase } from './lib/urls.ts';

/** Internal link for a page of this site, following the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The image that social cards and JSON-LD show for every page (absolute, as they require). */
export function socialImageUrl(site: URL | undefined): string {
  return new URL(href('/apercu.png'), site).toString();
}
