import { useQuery } from '@tanstack/react-query';
import { can, useMe } from '../../app/session';
import { useTRPC } from '../../app/trpc';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { HomePolicyCard } from '../portal/HomePolicyCard';
import { HomeTrainingCard } from '../training/HomeTrainingCard';
import { MyDocuments } from './MyDocuments';

export function HomePage() {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const me = useMe().data;
  const summary = useQuery(trpc.home.summary.queryOptions());
  const name = summary.data?.person?.fullName ?? me?.user.fullName ?? '';

  if (summary.isPending) return <Loading />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const { person, policy, trainings } = summary.data;

  return (
    <>
      <PageHeader title={m.home.greeting(name)} intro={summary.data.organizationNames[language]} />
      <div className="home-grid">
        <section className="card" aria-labelledby="home-about" data-testid="home-about">
          <h2 id="home-about" className="card__title">
            {m.home.aboutTitle}
          </h2>
          {person ? (
            <dl className="facts">
              <div>
                <dt>{m.home.organization}</dt>
                <dd data-testid="home-organization">{summary.data.organizationNames[language]}</dd>
              </div>
              <div>
                <dt>{m.home.position}</dt>
                <dd>{person.position ?? m.common.none}</dd>
              </div>
              <div>
                <dt>{m.home.unit}</dt>
                <dd>{person.unitName ?? m.common.none}</dd>
              </div>
            </dl>
          ) : (
            <p className="muted">{m.home.notInDirectory}</p>
          )}
        </section>
        <section className="card" aria-labelledby="home-policy" data-testid="home-policy">
          <h2 id="home-policy" className="card__title">
            {m.home.policyTitle}
          </h2>
          {can(me, 'acknowledgement.own') ? (
            <HomePolicyCard />
          ) : policy === null ? (
            <div className="state state--empty state--inline" data-testid="empty-state-inline">
              <p className="state__title">{m.home.nothingToRead}</p>
              <p>{m.home.policyEmpty}</p>
            </div>
          ) : null}
        </section>
        <section className="card" aria-labelledby="home-trainings" data-testid="home-trainings">
          <h2 id="home-trainings" className="card__title">
            {m.home.trainingsTitle}
          </h2>
          {can(me, 'training.own') ? (
            <HomeTrainingCard />
          ) : trainings.length === 0 ? (
            <div className="state state--empty state--inline" data-testid="empty-state-inline">
              <p className="state__title">{m.home.noTrainings}</p>
              <p>{m.home.trainingsEmpty}</p>
            </div>
          ) : null}
        </section>
        {can(me, 'documents.readOwn') ? <MyDocuments /> : null}
      </div>
    </>
  );
}
