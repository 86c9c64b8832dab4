import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { matchPath, useLocation } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { isEditableStatus } from '../../policy/PolicyStatusBadge';
import { POLICY_VERSION_PATH } from '../../policy/paths';
import { clearBackup } from './draftBackup';
import { PolicyEditor } from './PolicyEditor';

/** /hr/policy/:id — loads the version and the model, then hands both to the editor. */
export function PolicyEditorPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const { pathname } = useLocation();
  const id = matchPath(POLICY_VERSION_PATH, pathname)?.id ?? '';
  const canWrite = can(useMe().data, 'policy.write');
  const version = useQuery(trpc.policy.get.queryOptions({ id }));
  const model = useQuery(trpc.policy.model.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  // Bumped by "load the latest version": the editor starts over from what the server has.
  const [generation, setGeneration] = useState(0);

  if (version.isPending || model.isPending) return <Loading />;
  if (version.isError || model.isError) {
    const failed = version.isError ? version : model;
    return (
      <>
        <PageHeader title={m.policy.title} />
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      </>
    );
  }
  const editable = canWrite && isEditableStatus(version.data.status);
  return (
    <PolicyEditor
      // A status change (submitted, sent back, approved) restarts the editor with the server's revision.
      key={`${id}:${generation}:${version.data.status}`}
      version={version.data}
      model={model.data}
      editable={editable}
      canWrite={canWrite}
      onReload={async () => {
        clearBackup(id);
        await version.refetch();
        setGeneration((current) => current + 1);
      }}
    />
  );
}
