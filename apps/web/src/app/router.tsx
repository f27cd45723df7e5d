import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { AppShell } from './shell/app-shell';
import { HomeRedirect } from './components/home-redirect';
import { NotFoundPage } from './components/not-found-page';
import { RouteError } from './components/route-error';

// Every page is its own chunk: the sign-in page loads no admin, import or form code.
const SignInPage = lazy(() => import('../features/auth/routes/sign-in-page').then((m) => ({ default: m.SignInPage })));
const InvitePage = lazy(() => import('../features/auth/routes/invite-page').then((m) => ({ default: m.InvitePage })));
const ContactsListPage = lazy(() =>
  import('../features/contacts/routes/contacts-list-page').then((m) => ({ default: m.ContactsListPage })),
);
const ContactDetailPage = lazy(() =>
  import('../features/contacts/routes/contact-detail-page').then((m) => ({ default: m.ContactDetailPage })),
);
const ContactCreatePage = lazy(() =>
  import('../features/contact-form/routes/contact-create-page').then((m) => ({ default: m.ContactCreatePage })),
);
const ContactEditPage = lazy(() =>
  import('../features/contact-form/routes/contact-edit-page').then((m) => ({ default: m.ContactEditPage })),
);
const ContactImportPage = lazy(() =>
  import('../features/contact-import/routes/contact-import-page').then((m) => ({ default: m.ContactImportPage })),
);
const OrganizationsPage = lazy(() =>
  import('../features/organizations/routes/organizations-page').then((m) => ({ default: m.OrganizationsPage })),
);
const OrganizationCreatePage = lazy(() =>
  import('../features/organizations/routes/organization-create-page').then((m) => ({
    default: m.OrganizationCreatePage,
  })),
);
const OrganizationEditPage = lazy(() =>
  import('../features/organizations/routes/organization-edit-page').then((m) => ({ default: m.OrganizationEditPage })),
);
const MaterialsLibraryPage = lazy(() =>
  import('../features/materials/routes/materials-library-page').then((m) => ({ default: m.MaterialsLibraryPage })),
);
const MaterialPage = lazy(() =>
  import('../features/materials/routes/material-page').then((m) => ({ default: m.MaterialPage })),
);
// The editor pages carry Tiptap; nothing else imports them, so the library and sign-in never load it.
const MaterialCreatePage = lazy(() =>
  import('../features/material-editor/routes/material-create-page').then((m) => ({ default: m.MaterialCreatePage })),
);
const MaterialEditPage = lazy(() =>
  import('../features/material-editor/routes/material-edit-page').then((m) => ({ default: m.MaterialEditPage })),
);
const MaterialTranslatePage = lazy(() =>
  import('../features/material-editor/routes/material-translate-page').then((m) => ({
    default: m.MaterialTranslatePage,
  })),
);
const MaterialKindsPage = lazy(() =>
  import('../features/material-kinds/routes/material-kinds-page').then((m) => ({ default: m.MaterialKindsPage })),
);
const CampaignsPage = lazy(() =>
  import('../features/campaigns/routes/campaigns-page').then((m) => ({ default: m.CampaignsPage })),
);
const CampaignPage = lazy(() =>
  import('../features/campaigns/routes/campaign-page').then((m) => ({ default: m.CampaignPage })),
);
const CampaignCreatePage = lazy(() =>
  import('../features/campaigns/routes/campaign-create-page').then((m) => ({ default: m.CampaignCreatePage })),
);
const CampaignEditPage = lazy(() =>
  import('../features/campaigns/routes/campaign-edit-page').then((m) => ({ default: m.CampaignEditPage })),
);
const UsersPage = lazy(() => import('../features/users/routes/users-page').then((m) => ({ default: m.UsersPage })));
// FullCalendar is only in the calendar page's chunk: no other page pays for it.
const CalendarPage = lazy(() =>
  import('../features/calendar/routes/calendar-page').then((m) => ({ default: m.CalendarPage })),
);
const EventPage = lazy(() => import('../features/calendar/routes/event-page').then((m) => ({ default: m.EventPage })));
const EventCreatePage = lazy(() =>
  import('../features/calendar/routes/event-create-page').then((m) => ({ default: m.EventCreatePage })),
);
const AuditPage = lazy(() => import('../features/audit/routes/audit-page').then((m) => ({ default: m.AuditPage })));
const DeadLettersPage = lazy(() =>
  import('../features/jobs/routes/dead-letters-page').then((m) => ({ default: m.DeadLettersPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/routes/notifications-page').then((m) => ({ default: m.NotificationsPage })),
);
const NotificationSettingsPage = lazy(() =>
  import('../features/notifications/routes/notification-settings-page').then((m) => ({
    default: m.NotificationSettingsPage,
  })),
);
const AccountPage = lazy(() =>
  import('../features/account/routes/account-page').then((m) => ({ default: m.AccountPage })),
);
const TwoFactorPage = lazy(() =>
  import('../features/account/routes/two-factor-page').then((m) => ({ default: m.TwoFactorPage })),
);

const pages: RouteObject[] = [
  { index: true, element: <HomeRedirect /> },
  { path: 'contacts', element: <ContactsListPage /> },
  { path: 'contacts/new', element: <ContactCreatePage /> },
  { path: 'contacts/import', element: <ContactImportPage /> },
  { path: 'contacts/:id', element: <ContactDetailPage /> },
  { path: 'contacts/:id/edit', element: <ContactEditPage /> },
  { path: 'organizations', element: <OrganizationsPage /> },
  { path: 'organizations/new', element: <OrganizationCreatePage /> },
  { path: 'organizations/:id/edit', element: <OrganizationEditPage /> },
  { path: 'materials', element: <MaterialsLibraryPage /> },
  { path: 'materials/new', element: <MaterialCreatePage /> },
  { path: 'materials/:id', element: <MaterialPage /> },
  { path: 'materials/:id/edit', element: <MaterialEditPage /> },
  { path: 'materials/:id/translate/:language', element: <MaterialTranslatePage /> },
  { path: 'calendar', element: <CalendarPage /> },
  { path: 'calendar/new', element: <EventCreatePage /> },
  { path: 'calendar/events/:id', element: <EventPage /> },
  { path: 'campaigns', element: <CampaignsPage /> },
  { path: 'campaigns/new', element: <CampaignCreatePage /> },
  { path: 'campaigns/:id', element: <CampaignPage /> },
  { path: 'campaigns/:id/edit', element: <CampaignEditPage /> },
  { path: 'users', element: <UsersPage /> },
  { path: 'admin/material-kinds', element: <MaterialKindsPage /> },
  { path: 'admin/audit', element: <AuditPage /> },
  { path: 'admin/jobs', element: <DeadLettersPage /> },
  { path: 'account', element: <AccountPage /> },
  { path: 'account/two-factor', element: <TwoFactorPage /> },
  { path: 'notifications', element: <NotificationsPage /> },
  { path: 'notifications/settings', element: <NotificationSettingsPage /> },
  { path: '*', element: <NotFoundPage /> },
];

// A page whose code fails to load (an old tab after a deploy, a dropped link) explains itself inside the shell.
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  { path: '/invite/:token', element: <InvitePage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: pages.map((page) => ({ ...page, errorElement: <RouteError /> }) as RouteObject),
  },
]);
