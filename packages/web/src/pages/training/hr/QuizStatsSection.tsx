import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../../app/trpc';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';

/** The final-quiz questions people get wrong most often, worst first. */
export function QuizStatsSection() {
  const { m, format, language } = useI18n();
  const s = m.training.hr.stats;
  const c = s.columns;
  const trpc = useTRPC();
  const titleId = useId();
  const stats = useQuery(trpc.training.quizStats.queryOptions({ language }));
  return (
    <section className="stack" aria-labelledby={titleId} data-testid="training-stats">
      <h2 id={titleId}>{s.title}</h2>
      <p className="muted">{s.intro}</p>
      {stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : stats.data.attempts === 0 ? (
        <EmptyState>{s.empty}</EmptyState>
      ) : (
        <>
          <dl className="facts facts--inline">
            <div>
              <dt>{s.attempts}</dt>
              <dd data-testid="stats-attempts">{format.number(stats.data.attempts)}</dd>
            </div>
          </dl>
          <div className="table-wrap">
            <table className="table table--cards" data-testid="stats-table">
              <caption className="training-caption">{s.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.question}</th>
                  <th scope="col" className="numeric">
                    {c.answered}
                  </th>
                  <th scope="col" className="numeric">
                    {c.failed}
                  </th>
                  <th scope="col" className="numeric">
                    {c.failRate}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...stats.data.questions]
                  .sort((a, b) => b.failRate - a.failRate || b.failed - a.failed)
                  .map((question) => (
                    <tr
                      key={question.questionId}
                      data-testid="stats-row"
                      data-question-id={question.questionId}
                    >
                      <th scope="row" className="table__primary" lang={language}>
                        {question.prompt}
                      </th>
                      <td data-label={c.answered} className="numeric">
                        {format.number(question.answered)}
                      </td>
                      <td data-label={c.failed} className="numeric">
                        {format.number(question.failed)}
                      </td>
                      <td data-label={c.failRate} className="numeric">
                        {format.percent(question.failRate)}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
