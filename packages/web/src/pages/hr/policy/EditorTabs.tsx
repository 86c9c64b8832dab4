import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

export const EDITOR_TABS = ['values', 'clauses', 'preview', 'diff', 'compliance'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

export function editorTabOr(value: string | null, fallback: EditorTab): EditorTab {
  return EDITOR_TABS.find((tab) => tab === value) ?? fallback;
}

type Props = {
  tab: EditorTab;
  onTab: (tab: EditorTab) => void;
  badges?: Partial<Record<EditorTab, ReactNode>>;
  /** Shown at the end of the tab row, which stays in view while scrolling (the save state). */
  status?: ReactNode;
  children: ReactNode;
};

/** WAI-ARIA tabs: arrow keys move between tabs, the panel follows. */
export function EditorTabs({ tab, onTab, badges = {}, status, children }: Props) {
  const { m } = useI18n();
  const base = useId();
  const refs = useRef<Partial<Record<EditorTab, HTMLButtonElement | null>>>({});
  // On a phone the tab row scrolls sideways: keep the chosen tab in sight (not on first render,
  // which would scroll the page down to the tabs).
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) refs.current[tab]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    mounted.current = true;
  }, [tab]);
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      event.key === 'Home'
        ? EDITOR_TABS[0]
        : event.key === 'End'
          ? EDITOR_TABS[EDITOR_TABS.length - 1]
          : step !== 0
            ? EDITOR_TABS[(index + step + EDITOR_TABS.length) % EDITOR_TABS.length]
            : undefined;
    if (!target) return;
    event.preventDefault();
    onTab(target);
    refs.current[target]?.focus();
  };
  return (
    <>
      <div className="tabs-bar">
        <div className="tabs" role="tablist" aria-label={m.policy.tabs.label}>
          {EDITOR_TABS.map((name, index) => (
            <button
              key={name}
              ref={(element) => {
                refs.current[name] = element;
              }}
              type="button"
              role="tab"
              id={`${base}-${name}`}
              className="tabs__tab"
              aria-selected={tab === name}
              aria-controls={`${base}-panel`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => onTab(name)}
              onKeyDown={(event) => move(event, index)}
              data-testid={`policy-tab-${name}`}
            >
              {m.policy.tabs[name]}
              {badges[name] ?? null}
            </button>
          ))}
        </div>
        {status ? <div className="tabs-bar__status">{status}</div> : null}
      </div>
      <div
        className="tabs__panel"
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-${tab}`}
        data-testid={`policy-panel-${tab}`}
      >
        {children}
      </div>
    </>
  );
}
