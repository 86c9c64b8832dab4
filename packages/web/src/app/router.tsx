import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/**
 * A deliberately tiny history-API router: the app has a dozen flat routes, so a library would add
 * more weight than it removes.
 */
const NAVIGATE_EVENT = 'qorgau:navigate';

export type Location = { pathname: string; search: string };

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// useSyncExternalStore compares snapshots by identity, so the same string must come back until the URL changes.
const getSnapshot = () => `${window.location.pathname}${window.location.search}`;

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, getSnapshot);
  const queryStart = href.indexOf('?');
  return queryStart === -1
    ? { pathname: href, search: '' }
    : { pathname: href.slice(0, queryStart), search: href.slice(queryStart) };
}

export function useSearchParam(name: string): string | null {
  return new URLSearchParams(useLocation().search).get(name);
}

export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (to === getSnapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}

/**
 * Matches "/verify/:publicId" against a pathname: the values of the ":name" segments, or null.
 * A trailing slash is a common typo in shared links, so "/hr/people/" matches "/hr/people".
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const normalized = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const expected = pattern.split('/');
  const actual = normalized.split('/');
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith(':')) {
      if (value === '') return null;
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (segment !== value) return null;
  }
  return params;
}

/** Only same-site absolute paths are followed after sign-in, so a crafted ?next= cannot send users away. */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle new-tab and download gestures as usual.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
