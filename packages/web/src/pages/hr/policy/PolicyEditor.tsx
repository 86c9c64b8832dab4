import { LANGUAGES } from '@qorgau/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link, navigate, useLocation, useSearchParam } from '../../../app/router';
import { useTRPC } from '../../../app/trpc';
import type { PolicyModel, PolicyVersion } from '../../../app/types';
import { SelectField } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, Loading } from '../../../components/States';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../../i18n/languages';
import { CompliancePanel } from '../../policy/CompliancePanel';
import { parseCustomization } from '../../policy/customization';
import { HashList } from '../../policy/HashList';
import { type IssueTarget, policyNames } from '../../policy/issues';
import { isFrozen, PolicyStatusBadge } from '../../policy/PolicyStatusBadge';
import { ClauseList, clauseElementId } from './ClauseList';
import { DiffPanel } from './DiffPanel';
import { type EditorTab, EditorTabs, editorTabOr } from './EditorTabs';
import { ModelUpdateBanner } from './ModelUpdateBanner';
import { PreviewPanel } from './PreviewPanel';
import { SaveIndicator, SaveProblem } from './SaveIndicator';
import { StatusNotice } from './StatusNotice';
import { SubmitCard } from './SubmitCard';
import { BLOCKED_PHASES, usePolicyAutosave } from './useAutosave';
import { VariablesForm, variableElementId } from './VariablesForm';

type Props = {
  version: PolicyVersion;
  model: PolicyModel;
  /** Draft or changes requested, and the reader holds policy.write. */
  editable: boolean;
  canWrite: boolean;
  onReload: () => Promise<unknown>;
};

export function PolicyEditor({ version, model, editable, canWrite, onReload }: Props) {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { pathname } = useLocation();
  const [server] = useState(() => ({
    customization: parseCustomization(version.customization, 'company'),
    authoritativeLanguage: version.authoritativeLanguage,
  }));
  const autosave = usePolicyAutosave(version, server, editable);
  const { draft, update, phase } = autosave;
  const readOnly = !editable || BLOCKED_PHASES.includes(phase);
  const frozen = isFrozen(version.status);
  const [reloading, setReloading] = useState(false);

  const check = useQuery(
    trpc.policy.check.queryOptions({ id: version.id }, { placeholderData: keepPreviousData }),
  );
  const comment = useMutation(
    trpc.policy.comment.mutationOptions({
      onSuccess: () => {
        notify(m.policy.comments.sent);
        void queryClient.invalidateQueries({ queryKey: trpc.policy.get.queryKey({ id: version.id }) });
      },
    }),
  );
  const names = policyNames(language, model.clauses, model.variables, draft.customization);

  const defaultTab: EditorTab = frozen || !editable ? 'preview' : 'values';
  const tab = editorTabOr(useSearchParam('tab'), defaultTab);
  // The tab lives in the URL, so a reload or a shared link opens the same part of the editor.
  const showTab = (next: EditorTab) => navigate(`${pathname}?tab=${next}`, { replace: true });

  const [focusTarget, setFocusTarget] = useState<{ id: string; control: boolean } | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    const frame = window.requestAnimationFrame(() => {
      const element = document.getElementById(focusTarget.id);
      if (element) {
        element.scrollIntoView({ block: 'center' });
        const control = focusTarget.control
          ? element.matches('input, select, textarea')
            ? element
            : element.querySelector<HTMLElement>('input, select, textarea')
          : null;
        (control ?? element).focus({ preventScroll: true });
      }
      setFocusTarget(null);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [focusTarget]);

  // Once someone asks where the problems are, every empty required field says so.
  const [revealRequired, setRevealRequired] = useState(version.status === 'changes_requested');
  const goTo = (target: NonNullable<IssueTarget>) => {
    setRevealRequired(true);
    if (target.kind === 'variable') {
      showTab('values');
      setFocusTarget({ id: variableElementId(target.name), control: true });
    } else {
      showTab('clauses');
      setFocusTarget({ id: clauseElementId(target.id), control: false });
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const onComment =
    canWrite && !frozen
      ? (clauseId: string, body: string) => comment.mutateAsync({ id: version.id, clauseId, body })
      : undefined;
  const blockingCount = check.data?.blocking.length ?? 0;

  return (
    <div className="stack stack--large" data-testid="policy-editor" data-status={version.status}>
      <PageHeader
        title={m.policy.versionTitle(String(version.number))}
        intro={
          <span className="version-meta">
            <PolicyStatusBadge status={version.status} />
            <span>{m.policy.title}</span>
            <span className="muted">· {m.policy.modelVersion(version.modelVersion)}</span>
          </span>
        }
        actions={
          <Link to="/hr/policy" className="button button--small">
            {m.policy.backToList}
          </Link>
        }
      />
      <StatusNotice version={version} canWrite={canWrite} onShowClauses={() => showTab('clauses')} />
      <SaveProblem
        phase={phase}
        error={autosave.error}
        onReload={() => void reload()}
        reloading={reloading}
      />
      {editable && !readOnly ? (
        <ModelUpdateBanner
          versionId={version.id}
          clausePins={version.clausePins}
          names={names}
          canApply={phase === 'saved'}
          revision={autosave.revision}
          onApplied={(result) => {
            autosave.adoptRevision(result.revision);
            update((current) => ({
              ...current,
              customization: { ...current.customization, modelVersion: result.modelVersion },
            }));
          }}
        />
      ) : null}
      {frozen && version.hashes ? (
        <HashList hashes={version.hashes} authoritativeLanguage={version.authoritativeLanguage} />
      ) : null}
      <div className="policy-layout">
        <div className="policy-layout__main">
          <EditorTabs
            tab={tab}
            onTab={showTab}
            status={
              <SaveIndicator phase={phase} readOnly={!editable} onRetry={() => void autosave.retry()} />
            }
            badges={{
              compliance:
                blockingCount > 0 ? (
                  <span className="tabs__count tabs__count--alert">{blockingCount}</span>
                ) : check.data?.ok ? (
                  <span className="tabs__count tabs__count--ok" aria-hidden="true">
                    ✓
                  </span>
                ) : null,
            }}
          >
            {tab === 'values' ? (
              <VariablesForm
                variables={model.variables}
                customization={draft.customization}
                compliance={check.data}
                names={names}
                readOnly={readOnly}
                revealRequired={revealRequired}
                onChange={(name, value) =>
                  update((current) => {
                    const values = { ...current.customization.values };
                    if (value === undefined) delete values[name];
                    else values[name] = value;
                    return { ...current, customization: { ...current.customization, values } };
                  })
                }
              />
            ) : tab === 'clauses' ? (
              <ClauseList
                clauses={model.clauses}
                customization={draft.customization}
                comments={version.comments}
                readOnly={readOnly}
                onComment={onComment}
                commentPending={comment.isPending}
                commentError={comment.error}
                onChange={(change) =>
                  update((current) => ({ ...current, customization: change(current.customization) }))
                }
              />
            ) : tab === 'preview' ? (
              <PreviewPanel
                versionId={version.id}
                authoritativeLanguage={draft.authoritativeLanguage}
                names={names}
                onGoToVariable={readOnly ? undefined : (name) => goTo({ kind: 'variable', name })}
              />
            ) : tab === 'diff' ? (
              <DiffPanel versionId={version.id} />
            ) : check.isPending ? (
              <Loading />
            ) : check.isError ? (
              <ErrorState error={check.error} onRetry={() => void check.refetch()} />
            ) : (
              <CompliancePanel
                compliance={check.data}
                names={names}
                onGoTo={readOnly ? undefined : goTo}
                refreshing={check.isFetching}
              />
            )}
          </EditorTabs>
        </div>
        <aside className="policy-layout__side stack">
          <SettingsCard
            value={draft.authoritativeLanguage}
            readOnly={readOnly}
            onChange={(next) => update((current) => ({ ...current, authoritativeLanguage: next }))}
          />
          {editable ? (
            <SubmitCard
              versionId={version.id}
              compliance={check.data}
              checking={check.isFetching}
              phase={phase}
              names={names}
              revision={autosave.revision}
              onGoTo={goTo}
              onShowReport={() => showTab('compliance')}
            />
          ) : null}
        </aside>
      </div>
    </div>
  );
}

function SettingsCard({
  value,
  readOnly,
  onChange,
}: {
  value: PolicyVersion['authoritativeLanguage'];
  readOnly: boolean;
  onChange: (language: PolicyVersion['authoritativeLanguage']) => void;
}) {
  const { m } = useI18n();
  const titleId = useId();
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        {m.policy.authoritative.label}
      </h2>
      <SelectField
        label={m.policy.authoritative.label}
        hint={m.policy.authoritative.hint}
        value={value}
        onValueChange={(next) => onChange(languageOr(next, value))}
        options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_AUTONYMS[code] }))}
        disabled={readOnly}
        data-testid="policy-authoritative-language"
      />
    </section>
  );
}
