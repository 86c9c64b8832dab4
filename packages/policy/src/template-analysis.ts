import Handlebars from 'handlebars';
import type { IntegerUnit, ManifestVariable } from './manifest-schema.js';

/** Context names every template may test, supplied by the renderer rather than by the organisation. */
export const BUILTIN_FLAGS = ['isUniversity', 'isCompany'] as const;

/** Formatting helpers for integer variables: each accepts only variables of its own unit. */
export const UNIT_HELPERS: Readonly<Record<IntegerUnit, string>> = {
  days: 'days',
  workingDays: 'workingDays',
  months: 'months',
  years: 'years',
  percent: 'percent',
};

export const HELPER_NAMES = [...Object.values(UNIT_HELPERS), 'date', 'eq', 'option', 'enabled'] as const;

export interface TemplateAnalysis {
  variables: Set<string>;
  /** Clause ids tested with `enabled`, so the loader can reject typos. */
  clauseRefs: Set<string>;
  problems: string[];
}

/**
 * Walks a template's syntax tree and checks it uses only the small language the renderer supports:
 * top-level variables, `if`/`unless`, and our helpers with the argument types they expect. Doing this at
 * load time turns a typo in a template into a startup error instead of a blank in someone's policy.
 */
export function analyseTemplate(
  source: string,
  variables: ReadonlyMap<string, ManifestVariable>,
  where: string,
): TemplateAnalysis {
  const result: TemplateAnalysis = { variables: new Set(), clauseRefs: new Set(), problems: [] };
  const problem = (message: string, node?: hbs.AST.Node) => {
    const line = node?.loc ? `:${node.loc.start.line}` : '';
    result.problems.push(`${where}${line}: ${message}`);
  };

  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    problem(`does not parse: ${(error as Error).message}`);
    return result;
  }

  const variableOf = (node: hbs.AST.Expression): ManifestVariable | 'builtin' | undefined => {
    if (node.type !== 'PathExpression') return undefined;
    const path = node as hbs.AST.PathExpression;
    if (path.data || path.depth > 0 || path.parts.length !== 1) {
      problem(`only plain top-level names are allowed, not "${path.original}"`, node);
      return undefined;
    }
    const name = path.parts[0] ?? '';
    if ((BUILTIN_FLAGS as readonly string[]).includes(name)) return 'builtin';
    const variable = variables.get(name);
    if (!variable) {
      problem(`unknown variable "${name}"`, node);
      return undefined;
    }
    result.variables.add(name);
    return variable;
  };

  const stringArg = (node: hbs.AST.Expression | undefined, helper: string): string | undefined => {
    if (node?.type === 'StringLiteral') return (node as hbs.AST.StringLiteral).value;
    problem(`${helper} expects a quoted literal`, node);
    return undefined;
  };

  /** `asCondition` is true where the value is only tested for truthiness, never printed. */
  const expression = (node: hbs.AST.Expression, asCondition: boolean): void => {
    if (node.type === 'SubExpression') {
      const sub = node as hbs.AST.SubExpression;
      helperCall(sub.path, sub.params, sub.hash, node);
      return;
    }
    if (node.type === 'PathExpression') {
      const variable = variableOf(node);
      if (variable && variable !== 'builtin' && !asCondition && !printable(variable)) {
        problem(`"${variable.name}" (${variable.type}) must be printed through its formatting helper`, node);
      }
      if (variable === 'builtin' && !asCondition) problem('built-in flags can only be tested', node);
      return;
    }
    if (!asCondition) problem(`literal ${node.type} is not printable`, node);
  };

  const helperCall = (
    pathNode: hbs.AST.PathExpression | hbs.AST.Literal,
    params: hbs.AST.Expression[],
    hash: hbs.AST.Hash | undefined,
    node: hbs.AST.Node,
  ): void => {
    const name = pathNode.type === 'PathExpression' ? (pathNode as hbs.AST.PathExpression).original : '';
    const unit = (Object.keys(UNIT_HELPERS) as IntegerUnit[]).find((u) => UNIT_HELPERS[u] === name);
    const hashPairs = hash?.pairs ?? [];
    if (unit) {
      const variable = params.length === 1 && params[0] ? variableOf(params[0]) : undefined;
      if (!variable || variable === 'builtin' || variable.type !== 'integer' || variable.unit !== unit) {
        problem(`${name} expects one integer variable measured in ${unit}`, node);
      }
      for (const pair of hashPairs) {
        const ok = pair.key === 'case' && pair.value.type === 'StringLiteral';
        if (!ok || !['nom', 'gen'].includes((pair.value as hbs.AST.StringLiteral).value)) {
          problem(`${name} only accepts case="nom" or case="gen"`, node);
        }
      }
      return;
    }
    if (hashPairs.length > 0) problem(`${name} takes no named arguments`, node);
    switch (name) {
      case 'date': {
        const variable = params.length === 1 && params[0] ? variableOf(params[0]) : undefined;
        if (!variable || variable === 'builtin' || variable.type !== 'date') {
          problem('date expects one date variable', node);
        }
        return;
      }
      case 'eq': {
        const variable = params[0] ? variableOf(params[0]) : undefined;
        const value = params.length === 2 ? stringArg(params[1], 'eq') : undefined;
        if (!variable || variable === 'builtin' || variable.type !== 'enum') {
          problem('eq compares an enum variable with one of its options', node);
        } else if (value !== undefined && !variable.options.some((o) => o.value === value)) {
          problem(`"${value}" is not an option of ${variable.name}`, node);
        }
        return;
      }
      case 'option': {
        const ref = params.length === 1 ? stringArg(params[0], 'option') : undefined;
        const variable = ref === undefined ? undefined : variables.get(ref);
        if (ref !== undefined && variable?.type !== 'enum')
          problem(`option needs an enum variable, got "${ref}"`);
        if (variable) result.variables.add(variable.name);
        return;
      }
      case 'enabled': {
        const ref = params.length === 1 ? stringArg(params[0], 'enabled') : undefined;
        if (ref !== undefined) result.clauseRefs.add(ref);
        return;
      }
      default:
        problem(`unknown helper "${name}"`, node);
    }
  };

  const statements = (body: hbs.AST.Statement[]): void => {
    for (const node of body) {
      switch (node.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break;
        case 'MustacheStatement': {
          const m = node as hbs.AST.MustacheStatement;
          if (!m.escaped) problem('triple-stash output is not allowed', node);
          if (m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0)
            helperCall(m.path, m.params, m.hash, node);
          else if (
            m.path.type === 'PathExpression' &&
            isHelperName((m.path as hbs.AST.PathExpression).original)
          ) {
            problem(`helper "${(m.path as hbs.AST.PathExpression).original}" needs arguments`, node);
          } else expression(m.path as hbs.AST.Expression, false);
          break;
        }
        case 'BlockStatement': {
          const b = node as hbs.AST.BlockStatement;
          const name = b.path.type === 'PathExpression' ? (b.path as hbs.AST.PathExpression).original : '';
          if (name !== 'if' && name !== 'unless')
            problem(`only #if and #unless blocks are allowed, not #${name}`, node);
          if (b.params.length !== 1 || !b.params[0]) problem(`#${name} takes exactly one condition`, node);
          else expression(b.params[0], true);
          statements(b.program?.body ?? []);
          statements(b.inverse?.body ?? []);
          break;
        }
        default:
          problem(`${node.type} is not allowed in policy templates`, node);
      }
    }
  };

  statements(program.body);
  return result;
}

function isHelperName(name: string): boolean {
  return (HELPER_NAMES as readonly string[]).includes(name);
}

function printable(variable: ManifestVariable): boolean {
  return ['text', 'multilingualText', 'email', 'phone', 'url'].includes(variable.type);
}
