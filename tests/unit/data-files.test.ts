import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { dataFileResponse, rowsAsCsv, rowsAsJson, type Row } from '../../src/lib/data-files.ts';

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

describe('rowsAsCsv', () => {
  const rows: Row[] = [
    { entite: 'kim-jong-un', propos: '« Nous, le peuple », dit-il', mentions: 3, verifie: true },
    { entite: 'russie', propos: 'guillemets " et \n retour, virgule', mentions: 0, verifie: false },
    { entite: 'r\rc', propos: ' espaces ', mentions: 12, verifie: false },
  ];

  it('quotes only the fields that need it, booleans as oui / non, a header and a newline per line', () => {
    expect(rowsAsCsv(rows)).toBe(
      'entite,propos,mentions,verifie\n' +
        'kim-jong-un,"« Nous, le peuple », dit-il",3,oui\n' +
        'russie,"guillemets "" et \n retour, virgule",0,non\n' +
        '"r\rc", espaces ,12,non\n',
    );
  });

  it('reads back as the rows, field for field', () => {
    const [header, ...body] = csvParseRows(rowsAsCsv(rows).slice(0, -1));
    expect(header).toEqual(Object.keys(rows[0]!));
    expect(body).toEqual(rows.map((row) => Object.values(row).map((v) => (typeof v === 'boolean' ? (v ? 'oui' : 'non') : String(v)))));
  });

  it('writes an empty line for no rows, as for a header of no columns', () => {
    expect(rowsAsCsv([])).toBe('\n');
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
