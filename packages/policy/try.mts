import { loadModelPolicy, renderPolicy, checkCompliance, policyHtml } from './src/index.js';
const m = loadModelPolicy('/tmp/tpl');
const c = { organisationKind: process.argv[2] ?? 'company', values: {} } as const;
const r = renderPolicy(m, c, 'en');
console.log(r.clauses.map(c => `## ${c.number}. ${c.title}\n${c.text}`).join('\n\n'));
console.log(r.unfilledVariables);
const rep = checkCompliance(m, c);
console.log(JSON.stringify(rep.blocking.map(b=>b.code+':'+(b.variable??b.clauseId??'')), null, 0));
