// `npm test`: the whole suite on a fresh machine — build (which regenerates schema.gql and the typed client),
// staleness of generated files (CI), lint and format, then every project's Jest tests and the browser tests.
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.mjs';

const env = {
  ...process.env,
  NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning',
  NX_DAEMON: 'false',
};
const steps = [
  ['build', 'npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=stream']],
  ...(process.env.CI
    ? [
        [
          'generated files are committed',
          'git',
          ['diff', '--exit-code', '--stat', '--', 'apps/api/schema.gql', 'apps/web/src/gql'],
        ],
      ]
    : []),
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['unit and integration tests', 'npx', ['nx', 'run-many', '-t', 'test', '--parallel=1', '--outputStyle=stream']],
  ['browser tests', 'npx', ['nx', 'run', '@portal/web-e2e:e2e', '--outputStyle=stream']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}
console.log(`\n✔ all checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
