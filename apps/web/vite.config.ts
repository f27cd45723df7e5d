import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    // Sources, not dist/, so the dev server hot-reloads changes to the shared libs.
    alias: {
      '@portal/domain': here('../../libs/domain/src/index.ts'),
      '@portal/authz': here('../../libs/authz/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': apiUrl, '/api': apiUrl },
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
  },
});
