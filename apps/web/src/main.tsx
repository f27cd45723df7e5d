import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { meQuery } from './features/auth/use-me';
import { Providers } from './app/providers';
import { initI18n } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { router } from './app/router';
import './app/styles.css';

// On a slow link every round trip counts: who the viewer is, the language's strings and, for a visitor who is
// not signed in, the sign-in page's code are fetched side by side rather than one after the other.
const client = createQueryClient();
void client.prefetchQuery(meQuery).then(() => {
  if (client.getQueryData(meQuery.queryKey) === null) void import('./features/auth/routes/sign-in-page');
});

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers client={client}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
});
