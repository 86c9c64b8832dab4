import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useI18n } from '../i18n/I18nProvider';
import { useSessionActions } from './session';
import { useTRPC } from './trpc';
import type { Me } from './types';

function initials(name: string) {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '');
  return letters.join('') || '?';
}

export function UserMenu({ me }: { me: Me }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const { ended } = useSessionActions();
  const menuRef = useRef<HTMLDetailsElement>(null);
  const [confirmEverywhere, setConfirmEverywhere] = useState(false);
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSettled: ended }));
  const signOutEverywhere = useMutation(trpc.auth.signOutEverywhere.mutationOptions({ onSuccess: ended }));

  useEffect(() => {
    // <details> does not close on outside clicks or Escape by itself; menus are expected to.
    const close = (event: Event) => {
      const menu = menuRef.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !menu.contains(event.target as Node)) {
        menu.open = false;
      }
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const roles = me.roles.map((role) => m.roles[role]).join(', ');

  return (
    <>
      <details className="user-menu" ref={menuRef} data-testid="user-menu">
        <summary className="user-menu__toggle" aria-label={m.header.account}>
          <span className="avatar" aria-hidden="true">
            {initials(me.user.fullName)}
          </span>
          <span className="user-menu__name">{me.user.fullName}</span>
        </summary>
        <div className="user-menu__panel">
          <p className="user-menu__who">
            <strong>{me.user.fullName}</strong>
            <span>{me.user.email}</span>
            {roles ? <span className="user-menu__roles">{roles}</span> : null}
          </p>
          <button
            type="button"
            className="menu-item"
            onClick={() => signOut.mutate()}
            disabled={signOut.isPending}
            data-testid="sign-out"
          >
            {m.header.signOut}
          </button>
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              if (menuRef.current) menuRef.current.open = false;
              setConfirmEverywhere(true);
            }}
            data-testid="sign-out-everywhere"
          >
            {m.header.signOutEverywhere}
          </button>
        </div>
      </details>
      <ConfirmDialog
        open={confirmEverywhere}
        title={m.header.signOutEverywhere}
        confirmLabel={m.header.signOutEverywhere}
        onConfirm={() => signOutEverywhere.mutate()}
        onCancel={() => setConfirmEverywhere(false)}
        pending={signOutEverywhere.isPending}
        error={signOutEverywhere.error}
        danger
      >
        {m.header.signOutEverywhereConfirm}
      </ConfirmDialog>
    </>
  );
}
