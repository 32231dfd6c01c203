import type { AstroConfig } from 'astro';

/**
 * `astro build` of a static site (no adapter): its pages' bundle runs once, on the machine that
 * built it, beside the sources and the cache, which lets an integration read files from there.
 */
export function isStaticBuild(command: string, config: AstroConfig): boolean {
  return command === 'build' && config.output === 'static' && !config.adapter;
}
