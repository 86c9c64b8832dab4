import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { languageName, type PolicyNames } from '../../policy/issues';
import { compareModelVersions } from '../../policy/modelVersions';

type Props = {
  versionId: string;
  /** Clauses this version already keeps from an earlier model: "keep" is their default. */
  clausePins: Readonly<Record<string, string>>;
  names: PolicyNames;
  /** Applying needs the current revision, so every edit must be saved first. */
  canApply: boolean;
  revision: () => number;
  onApplied: (result: { revision: number; modelVersion: string }) => void;
};

/**
 * A newer published model: which clauses it changes, with take or keep for each changed clause
 * (added and removed clauses come with the update), and its changelog.
 */
export function ModelUpdateBanner({ versionId, clausePins, names, canApply, revision, onApplied }: Props) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  // Until the person chooses, every clause follows what the version does today.
  const [choice, setChoice] = useState<ReadonlySet<string> | null>(null);
  const update = useQuery(trpc.policy.modelUpdate.queryOptions({ id: versionId }));
  const apply = useMutation(
    trpc.policy.applyModelUpdate.mutationOptions({
      onSuccess: (result) => {
        onApplied(result);
        notify(m.policy.modelUpdate.applied(result.modelVersion));
        setOpen(false);
        setChoice(null);
        for (const key of [
          trpc.policy.modelUpdate.pathKey(),
          trpc.policy.get.pathKey(),
          trpc.policy.model.pathKey(),
          trpc.policy.preview.pathKey(),
          trpc.policy.diff.pathKey(),
          trpc.policy.check.pathKey(),
          trpc.policy.versions.pathKey(),
        ]) {
          void queryClient.invalidateQueries({ queryKey: key });
        }
      },
    }),
  );

  const data = update.data;
  if (!data || data.upToDate) return null;
  const changes = data.changes;
  const pinned = changes
    .filter((change) => change.change === 'changed' && Object.hasOwn(clausePins, change.clauseId))
    .map((change) => change.clauseId);
  const keep = choice ?? new Set(pinned);
  // Same model, only clauses kept from an earlier one: a quieter note than a new model.
  const keptOnly = data.from === data.to;
  const unchangedChoice = keptOnly && keep.size === pinned.length && pinned.every((id) => keep.has(id));
  const changelog = data.changelog.filter((entry) => compareModelVersions(entry.version, data.from) > 0);
  const setKept = (clauseId: string, kept: boolean) => {
    const next = new Set(keep);
    if (kept) next.add(clauseId);
    else next.delete(clauseId);
    setChoice(next);
  };

  return (
    <section
      className={keptOnly ? 'alert model-update model-update--kept' : 'alert alert--info model-update'}
      aria-labelledby={titleId}
      data-testid="model-update"
      data-kind={keptOnly ? 'kept' : 'newer'}
    >
      <h2 id={titleId} className="model-update__title">
        {keptOnly
          ? m.policy.modelUpdate.keptTitle(pinned.length)
          : changes.length > 0
            ? m.policy.modelUpdate.title(changes.length)
            : m.policy.modelUpdate.titleNoClauses(data.to)}
      </h2>
      <p>{keptOnly ? m.policy.modelUpdate.keptText : m.policy.modelUpdate.text(data.from, data.to)}</p>
      <div>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          onClick={() => setOpen((current) => !current)}
          data-testid="model-update-toggle"
        >
          {open ? m.policy.modelUpdate.hide : m.policy.modelUpdate.review}
        </button>
      </div>
      {open ? (
        <div className="stack">
          {changelog.length > 0 ? (
            <div>
              <h3 className="compliance__heading">{m.policy.modelUpdate.changelog}</h3>
              <ul className="plain-list">
                {changelog.map((entry) => (
                  <li key={entry.version}>
                    <strong>{entry.version}</strong> ({entry.date}): <span lang="en">{entry.summary}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {changes.length > 0 ? (
            <ul className="model-changes">
              {changes.map((change) => (
                <li key={change.clauseId} className="model-change" data-testid="model-change">
                  <div>
                    <strong>{names.clauseTitle(change.clauseId)}</strong>{' '}
                    <span className="badge">{m.policy.modelUpdate.changes[change.change]}</span>
                    {change.languages.length > 0 ? (
                      <span className="muted model-change__languages">
                        {m.policy.modelUpdate.languages(
                          change.languages.map((language) => languageName(m, language)).join(', '),
                        )}
                      </span>
                    ) : null}
                  </div>
                  {change.change === 'changed' ? (
                    <fieldset className="model-change__choice">
                      <legend className="visually-hidden">{names.clauseTitle(change.clauseId)}</legend>
                      <label className="radio">
                        <input
                          type="radio"
                          name={`take-${change.clauseId}`}
                          checked={!keep.has(change.clauseId)}
                          onChange={() => setKept(change.clauseId, false)}
                          data-testid={`model-take-${change.clauseId}`}
                        />
                        <span>{m.policy.modelUpdate.take}</span>
                      </label>
                      <label className="radio">
                        <input
                          type="radio"
                          name={`take-${change.clauseId}`}
                          checked={keep.has(change.clauseId)}
                          onChange={() => setKept(change.clauseId, true)}
                          data-testid={`model-keep-${change.clauseId}`}
                        />
                        <span>{m.policy.modelUpdate.keep}</span>
                      </label>
                    </fieldset>
                  ) : (
                    <p className="muted">{m.policy.modelUpdate.alwaysTaken}</p>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          <FormError error={apply.error} />
          <div className="form-actions form-actions--start">
            <button
              type="button"
              className="button button--primary"
              disabled={!canApply || apply.isPending || unchangedChoice}
              onClick={() => apply.mutate({ id: versionId, revision: revision(), keep: [...keep] })}
              data-testid="model-update-apply"
            >
              {apply.isPending ? m.common.working : m.policy.modelUpdate.apply}
            </button>
            {!canApply ? <p className="muted">{m.policy.modelUpdate.waitForSave}</p> : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
