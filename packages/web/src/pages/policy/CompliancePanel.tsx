import { useId } from 'react';
import type { Compliance, ComplianceIssue } from '../../app/types';
import { useI18n } from '../../i18n/I18nProvider';
import {
  describeIssue,
  ELEMENT_IDS,
  type IssueTarget,
  issueTarget,
  issueTitle,
  type PolicyNames,
} from './issues';

type GoTo = (target: NonNullable<IssueTarget>) => void;

/** Issues of one code stay together; long runs (legal review notes on 30 clauses) fold away. */
const FOLD_FROM = 3;

function groupByCode(issues: readonly ComplianceIssue[]) {
  const groups = new Map<string, ComplianceIssue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.code) ?? [];
    group.push(issue);
    groups.set(issue.code, group);
  }
  return [...groups.entries()];
}

function IssueItem({
  issue,
  names,
  onGoTo,
}: {
  issue: ComplianceIssue;
  names: PolicyNames;
  onGoTo?: GoTo | undefined;
}) {
  const { m } = useI18n();
  const target = issueTarget(issue);
  return (
    <li className="issue" data-testid="compliance-issue" data-code={issue.code}>
      <span>{describeIssue(m, issue, names)}</span>
      {onGoTo && target ? (
        <button type="button" className="link-button" onClick={() => onGoTo(target)}>
          {m.policy.compliance.goTo}
        </button>
      ) : null}
    </li>
  );
}

export function IssueList({
  issues,
  names,
  onGoTo,
  tone,
  testId,
}: {
  issues: readonly ComplianceIssue[];
  names: PolicyNames;
  onGoTo?: GoTo | undefined;
  tone: 'blocking' | 'warning';
  testId: string;
}) {
  const { m } = useI18n();
  return (
    <ul className={`issue-list issue-list--${tone}`} data-testid={testId}>
      {groupByCode(issues).map(([code, group]) =>
        group.length >= FOLD_FROM ? (
          <li key={code} className="issue-group">
            <details>
              <summary>
                {issueTitle(m, code) ?? code} ({group.length})
              </summary>
              <ul className="issue-list">
                {group.map((issue, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the engine's issues have no identity of their own
                  <IssueItem key={index} issue={issue} names={names} onGoTo={onGoTo} />
                ))}
              </ul>
            </details>
          </li>
        ) : (
          group.map((issue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <IssueItem key={`${code}-${index}`} issue={issue} names={names} onGoTo={onGoTo} />
          ))
        ),
      )}
    </ul>
  );
}

export function ComplianceVerdict({ compliance }: { compliance: Compliance }) {
  const { m } = useI18n();
  return compliance.ok ? (
    <div className="alert alert--success" data-testid="compliance-ok" role="status">
      <p>{m.policy.compliance.ok}</p>
    </div>
  ) : (
    <div className="alert alert--error" data-testid="compliance-blocked" role="status">
      <p>
        <strong>{m.policy.compliance.blockingCount(compliance.blocking.length)}</strong>
      </p>
    </div>
  );
}

/** The standards' mandatory elements M01–M23, each covered by at least one active clause or not. */
export function ElementCoverage({ compliance, names }: { compliance: Compliance; names: PolicyNames }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const covered = ELEMENT_IDS.filter((element) => compliance.coverage[element].length > 0).length;
  return (
    <section aria-labelledby={titleId} className="stack stack--tight">
      <h3 id={titleId} className="compliance__heading">
        {m.policy.compliance.elements}{' '}
        <span className="muted">
          {m.policy.compliance.elementsCovered(format.number(covered), format.number(ELEMENT_IDS.length))}
        </span>
      </h3>
      <ul className="element-grid" data-testid="compliance-elements">
        {ELEMENT_IDS.map((element) => {
          const clauses = compliance.coverage[element];
          const ok = clauses.length > 0;
          return (
            <li
              key={element}
              className={ok ? 'element element--covered' : 'element element--missing'}
              data-testid={`element-${element}`}
              data-covered={ok}
            >
              <span className="element__mark" aria-hidden="true">
                {ok ? '✓' : '✕'}
              </span>
              <span className="element__text">
                <strong>{element}</strong> {m.policy.elements[element]}
                <span className="visually-hidden">
                  : {ok ? m.policy.compliance.covered : m.policy.compliance.missing}
                </span>
                {ok ? (
                  <span className="element__clauses">
                    {m.policy.compliance.coveredBy(clauses.map((id) => names.clauseTitle(id)).join(', '))}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type PanelProps = {
  compliance: Compliance;
  names: PolicyNames;
  onGoTo?: GoTo | undefined;
  refreshing?: boolean;
};

/** The whole report: verdict, blocking problems, element coverage and warnings, translated by code. */
export function CompliancePanel({ compliance, names, onGoTo, refreshing = false }: PanelProps) {
  const { m } = useI18n();
  const titleId = useId();
  return (
    <section
      className={refreshing ? 'card stack compliance is-refreshing' : 'card stack compliance'}
      aria-labelledby={titleId}
      aria-busy={refreshing}
      data-testid="compliance-panel"
      data-ok={compliance.ok}
    >
      <h2 id={titleId} className="card__title">
        {m.policy.compliance.title}
      </h2>
      <ComplianceVerdict compliance={compliance} />
      {compliance.blocking.length > 0 ? (
        <section className="stack stack--tight">
          <h3 className="compliance__heading">{m.policy.compliance.blocking}</h3>
          <IssueList
            issues={compliance.blocking}
            names={names}
            onGoTo={onGoTo}
            tone="blocking"
            testId="compliance-blocking"
          />
        </section>
      ) : null}
      <ElementCoverage compliance={compliance} names={names} />
      {compliance.warnings.length > 0 ? (
        <section className="stack stack--tight">
          <h3 className="compliance__heading">
            {m.policy.compliance.warnings} <span className="muted">({compliance.warnings.length})</span>
          </h3>
          <IssueList
            issues={compliance.warnings}
            names={names}
            onGoTo={onGoTo}
            tone="warning"
            testId="compliance-warnings"
          />
        </section>
      ) : null}
    </section>
  );
}
