import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useMe } from '../../features/auth/use-me';
import { useWaitingCount } from '../../features/materials/use-waiting-count';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useAppAbility } from '../ability';
import { LanguageSwitch } from '../components/language-switch';
import { Loading } from '../components/status';
import { WAITING_PATH } from '../landing';
import { useFocusHeading } from './use-focus-heading';
import { UserMenu } from './user-menu';

/** Top bar with the sections this user may use; below ~720px the sections fold behind a menu button. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const ability = useAppAbility();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const [lastPath, setLastPath] = useState(location.pathname);
  const main = useRef<HTMLElement>(null);
  useFocusHeading(main);
  const approver = !!me.data?.user.roles.includes('approver');
  const waiting = useWaitingCount(approver);

  // Close the folded menu after navigating (state derived from the location, not an effect).
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setNavOpen(false);
  }

  useEffect(() => {
    if (!navOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setNavOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);

  const sections = [
    { to: '/contacts', label: t('nav.contacts'), visible: true },
    { to: '/organizations', label: t('organizations.title'), visible: ability.can('read', 'Organization') },
    { to: '/materials', label: t('nav.materials'), visible: true },
    { to: '/calendar', label: t('nav.calendar'), visible: ability.can('read', 'CalendarEvent') },
    { to: '/campaigns', label: t('nav.campaigns'), visible: ability.can('read', 'Campaign') },
    { to: '/users', label: t('nav.users'), visible: ability.can('manage', 'User') },
    {
      to: '/admin/material-kinds',
      label: t('nav.materialKinds'),
      visible: ability.can('manage', 'MaterialKind'),
    },
    { to: '/admin/audit', label: t('nav.audit'), visible: ability.can('read', 'AuditEvent') },
    { to: '/admin/jobs', label: t('nav.jobs'), visible: ability.can('manage', 'Job') },
  ].filter((s) => s.visible);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        {/* Outside the folding menu: on a phone the count shows without opening it. */}
        {me.data && <NotificationBell />}
        <button
          type="button"
          className="menu-button"
          aria-expanded={navOpen}
          aria-controls="main-nav"
          data-testid="menu-button"
          onClick={() => setNavOpen((v) => !v)}
        >
          <span aria-hidden="true">☰</span> {t('app.menu')}
        </button>
        <nav id="main-nav" className={navOpen ? 'main-nav open' : 'main-nav'} aria-label={t('app.mainNavigation')}>
          <ul>
            {approver && (
              <li>
                {/* Active only on exactly this filtered view, not on every library page. */}
                <NavLink
                  to={WAITING_PATH}
                  className={() => (location.pathname + location.search === WAITING_PATH ? 'active' : '')}
                  data-testid="nav-waiting"
                >
                  {t('nav.waiting')}
                  {waiting.data && (
                    <span className="nav-count" data-testid="nav-waiting-count">
                      {waiting.data.totalIsCapped ? `${waiting.data.total}+` : waiting.data.total}
                    </span>
                  )}
                </NavLink>
              </li>
            )}
            {sections.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to}>{s.label}</NavLink>
              </li>
            ))}
          </ul>
          <div className="nav-tools">
            <LanguageSwitch />
            {me.data && <UserMenu displayName={me.data.user.displayName} />}
          </div>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1} ref={main}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
