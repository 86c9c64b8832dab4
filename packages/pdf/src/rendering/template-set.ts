import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { DOCUMENT_KINDS, type DocumentKind } from '../schemas/render-request.js';
import { createHelpers } from './handlebars-helpers.js';
import { loadStrings, type Strings } from './strings.js';
import type { TemplateContext } from './template-context.js';

export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../../../templates/pdf/', import.meta.url));

export interface TemplateSet {
  readonly strings: Strings;
  render(kind: DocumentKind, context: TemplateContext): string;
  /** base.css plus the kind's own stylesheet, if it has one. */
  styles(kind: DocumentKind): string;
}

const cache = new Map<string, TemplateSet>();

/** Compiled once per directory and process; templates are static files shipped with the app. */
export function loadTemplateSet(templatesDir: string = DEFAULT_TEMPLATES_DIR): TemplateSet {
  const cached = cache.get(templatesDir);
  if (cached) return cached;
  const set = compileTemplateSet(templatesDir);
  cache.set(templatesDir, set);
  return set;
}

function compileTemplateSet(dir: string): TemplateSet {
  const strings = loadStrings(dir);
  const helpers = createHelpers(strings);
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  // Unknown helpers fail at compile time instead of silently resolving to data lookups.
  const compileOptions: CompileOptions = {
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
    preventIndent: true,
  };

  for (const file of readdirSync(join(dir, 'partials')).filter((name) => name.endsWith('.hbs'))) {
    hb.registerPartial(
      basename(file, '.hbs'),
      hb.compile(readFileSync(join(dir, 'partials', file), 'utf8'), compileOptions),
    );
  }
  const documents = new Map(
    DOCUMENT_KINDS.map((kind) => {
      const source = readFileSync(join(dir, 'documents', `${kind}.hbs`), 'utf8');
      return [kind, hb.compile<TemplateContext>(source, compileOptions)] as const;
    }),
  );
  const baseCss = readFileSync(join(dir, 'styles', 'base.css'), 'utf8');
  const stylesByKind = new Map(
    DOCUMENT_KINDS.map((kind) => {
      const path = join(dir, 'styles', `${kind}.css`);
      return [kind, existsSync(path) ? `${baseCss}\n${readFileSync(path, 'utf8')}` : baseCss] as const;
    }),
  );

  return {
    strings,
    render(kind, context) {
      const template = documents.get(kind);
      if (!template) throw new Error(`No PDF template for ${kind}`);
      return template(context);
    },
    styles(kind) {
      return stylesByKind.get(kind) ?? baseCss;
    },
  };
}
