/**
 * Reads a YAML file of entries keyed by id (entities.yaml, eras.yaml). A key written twice would
 * otherwise make one entry silently replace the other, or fail with a message that names neither
 * the key nor the file: here it is an error naming both.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export class YamlFileError extends Error {
  override name = 'YamlFileError';
}

/** Every key written twice in the same mapping, at any depth, with the path to it and its lines. */
export function duplicateKeys(text: string): { path: string; lines: number[] }[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: false, lineCounter });
  const found: { path: string; lines: number[] }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (isSeq(node)) node.items.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!isMap(node)) return;
    const lines = new Map<string, number[]>();
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const line = lineCounter.linePos((pair.key as Node).range?.[0] ?? 0).line;
      lines.set(key, [...(lines.get(key) ?? []), line]);
      walk(pair.value, path === '' ? key : `${path}.${key}`);
    }
    for (const [key, at] of lines) {
      if (at.length > 1) found.push({ path: path === '' ? key : `${path}.${key}`, lines: at });
    }
  };
  walk(document.contents, '');
  return found;
}

/** The entries of `text`, or a YamlFileError naming `file`, the key and the lines. */
export function parseYamlMap(text: string, file: string): Record<string, Record<string, unknown>> {
  const duplicates = duplicateKeys(text);
  if (duplicates.length > 0) {
    const list = duplicates.map(({ path, lines }) => `"${path}" is written twice (lines ${lines.join(' and ')})`);
    throw new YamlFileError(`${file}: ${list.join('; ')}`);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new YamlFileError(`${file}${line ? `: line ${line}` : ''}: ${error.message.split('\n')[0]}`);
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new YamlFileError(`${file}: expected entries keyed by id (id: then its fields)`);
  }
  return data as Record<string, Record<string, unknown>>;
}
