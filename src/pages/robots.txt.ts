import type { APIRoute } from 'astro';
import { href } from '../routing.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap-index.xml'), site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
