import { describe, expect, it } from 'vitest';
import { dataFileResponse, rowsAsJson, type Row } from '../../src/lib/data-files.ts';

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

describe('dataFileResponse', () => {
  it('answers the text as UTF-8 bytes with its content type', async () => {
    const text = 'entite,contexte\ncoree-du-nord,« La Corée du Nord », dit Séoul — 😀\n';
    const response = dataFileResponse(text, 'csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect(bytes.length).toBe(Buffer.byteLength(text, 'utf8'));
    expect(await response.text()).toBe(text);
  });
});
