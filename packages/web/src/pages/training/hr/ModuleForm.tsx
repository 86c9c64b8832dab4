import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { EMPTY_LOCALIZED, isComplete, type Localized } from './ContentSection';
import { LocalizedFields } from './LocalizedFields';

export function ModuleForm() {
  const { m } = useI18n();
  const c = m.training.hr.content;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [title, setTitle] = useState<Localized>(EMPTY_LOCALIZED);
  const [body, setBody] = useState<Localized>(EMPTY_LOCALIZED);
  const [tried, setTried] = useState(false);
  const add = useMutation(
    trpc.training.addModule.mutationOptions({
      onSuccess: () => {
        notify(c.saved);
        setTitle(EMPTY_LOCALIZED);
        setBody(EMPTY_LOCALIZED);
        setTried(false);
        void queryClient.invalidateQueries({ queryKey: trpc.training.content.queryKey() });
      },
    }),
  );
  return (
    <details className="portal-again">
      <summary className="portal-again__summary">{c.addModule}</summary>
      <form
        className="stack portal-reader"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (isComplete(title) && isComplete(body)) add.mutate({ title, body });
        }}
      >
        <FormError error={add.error} />
        <LocalizedFields
          label={c.moduleTitle}
          value={title}
          onChange={setTitle}
          maxLength={200}
          invalid={tried}
          testId="module-title"
        />
        <LocalizedFields
          label={c.moduleBody}
          value={body}
          onChange={setBody}
          multiline
          hint={c.bodyHint}
          maxLength={20_000}
          invalid={tried}
          testId="module-body"
        />
        <div>
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {c.addModule}
          </button>
        </div>
      </form>
    </details>
  );
}
