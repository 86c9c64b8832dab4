import type { ReactNode } from 'react';
import { PageHeader } from '../../components/PageHeader';

/** The narrow centred card shared by sign-in, password and invitation pages. */
export function AuthCard({
  title,
  intro,
  children,
  testId,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <section className="card auth-card" data-testid={testId}>
      <PageHeader title={title} intro={intro} />
      {children}
    </section>
  );
}
