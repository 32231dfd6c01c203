import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { dataSets, rowsOf, type DataSet } from '../../data/open-data.ts';
import { dataFileResponse, rowsAsJson } from '../../lib/data-files.ts';

// evenements.json has its own, nested shape (src/pages/donnees/evenements.json.ts).
export const getStaticPaths = (() =>
  dataSets.flatMap((set) =>
    (['json', 'csv'] as const)
      .filter((format) => !(set === 'evenements' && format === 'json'))
      .map((format) => ({ params: { set, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const rows = await rowsOf(params.set as DataSet, site);
  if (params.format === 'json') {
    return dataFileResponse(rowsAsJson(rows), 'json');
  }
  const columns = Object.keys(rows[0] ?? {});
  const csv = stringify(rows, { header: true, columns, cast: { boolean: (value) => (value ? 'oui' : 'non') } });
  return dataFileResponse(csv, 'csv');
};
