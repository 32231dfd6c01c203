import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DATA_STORE_MODULE_ID,
  dataStoreAtRender,
  dataStoreAtRenderPlugin,
  dataStoreFile,
  dataStoreModuleCode,
} from '../../src/integrations/data-store-at-render.ts';

/** A store file with accents and quotes, in a folder whose name needs escaping in JavaScript. */
function storeFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'store l\'été "x" '));
  const file = path.join(dir, 'data-store.json');
  writeFileSync(file, JSON.stringify([{ articles: 1 }, 'Corée du Nord « RPDC »', 'Choïgou\\n', 3.5]));
  return file;
}

type LoadHandler = (this: { environment?: { name: string } }, id: string) => { code: string; meta?: unknown } | null;
const handlerOf = (plugin: ReturnType<typeof dataStoreAtRenderPlugin>): LoadHandler =>
  (plugin.load as unknown as { handler: LoadHandler }).handler;

describe('dataStoreModuleCode', () => {
  it('exports what Astro’s inlined module would: the file’s JSON, parsed when the module runs', async () => {
    const file = storeFile();
    const module = path.join(path.dirname(file), 'store.mjs');
    writeFileSync(module, dataStoreModuleCode(file));
    const { default: store } = await import(pathToFileURL(module).href);
    expect(store).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('dataStoreAtRenderPlugin', () => {
  it('loads the store module of the pages’ bundle as a reading of the file, marked as content data', () => {
    const file = storeFile();
    const plugin = dataStoreAtRenderPlugin(file);
    const loaded = handlerOf(plugin).call({ environment: { name: 'prerender' } }, DATA_STORE_MODULE_ID);
    expect(loaded?.code).toBe(dataStoreModuleCode(file));
    expect(loaded?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    expect((plugin.load as { order?: string }).order).toBe('pre');
    expect(plugin.apply).toBe('build');
  });

  it('leaves every other case to Astro: another module, another environment, no store file yet', () => {
    const file = storeFile();
    const handler = handlerOf(dataStoreAtRenderPlugin(file));
    expect(handler.call({ environment: { name: 'prerender' } }, '\0astro:content')).toBeNull();
    expect(handler.call({ environment: { name: 'client' } }, DATA_STORE_MODULE_ID)).toBeNull();
    expect(handler.call({ environment: { name: 'ssr' } }, DATA_STORE_MODULE_ID)).toBeNull();
    const missing = handlerOf(dataStoreAtRenderPlugin(path.join(path.dirname(file), 'none.json')));
    expect(missing.call({ environment: { name: 'prerender' } }, DATA_STORE_MODULE_ID)).toBeNull();
  });
});

describe('dataStoreAtRender', () => {
  const cacheDir = pathToFileURL(path.join(os.tmpdir(), 'cache dir') + '/');
  const setup = (command: string, config: Record<string, unknown>) => {
    const updateConfig = vi.fn();
    const hook = dataStoreAtRender().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
    hook({ command, updateConfig, config: { output: 'static', cacheDir, experimental: {}, ...config } });
    return updateConfig;
  };

  it('adds the plugin, for the store under the cache folder, to a static build', () => {
    const updateConfig = setup('build', {});
    expect(updateConfig).toHaveBeenCalledTimes(1);
    const [plugin] = updateConfig.mock.calls[0]![0].vite.plugins;
    expect(plugin.name).toBe('dossier:data-store-at-render');
    expect(dataStoreFile(cacheDir)).toBe(path.join(os.tmpdir(), 'cache dir', 'data-store.json'));
  });

  it('keeps Astro’s store in dev, on a server build and with the chunked store', () => {
    expect(setup('dev', {})).not.toHaveBeenCalled();
    expect(setup('build', { output: 'server' })).not.toHaveBeenCalled();
    expect(setup('build', { adapter: { name: 'node' } })).not.toHaveBeenCalled();
    expect(setup('build', { experimental: { collectionStorage: 'chunked' } })).not.toHaveBeenCalled();
    expect(setup('build', { experimental: { collectionStorage: 'single-file' } })).toHaveBeenCalledTimes(1);
  });
});
