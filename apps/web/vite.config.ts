import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
const MIN_BYTES = 1024;

/**
 * Writes `file.br` and `file.gz` beside every text asset of the build, at the highest levels (done once at build
 * time, so the server never compresses static files per request); the API serves them by Accept-Encoding.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'portal-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < MIN_BYTES) continue;
        const brotli = brotliCompressSync(data, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
        });
        writeFileSync(`${file}.br`, brotli);
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* walk(file);
    else yield file;
  }
}

export default defineConfig({
  root: here('.'),
  plugins: [react(), precompress()],
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
