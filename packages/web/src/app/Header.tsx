import type { Permission } from '@qorgau/core';
import { useI18n } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/messages';
import { LanguageSwitcher } from './LanguageSwitcher';
import { OrganizationSwitcher } from './OrganizationSwitcher';
import { Link, useLocation } from './router';
import { can, homePathFor } from './session';
import type { Me } from './types';
import { UserMenu } from './UserMenu';

type NavItem = { to: string; permission: Permission; label: (m: Messages) => string };

const NAV_ITEMS: NavItem[] = [
  { to: '/programme', permission: 'organizations.viewAll', label: (m) => m.nav.organizations },
  { to: '/programme/monitoring', permission: 'monitoring.read', label: (m) => m.monitoring.nav },
  { to: '/programme/review', permission: 'policy.review', label: (m) => m.nav.review },
  { to: '/programme/models', permission: 'policy.review', label: (m) => m.nav.models },
  { to: '/programme/outbox', permission: 'outbox.read', label: (m) => m.nav.outbox },
  { to: '/hr/people', permission: 'people.read', label: (m) => m.nav.people },
  { to: '/hr/import', permission: 'people.write', label: (m) => m.importPeople.nav },
  { to: '/hr/units', permission: 'units.read', label: (m) => m.nav.units },
  { to: '/hr/invitations', permission: 'invitations.read', label: (m) => m.nav.invitations },
  { to: '/hr/policy', permission: 'policy.read', label: (m) => m.nav.policy },
  { to: '/hr/adoption', permission: 'policy.read', label: (m) => m.adoption.nav },
  { to: '/hr/campaigns', permission: 'campaigns.read', label: (m) => m.campaigns.nav },
  { to: '/hr/training', permission: 'training.read', label: (m) => m.training.hrNav },
  { to: '/hr/case-reports', permission: 'caseReports.read', label: (m) => m.monitoring.caseReports.nav },
  { to: '/hr/documents', permission: 'documents.read', label: (m) => m.nav.documents },
  { to: '/home', permission: 'home.view', label: (m) => m.nav.home },
  { to: '/my-policy', permission: 'acknowledgement.own', label: (m) => m.portal.nav },
  { to: '/my-training', permission: 'training.own', label: (m) => m.training.nav },
];

/** The entry whose section the page is in: "/hr/policy/…" belongs to "/hr/policy", the longest match wins. */
function currentItem(items: NavItem[], pathname: string): string | undefined {
  return items
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
}

function Brand({ to }: { to: string }) {
  return (
    <Link to={to} className="brand" data-testid="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <path d="M16 2 4 7v8c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V7z" />
        <path d="m11 16 4 4 7-8" className="brand__tick" />
      </svg>
      <span>Qorgau</span>
    </Link>
  );
}

export function Header({ me }: { me: Me | null }) {
  const { m } = useI18n();
  const { pathname } = useLocation();
  const items = me ? NAV_ITEMS.filter((item) => can(me, item.permission)) : [];
  const current = currentItem(items, pathname);

  return (
    <header className="header">
      <div className="header__bar">
        <Brand to={homePathFor(me)} />
        {me ? <OrganizationSwitcher me={me} /> : null}
        <div className="header__end">
          <LanguageSwitcher signedIn={me !== null} />
          {me ? <UserMenu me={me} /> : null}
        </div>
      </div>
      {items.length > 1 ? (
        <nav className="nav" aria-label={m.nav.label}>
          <ul className="nav__list">
            {items.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  className="nav__link"
                  aria-current={current === item.to ? (pathname === item.to ? 'page' : 'true') : undefined}
                  data-testid={`nav-${item.to.slice(1).replaceAll('/', '-')}`}
                >
                  {item.label(m)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
