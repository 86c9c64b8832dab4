import { useI18n } from '../i18n/I18nProvider';
import { useNotify } from './Toasts';

type CopyButtonProps = {
  value: string;
  /** What is copied, for the accessible name: "Copy SHA-256". */
  label: string;
  testId?: string;
  /** In dense tables only the icon shows; the accessible name is the same. */
  iconOnly?: boolean;
};

/** Copies a value to the clipboard and confirms with a toast, which screen readers announce. */
export function CopyButton({ value, label, testId = 'copy-button', iconOnly = false }: CopyButtonProps) {
  const { m } = useI18n();
  const notify = useNotify();
  const copy = async () => {
    try {
      // Only available in secure contexts (https, localhost); the toast says so when it is not.
      await navigator.clipboard.writeText(value);
      notify(m.common.copied);
    } catch {
      notify(m.common.copyFailed);
    }
  };
  return (
    <button
      type="button"
      className={
        iconOnly
          ? 'button button--small button--quiet copy-button copy-button--icon'
          : 'button button--small button--quiet copy-button'
      }
      onClick={() => void copy()}
      aria-label={label}
      title={label}
      data-testid={testId}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <rect x="5.5" y="5.5" width="8" height="9" rx="1.5" />
        <path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h1" />
      </svg>
      <span className={iconOnly ? 'visually-hidden' : undefined}>{m.common.copy}</span>
    </button>
  );
}
