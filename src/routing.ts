import { joinBase } from './lib/urls.ts';

/** Internal link for a page of this site, following the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
