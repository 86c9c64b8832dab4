import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModelPolicy, type ModelPolicy } from './model.js';
import { LANGUAGES, type Language } from './types.js';

/** templates/policy at the repository root, for callers that use the bundled model. */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/policy/', import.meta.url));

const cache = new Map<string, ModelPolicy>();

/**
 * Reads manifest.json and <lang>/<clause-id>.hbs from `templatesDir` and validates them together.
 * Synchronous and cached per directory: the model is read once per process, and callers on a request path
 * then get the same frozen object without touching the disk.
 */
export function loadModelPolicy(templatesDir: string = DEFAULT_TEMPLATES_DIR): ModelPolicy {
  const dir = resolve(templatesDir);
  const cached = cache.get(dir);
  if (cached) return cached;

  const manifest: unknown = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const sources = {} as Record<Language, Record<string, string>>;
  for (const lang of LANGUAGES) {
    const files: Record<string, string> = {};
    for (const file of readdirSync(join(dir, lang))) {
      if (file.endsWith('.hbs'))
        files[file.slice(0, -'.hbs'.length)] = readFileSync(join(dir, lang, file), 'utf8');
    }
    sources[lang] = files;
  }
  const model = buildModelPolicy(manifest, sources);
  cache.set(dir, model);
  return model;
}

/** Forget cached models, e.g. after the templates were edited in a long-running dev server. */
export function clearModelPolicyCache(): void {
  cache.clear();
}
