import type { APIRoute, GetStaticPaths } from 'astro';
import { dataSets, rowsOf, type DataSet } from '../../data/open-data.ts';
import { dataFileResponse, rowsAsCsv, rowsAsJson } from '../../lib/data-files.ts';

// evenements.json has its own, nested shape (src/pages/donnees/evenements.json.ts).
export const getStaticPaths = (() =>
  dataSets.flatMap((set) =>
    (['json', 'csv'] as const)
      .filter((format) => !(set === 'evenements' && format === 'json'))
      .map((format) => ({ params: { set, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const rows = await rowsOf(params.set as DataSet, site);
  return params.format === 'json' ? dataFileResponse(rowsAsJson(rows), 'json') : dataFileResponse(rowsAsCsv(rows), 'csv');
};
