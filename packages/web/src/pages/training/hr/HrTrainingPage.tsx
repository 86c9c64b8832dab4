import type { Permission } from '@qorgau/core';
import { Link, useSearchParam } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Messages } from '../../../i18n/messages';
import { HR_TRAINING_PATH } from '../paths';
import { AssignmentsSection } from './AssignmentsSection';
import { ContentSection } from './ContentSection';
import { QuizStatsSection } from './QuizStatsSection';
import { SessionsSection } from './SessionsSection';
import { SettingsSection } from './SettingsSection';
import { TrackingSection } from './TrackingSection';
import '../../../styles/training.css';

type Tab = keyof Messages['training']['hr']['tabs'] & string;

const TABS: { id: Exclude<Tab, 'label'>; permission: Permission }[] = [
  { id: 'tracking', permission: 'training.read' },
  { id: 'assignments', permission: 'training.read' },
  { id: 'stats', permission: 'training.read' },
  { id: 'sessions', permission: 'training.sessions' },
  { id: 'settings', permission: 'training.read' },
  { id: 'content', permission: 'training.read' },
];

const SECTIONS = {
  tracking: TrackingSection,
  assignments: AssignmentsSection,
  stats: QuizStatsSection,
  sessions: SessionsSection,
  settings: SettingsSection,
  content: ContentSection,
};

/** /hr/training — assignments, completion, quiz statistics, sessions and settings, one section at a time. */
export function HrTrainingPage() {
  const { m } = useI18n();
  const me = useMe().data;
  const tabs = TABS.filter((tab) => can(me, tab.permission));
  const requested = useSearchParam('tab');
  const current = tabs.find((tab) => tab.id === requested) ?? tabs[0];
  const Section = current ? SECTIONS[current.id] : null;
  return (
    <>
      <PageHeader title={m.training.hr.title} intro={m.training.hr.intro} />
      <div className="stack stack--large">
        <nav aria-label={m.training.hr.tabs.label}>
          <ul className="training-tabs">
            {tabs.map((tab) => (
              <li key={tab.id}>
                <Link
                  to={`${HR_TRAINING_PATH}?tab=${tab.id}`}
                  className="button button--small"
                  aria-current={tab.id === current?.id ? 'page' : undefined}
                  data-testid={`training-tab-${tab.id}`}
                >
                  {m.training.hr.tabs[tab.id]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {Section ? <Section /> : null}
      </div>
    </>
  );
}
