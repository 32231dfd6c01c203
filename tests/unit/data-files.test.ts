import { describe, expect, it } from 'vitest';
import { rowsAsJson, type Row } from '../../src/lib/data-files.ts';

describe('rowsAsJson', () => {
  it('writes valid JSON, one row per line, that reads back as the rows', () => {
    const rows: Row[] = [
      { entite: 'kim-jong-un', mentions: 3, verifie: true },
      { entite: 'russie', mentions: 1, verifie: false, note: 'guillemets " et \n retour' },
    ];
    const text = rowsAsJson(rows);
    expect(JSON.parse(text)).toEqual(rows);
    expect(text.split('\n')).toHaveLength(rows.length + 3);
    expect(JSON.parse(rowsAsJson([]))).toEqual([]);
  });
});
