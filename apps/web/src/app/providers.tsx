import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { Loading } from './components/status';
import { createQueryClient } from './query-client';

export function Providers({ children, client: given }: { children: ReactNode; client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </QueryClientProvider>
  );
}
