import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../app/trpc';
import type { OutboxMessage } from '../../app/types';
import { Linkified } from '../../components/Linkified';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../i18n/languages';
import { errorCode } from '../../lib/errors';

export function OutboxPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  // Demo users wait here for an invitation to arrive, so keep the list fresh without a manual reload.
  const outbox = useQuery(trpc.outbox.list.queryOptions(undefined, { refetchInterval: 10_000 }));

  const messages = [...(outbox.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <PageHeader
        title={m.outbox.title}
        intro={m.outbox.intro}
        actions={
          <button
            type="button"
            className="button"
            onClick={() => void outbox.refetch()}
            disabled={outbox.isFetching}
            data-testid="outbox-refresh"
          >
            {m.common.refresh}
          </button>
        }
      />
      {outbox.isPending ? (
        <Loading />
      ) : outbox.isError ? (
        errorCode(outbox.error) === 'FORBIDDEN' ? (
          <EmptyState>{m.outbox.unavailable}</EmptyState>
        ) : (
          <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
        )
      ) : messages.length === 0 ? (
        <EmptyState>{m.outbox.empty}</EmptyState>
      ) : (
        <>
          <p className="alert alert--info">{m.outbox.privateWindowTip}</p>
          <ol className="outbox" data-testid="outbox-list">
            {messages.map((message) => (
              <OutboxItem key={message.id} message={message} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function OutboxItem({ message }: { message: OutboxMessage }) {
  const { m, format } = useI18n();
  return (
    <li className="card outbox__item" data-testid="outbox-message">
      <div className="outbox__summary">
        <h2 className="outbox__subject">{message.subject}</h2>
        <p className="outbox__meta">
          {m.outbox.to}: <span data-testid="outbox-to">{message.to}</span> ·{' '}
          {format.dateTime(message.createdAt)}
        </p>
      </div>
      <dl className="facts facts--inline">
        <div>
          <dt>{m.outbox.template}</dt>
          <dd className="mono">{message.template}</dd>
        </div>
        <div>
          <dt>{m.outbox.language}</dt>
          <dd>{LANGUAGE_AUTONYMS[languageOr(message.language, 'en')]}</dd>
        </div>
        <div>
          <dt>{m.outbox.sent}</dt>
          <dd>{message.sentAt ? format.dateTime(message.sentAt) : m.outbox.notSent}</dd>
        </div>
      </dl>
      <pre className="outbox__body" lang={message.language} data-testid="outbox-body">
        <Linkified text={message.textBody} />
      </pre>
    </li>
  );
}
