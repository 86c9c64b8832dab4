import Handlebars from 'handlebars';
import { formatDate, formatQuantity, type GrammaticalCase } from './locale-format.js';
import type { IntegerUnit, ManifestVariable } from './manifest-schema.js';
import { HELPER_NAMES, UNIT_HELPERS } from './template-analysis.js';
import type { Language } from './types.js';

/** What helpers need to know about the render in progress; passed as Handlebars private data. */
export interface RenderState {
  lang: Language;
  activeClauses: ReadonlySet<string>;
  variables: ReadonlyMap<string, ManifestVariable>;
  /** Raw enum values by variable name. */
  enumValues: ReadonlyMap<string, string>;
  /** Turns a piece of text into a placeholder the renderer substitutes after Markdown parsing. */
  token: (text: string, variable?: string, unfilled?: boolean) => string;
}

// An isolated environment so helpers registered elsewhere in the process cannot leak into policy templates.
const env = Handlebars.create();

function stateOf(options: Handlebars.HelperOptions): RenderState {
  return (options.data as { policy: RenderState }).policy;
}

/** Values arrive either as real data or, when unfilled, as a placeholder token that is passed through. */
function quantityHelper(unit: IntegerUnit) {
  return (value: unknown, options: Handlebars.HelperOptions): string => {
    if (typeof value !== 'number') return String(value);
    const grammaticalCase = (options.hash as { case?: GrammaticalCase }).case ?? 'nom';
    return formatQuantity(value, unit, stateOf(options).lang, grammaticalCase);
  };
}

for (const [unit, name] of Object.entries(UNIT_HELPERS))
  env.registerHelper(name, quantityHelper(unit as IntegerUnit));

env.registerHelper('date', (value: unknown, options: Handlebars.HelperOptions) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? formatDate(value, stateOf(options).lang)
    : value,
);

env.registerHelper('eq', (a: unknown, b: unknown) => a === b);

env.registerHelper('enabled', (clauseId: string, options: Handlebars.HelperOptions) =>
  stateOf(options).activeClauses.has(clauseId),
);

env.registerHelper('option', (name: string, options: Handlebars.HelperOptions) => {
  const state = stateOf(options);
  const variable = state.variables.get(name);
  const value = state.enumValues.get(name);
  if (variable?.type !== 'enum') return '';
  const option = variable.options.find((o) => o.value === value);
  return option
    ? state.token(option.label[state.lang], name)
    : state.token(`[${variable.label[state.lang]}]`, name, true);
});

const knownHelpers = Object.fromEntries(HELPER_NAMES.map((name) => [name, true]));

export type PolicyTemplate = (context: Record<string, unknown>, state: RenderState) => string;

/**
 * Compiles a model template. Only model templates ever reach the compiler: organisation values enter as
 * opaque tokens and custom clauses skip Handlebars entirely, so neither can be re-templated. `noEscape` is
 * safe here because escaping happens later, per output format, after the Markdown subset is parsed.
 */
export function compileTemplate(source: string): PolicyTemplate {
  const template = env.compile(source, {
    strict: true,
    noEscape: true,
    knownHelpers,
    knownHelpersOnly: true,
    preventIndent: true,
  });
  return (context, state) => template(context, { data: { policy: state } });
}
