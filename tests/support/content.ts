import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from './paths.ts';

export interface ArticleFile {
  id: string;
  file: string;
  data: {
    title: string;
    kicker?: string;
    standfirst?: string;
    seed: string;
    published: { date: string };
    outlet: { value: string | null };
    removed?: { text: string; kind: string; note: string }[];
    truncated?: { reason: string; note: string };
  };
  body: string;
}

/** The articles as files on disk, read independently of Astro to check what Astro built. */
export function readArticleFiles(dir = path.join(contentRoot, 'articles')): ArticleFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const raw = readFileSync(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
      if (!match) throw new Error(`${file}: no front matter`);
      return { id: name.replace(/\.md$/, ''), file, data: parse(match[1] ?? ''), body: match[2] ?? '' };
    });
}

export function readSource(seed: string): string {
  return readFileSync(path.join(contentRoot, 'sources', `${seed}.txt`), 'utf8');
}

export interface EventFile {
  id: string;
  file: string;
  data: {
    date: string;
    endDate?: string;
    notBefore?: string;
    notAfter?: string;
    title: string;
    kind: string;
    status: string;
    people?: string[];
    citations: { article: string; passage: string; reportedDate?: string }[];
  };
}

/** The events as files on disk (content/events/*.yaml). */
export function readEventFiles(dir = path.join(contentRoot, 'events')): EventFile[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { id: name.replace(/\.ya?ml$/, ''), file, data: parse(readFileSync(file, 'utf8')) };
    });
}
