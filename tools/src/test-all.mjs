// `npm test`: the whole suite on a fresh machine — build (which regenerates schema.gql and the typed client),
// staleness of generated files (CI), lint and format, then every project's Jest tests and the browser tests.
// Ends with one "N passed, N failed" line summed over every Jest run.
import { spawn } from 'node:child_process';
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
  [
    'type-check (tests included)',
    'sh',
    [
      '-c',
      ['libs/domain', 'libs/authz', 'apps/api', 'apps/web', 'apps/web-e2e']
        .map((project) => `npx tsc -p ${project}/tsconfig.json --noEmit`)
        .join(' && '),
    ],
  ],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['unit and integration tests', 'npx', ['nx', 'run-many', '-t', 'test', '--parallel=1', '--outputStyle=stream']],
  ['browser tests', 'npx', ['nx', 'run', '@portal/web-e2e:e2e', '--outputStyle=stream']],
];

const totals = { passed: 0, failed: 0 };
// Jest's summary line, e.g. "Tests:       1 failed, 2 skipped, 40 passed, 43 total".
const SUMMARY = /Tests:\s+(?:(\d+) failed, )?(?:\d+ skipped, )?(?:\d+ todo, )?(\d+) passed, \d+ total/g;
const ESC = String.fromCharCode(27);
const stripAnsi = (text) => text.replaceAll(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '');

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['inherit', 'pipe', 'pipe'] });
    const scan = (chunk, out) => {
      out.write(chunk);
      for (const match of stripAnsi(chunk.toString()).matchAll(SUMMARY)) {
        totals.failed += Number(match[1] ?? 0);
        totals.passed += Number(match[2]);
      }
    };
    child.stdout.on('data', (chunk) => scan(chunk, process.stdout));
    child.stderr.on('data', (chunk) => scan(chunk, process.stderr));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const status = await run(command, args);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status})`);
    console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(status);
  }
}
console.log(`\n✔ all checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
