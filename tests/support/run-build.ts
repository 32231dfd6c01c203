import { spawnSync } from 'node:child_process';
import { buildScript, projectRoot } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the real build (`npm run build`'s script: Astro, then the search index) into `outDir`, from `contentDir` when given, with extra `env`. */
export function runBuild(outDir: string, contentDir?: string, env: Record<string, string> = {}): BuildResult {
  // Vitest sets BASE_URL, MODE, NODE_ENV… in its own process; a real build must not inherit them
  // (a leaked BASE_URL=/ overrides the base path of the site being built).
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(name)),
  );
  const result = spawnSync(process.execPath, [buildScript], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...inherited,
      DOSSIER_OUT_DIR: outDir,
      // Another content folder, another content-layer cache: entries must not leak between them.
      ...(contentDir ? { DOSSIER_CONTENT_DIR: contentDir, DOSSIER_CACHE_DIR: `${outDir}.cache` } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}
