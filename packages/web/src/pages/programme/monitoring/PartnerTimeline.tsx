import { useId } from 'react';
import { EmptyState } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';

export type TimelineEvent = { at: string; kind: string; versionNumber: number | null; detail: string | null };

/** Newest first: what project staff ask about is what happened last. */
export function PartnerTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const t = m.monitoring.partner.timeline;
  const labels: Record<string, string> = t.events;
  const ordered = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="partner-timeline">
      <h2 id={titleId} className="card__title">
        {t.title}
      </h2>
      {ordered.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <ol className="timeline">
          {ordered.map((event) => (
            <li
              key={`${event.at}-${event.kind}-${event.versionNumber ?? ''}-${event.detail ?? ''}`}
              className="timeline__item"
              data-testid="timeline-event"
            >
              <time dateTime={event.at} className="timeline__time">
                {format.date(event.at)}
              </time>
              <span className="timeline__what">
                {Object.hasOwn(labels, event.kind) ? labels[event.kind] : t.events.other}
                {event.versionNumber === null
                  ? null
                  : `, ${m.monitoring.partner.version(format.number(event.versionNumber))}`}
              </span>
              {event.detail ? <span className="timeline__detail muted">{event.detail}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
