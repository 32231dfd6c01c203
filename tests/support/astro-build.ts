import { spawnSync } from 'node:child_process';
import { astroBin, projectRoot } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs a real `astro build` into `outDir`, from `contentDir` when given. */
export function astroBuild(outDir: string, contentDir?: string): BuildResult {
  const result = spawnSync(astroBin, ['build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      DOSSIER_OUT_DIR: outDir,
      ...(contentDir ? { DOSSIER_CONTENT_DIR: contentDir } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}
