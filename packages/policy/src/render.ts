import {
  type Customization,
  type CustomizationInput,
  isClauseActive,
  parseCustomization,
} from './customization.js';
import { compileTemplate, type PolicyTemplate, type RenderState } from './handlebars-env.js';
import { blocksToHtml, blocksToText, escapeHtml, parseBlocks } from './markup.js';
import type { ModelPolicy } from './model.js';
import type { ElementId } from './standards.js';
import type { Language, OrganisationKind } from './types.js';
import { cleanText, type ResolvedVariable, resolveVariable, valueIn } from './values.js';

export interface RenderedClause {
  id: string;
  /** 1-based position in this rendering. */
  number: number;
  source: 'model' | 'custom';
  kind: 'mandatory' | 'optional' | 'custom';
  title: string;
  /** Plain text: paragraphs separated by blank lines, list items as "- " or "1. " lines. */
  text: string;
  /** HTML fragment (p, ul, ol, li, strong, em, span, mark only); every value is escaped. */
  html: string;
  covers: readonly ElementId[];
}

export interface RenderedPolicy {
  modelVersion: string;
  language: Language;
  organisationKind: OrganisationKind;
  title: string;
  clauses: RenderedClause[];
  /** Variables that appear as "[label]" placeholders because they have no valid value in this language. */
  unfilledVariables: string[];
}

interface Token {
  text: string;
  variable: string | undefined;
  unfilled: boolean;
}

const TOKEN = /\uE000(\d+)\uE001/g;

const compiled = new WeakMap<ModelPolicy, Map<string, PolicyTemplate>>();

function templateFor(model: ModelPolicy, lang: Language, clauseId: string): PolicyTemplate {
  let byKey = compiled.get(model);
  if (!byKey) {
    byKey = new Map();
    compiled.set(model, byKey);
  }
  const key = `${lang}/${clauseId}`;
  let template = byKey.get(key);
  if (!template) {
    template = compileTemplate(model.sources[lang].get(clauseId) ?? '');
    byKey.set(key, template);
  }
  return template;
}

export function resolveAllVariables(
  model: ModelPolicy,
  customization: Customization,
): Map<string, ResolvedVariable> {
  const resolved = new Map<string, ResolvedVariable>();
  for (const variable of model.variables.values()) {
    resolved.set(
      variable.name,
      resolveVariable(variable, customization.values[variable.name], customization.organisationKind),
    );
  }
  return resolved;
}

/** Model clause ids in rendering order with each custom clause placed right after its anchor. */
export function clauseSequence(
  model: ModelPolicy,
  customization: Customization,
): Array<{ source: 'model'; id: string } | { source: 'custom'; index: number }> {
  const sequence: Array<{ source: 'model'; id: string } | { source: 'custom'; index: number }> = [];
  const placed = new Set<number>();
  // Anchors are looked up among all model clauses, so a custom clause keeps its place even when the clause
  // it follows is switched off.
  for (const clause of model.clauses) {
    if (isClauseActive(model, customization, clause.id)) sequence.push({ source: 'model', id: clause.id });
    customization.customClauses.forEach((custom, index) => {
      if (custom.afterClauseId === clause.id) {
        sequence.push({ source: 'custom', index });
        placed.add(index);
      }
    });
  }
  // Custom clauses with an unknown anchor go last; checkCompliance reports them as blocking.
  customization.customClauses.forEach((_, index) => {
    if (!placed.has(index)) sequence.push({ source: 'custom', index });
  });
  return sequence;
}

export function renderPolicy(
  model: ModelPolicy,
  customizationInput: Customization | CustomizationInput,
  language: Language,
): RenderedPolicy {
  const customization = parseCustomization(customizationInput);
  const resolved = resolveAllVariables(model, customization);
  const tokens: Token[] = [];
  const token = (text: string, variable?: string, unfilled = false) => {
    tokens.push({ text, variable, unfilled });
    return `\uE000${tokens.length - 1}\uE001`;
  };

  const context: Record<string, unknown> = {
    isUniversity: customization.organisationKind === 'university',
    isCompany: customization.organisationKind === 'company',
  };
  const enumValues = new Map<string, string>();
  for (const variable of model.variables.values()) {
    const state = resolved.get(variable.name) ?? { status: 'unfilled' };
    const value = valueIn(state, language);
    // Optional variables that were simply left empty vanish; anything else missing stays visible.
    const showPlaceholder = variable.required || state.status !== 'unfilled';
    if (variable.type === 'enum') {
      if (typeof value === 'string') enumValues.set(variable.name, value);
      context[variable.name] = value ?? '';
    } else if (value === undefined) {
      context[variable.name] = showPlaceholder
        ? token(`[${variable.label[language]}]`, variable.name, true)
        : '';
    } else if (variable.type === 'integer' || variable.type === 'date') {
      context[variable.name] = value;
    } else {
      context[variable.name] = token(String(value), variable.name);
    }
  }

  const sequence = clauseSequence(model, customization);
  const activeClauses = new Set(sequence.flatMap((s) => (s.source === 'model' ? [s.id] : [])));
  const state: RenderState = { lang: language, activeClauses, variables: model.variables, enumValues, token };

  const unfilled = new Set<string>();
  const finishText = (text: string) =>
    !text.includes('\uE000')
      ? text
      : text.replace(TOKEN, (_, i: string) => {
          const t = tokens[Number(i)];
          if (t?.unfilled && t.variable) unfilled.add(t.variable);
          return t?.text ?? '';
        });
  const finishHtml = (html: string) =>
    !html.includes('\uE000')
      ? html
      : html.replace(TOKEN, (_, i: string) => {
          const t = tokens[Number(i)];
          if (!t) return '';
          const variable = t.variable ? ` data-variable="${escapeHtml(t.variable)}"` : '';
          return t.unfilled
            ? `<mark class="policy-unfilled"${variable}>${escapeHtml(t.text)}</mark>`
            : `<span class="policy-value"${variable}>${escapeHtml(t.text)}</span>`;
        });

  const clauses: RenderedClause[] = sequence.map((item, index) => {
    if (item.source === 'model') {
      const clause = model.clauseById.get(item.id);
      if (!clause) throw new Error(`unknown clause ${item.id}`);
      const blocks = parseBlocks(templateFor(model, language, clause.id)(context, state));
      return {
        id: clause.id,
        number: index + 1,
        source: 'model',
        kind: clause.kind,
        title: clause.title[language],
        text: blocksToText(blocks, finishText),
        html: blocksToHtml(blocks, finishHtml),
        covers: clause.covers,
      };
    }
    const custom = customization.customClauses[item.index];
    // Custom text is cleaned of placeholder characters and never passes through Handlebars.
    const body = (custom?.body[language] ?? '').normalize('NFC').replace(/\p{Co}/gu, '');
    const blocks = parseBlocks(body);
    return {
      id: custom?.id ?? `custom-${item.index}`,
      number: index + 1,
      source: 'custom',
      kind: 'custom',
      title: cleanText(custom?.title[language] ?? ''),
      text: blocksToText(blocks),
      html: blocksToHtml(blocks),
      covers: [],
    };
  });

  return {
    modelVersion: model.manifest.modelVersion,
    language,
    organisationKind: customization.organisationKind,
    title: model.manifest.title[language],
    clauses,
    unfilledVariables: [...unfilled].sort(),
  };
}

/** A complete, self-contained HTML fragment for the policy; titles are escaped like everything else. */
export function policyHtml(rendered: RenderedPolicy): string {
  const sections = rendered.clauses.map(
    (c) =>
      `<section id="clause-${escapeHtml(c.id)}" data-clause="${escapeHtml(c.id)}" data-source="${c.source}">` +
      `<h2>${c.number}. ${escapeHtml(c.title)}</h2>\n${c.html}</section>`,
  );
  return `<article class="policy" lang="${rendered.language}">\n<h1>${escapeHtml(rendered.title)}</h1>\n${sections.join('\n')}\n</article>`;
}
