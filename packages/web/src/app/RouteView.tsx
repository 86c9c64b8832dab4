import { Suspense, useEffect } from 'react';
import { Loading } from '../components/States';
import { ForbiddenPage } from '../pages/system/ForbiddenPage';
import { NotFoundPage } from '../pages/system/NotFoundPage';
import { type Location, navigate } from './router';
import { matchRoute } from './routes';
import { can, homePathFor } from './session';
import type { Me } from './types';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export function RouteView({ me, location }: { me: Me | null; location: Location }) {
  if (location.pathname === '/') return <Redirect to={homePathFor(me)} />;

  const route = matchRoute(location.pathname);
  if (!route) return <NotFoundPage />;
  if (route.access === 'guest' && me) return <Redirect to={homePathFor(me)} />;
  if (route.access === 'member' && !me) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Redirect to={`/signin?next=${next}`} />;
  }
  if (route.permission && !can(me, route.permission)) return <ForbiddenPage />;

  const Page = route.page;
  return (
    <div className={route.narrow ? 'container container--narrow' : 'container'}>
      {/* Some pages load on first visit (see routes.tsx). */}
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </div>
  );
}
