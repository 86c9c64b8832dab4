import { useI18n } from '../../../i18n/I18nProvider';

/** The server replaces any count under 5 with "<5" before it leaves, so no case can be recognised. */
export type SuppressedCount = number | '<5';

/** The server sends "<5" for any count under five; screen readers hear it in words. */
export function Count({ value }: { value: SuppressedCount }) {
  const { m, format } = useI18n();
  if (value === '<5')
    return (
      <span className="suppressed" title={m.monitoring.fewerThanFive}>
        <span aria-hidden="true">&lt;5</span>
        <span className="visually-hidden">{m.monitoring.fewerThanFive}</span>
      </span>
    );
  return <>{format.number(value)}</>;
}
