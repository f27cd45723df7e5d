import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

// The repository's eslint.config.js decides which rule options apply to a file; the import is then linted with
// exactly those options, so these cases fail if the config stops guarding a feature.
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const project = new ESLint({ cwd: repo });

async function importMessages(file: string, specifier: string): Promise<string[]> {
  const config = (await project.calculateConfigForFile(`${repo}apps/web/src/${file}`)) as {
    rules: Record<string, unknown>;
  };
  const linter = new ESLint({
    cwd: repo,
    overrideConfigFile: true,
    overrideConfig: { rules: { 'no-restricted-imports': config.rules['no-restricted-imports'] as never } },
  });
  const [result] = await linter.lintText(`import { x } from '${specifier}';\nexport { x };\n`);
  return result.messages.map((message) => message.message);
}

const crossFeature = /Features do not import each other/;

describe('import boundaries between web features', () => {
  it('refuses a feature reaching into another feature', async () => {
    expect(await importMessages('features/materials/routes/x.tsx', '../../contacts/components/pagination')).toEqual([
      expect.stringMatching(crossFeature),
    ]);
    expect(await importMessages('features/material-editor/components/x.tsx', '../../contact-form/form-errors')).toEqual(
      [expect.stringMatching(crossFeature)],
    );
    expect(await importMessages('features/contacts/x.ts', '../users/use-users')).toEqual([
      expect.stringMatching(crossFeature),
    ]);
    expect(await importMessages('features/audit/routes/x.tsx', '../../../features/contacts/use-contact')).toEqual([
      expect.stringMatching(crossFeature),
    ]);
  });

  it('allows the feature itself, app/ and the exceptions listed in the config', async () => {
    expect(await importMessages('features/materials/routes/x.tsx', '../components/material-card')).toEqual([]);
    expect(await importMessages('features/materials/routes/x.tsx', '../../../app/components/pagination')).toEqual([]);
    expect(await importMessages('features/material-editor/components/x.tsx', '../../materials/material-doc')).toEqual(
      [],
    );
    expect(await importMessages('features/contact-form/x.ts', '../contacts/contacts.keys')).toEqual([]);
  });

  it('guards every feature folder and still keeps server code out', async () => {
    const features = readdirSync(new URL('../features', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    for (const feature of features) {
      // No feature may import account or audit.
      const stranger = feature === 'account' ? 'audit' : 'account';
      expect(await importMessages(`features/${feature}/x.ts`, `../${stranger}/x`)).toEqual([
        expect.stringMatching(crossFeature),
      ]);
      expect(await importMessages(`features/${feature}/x.ts`, '@nestjs/common')).toEqual([
        expect.stringMatching(/The web app must not import server code/),
      ]);
    }
  });
});
