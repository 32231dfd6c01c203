/** The summary the reviewer reads after an import: stated, inferred (with clue), removed, proposed, to check. */
import type { ParsedArticle } from './types.ts';

export interface ReviewCounts {
  quotes: number;
  figures: number;
  events: number;
  held: number;
  entities: { name: string; variants: string[] }[];
}

export function reviewSummary(article: ParsedArticle, files: string[], counts: ReviewCounts): string {
  const lines: string[] = [];
  const field = (name: string, value: { value?: unknown; date?: string; time?: string; provenance: string; clue?: string } | undefined) => {
    if (!value) return;
    const shown = 'date' in value && value.date ? `${value.date}${value.time ? ` ${value.time}` : ''}` : String(value.value ?? '—');
    (value.provenance === 'stated' ? stated : inferred).push(
      `  ${name} : ${shown}${value.provenance !== 'stated' && value.clue ? `\n      indice : ${value.clue}` : ''}`,
    );
  };
  const stated: string[] = [`  titre : ${article.title}`];
  const inferred: string[] = [];
  if (article.kicker) stated.push(`  surtitre : ${article.kicker}`);
  if (article.standfirst) stated.push(`  chapô : ${article.standfirst.slice(0, 100)}${article.standfirst.length > 100 ? '…' : ''}`);
  field('média', article.outlet);
  field('auteur', article.author);
  field('adresse', article.url);
  field('parution', article.published);
  field('mise à jour', article.updated);
  lines.push('Écrit :', ...files.map((f) => `  ${f}`));
  lines.push('Énoncé dans le texte :', ...stated);
  lines.push('Déduit :', ...(inferred.length > 0 ? inferred : ['  (rien)']));
  lines.push(
    `Retiré (${article.removed.length}) :`,
    ...article.removed.map((r) => `  [${r.kind}] « ${r.text.length > 90 ? `${r.text.slice(0, 90)}…` : r.text} » — ${r.note}`),
  );
  if (article.truncated) lines.push(`Tronqué (${article.truncated.reason}) : ${article.truncated.note}`);
  lines.push(
    'Proposé (non vérifié, reviewed: false) :',
    `  ${counts.quotes} citation(s), ${counts.figures} chiffre(s), ${counts.events} événement(s)`,
    ...(counts.held > 0
      ? [`  ${counts.held} citation(s) ou chiffre(s) mis de côté : orateur absent de entities.yaml (voir le fichier de propositions)`]
      : []),
    ...counts.entities.map((e) => `  entité nouvelle : ${e.name}${e.variants.length > 0 ? ` (graphies : ${e.variants.join(', ')})` : ''}`),
  );
  lines.push(
    'À vérifier par une personne :',
    ...article.warnings.map((w) => `  - ${w}`),
    '  - le corps de l’article contre la source (npm test vérifie la fidélité mot à mot) ;',
    '  - chaque citation, chiffre et événement : orateur, sens, date, titre ; puis `reviewed: true` ;',
    '  - les entités proposées : les ajouter à content/entities.yaml ou les écarter ;',
    '  - les thèmes (`themes`) de l’article.',
  );
  return lines.join('\n');
}
