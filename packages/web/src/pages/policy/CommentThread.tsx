import { type FormEvent, useState } from 'react';
import type { PolicyComment } from '../../app/types';
import { TextAreaField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useI18n } from '../../i18n/I18nProvider';

type Props = {
  comments: readonly PolicyComment[];
  /** Absent when the reader may not comment. Resolves once the comment is stored. */
  onAdd?: ((body: string) => Promise<unknown>) | undefined;
  pending?: boolean;
  error?: unknown;
  testId: string;
};

/** One clause's conversation between the organisation and the programme team. */
export function CommentThread({ comments, onAdd, pending = false, error, testId }: Props) {
  const { m, format } = useI18n();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!onAdd) return;
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    void onAdd(body.trim()).then(
      () => {
        setBody('');
        setOpen(false);
      },
      // The failure is shown above the form through `error`; the text stays for another try.
      () => undefined,
    );
  };

  return (
    <div className="comment-thread" data-testid={testId}>
      {comments.length > 0 ? (
        <ol className="comment-thread__list">
          {comments.map((comment) => (
            <li
              key={comment.id}
              className={`comment comment--${comment.side}`}
              data-testid="policy-comment"
              data-side={comment.side}
            >
              <p className="comment__meta">
                <span className={comment.side === 'programme' ? 'badge badge--info' : 'badge'}>
                  {m.policy.comments.sides[comment.side]}
                </span>
                {comment.authorName ? <span>{comment.authorName}</span> : null}
                <time dateTime={comment.createdAt ?? undefined}>{format.dateTime(comment.createdAt)}</time>
              </p>
              <p className="comment__body">{comment.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {onAdd && !open ? (
        <div>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setOpen(true)}
            data-testid={`${testId}-open`}
          >
            {comments.length > 0 ? m.policy.comments.reply : m.policy.comments.add}
          </button>
        </div>
      ) : null}
      {onAdd && open ? (
        <form className="stack comment-thread__form" onSubmit={submit} noValidate>
          <FormError error={error} />
          <TextAreaField
            label={m.policy.comments.body}
            value={body}
            onValueChange={(value) => {
              setBody(value);
              setMissing(false);
            }}
            rows={3}
            maxLength={4000}
            errorKey={missing ? 'required' : undefined}
            data-testid={`${testId}-body`}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setOpen(false)}
            >
              {m.common.cancel}
            </button>
            <button
              type="submit"
              className="button button--primary button--small"
              disabled={pending}
              data-testid={`${testId}-send`}
            >
              {pending ? m.common.working : m.policy.comments.send}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
