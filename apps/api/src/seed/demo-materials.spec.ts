import { KY_WRONG_WORDS, SAME_IDEA } from '@portal/domain';
import { DEMO_MATERIALS, demoDoc, type DemoMaterial, type DemoRevision } from './demo-materials.js';

/** A revision's texts in reading order: title, intro, then each point, paragraph, question and answer. */
function items({ title, body }: DemoRevision): string[] {
  if ('points' in body) return [title, ...(body.intro ? [body.intro] : []), ...body.points];
  if ('qa' in body) return [title, ...body.qa.flat()];
  return [title, ...body.paragraphs];
}

const kyrgyz = DEMO_MATERIALS.filter((m) => m.language === 'ky');
const translations = kyrgyz
  .filter((m): m is DemoMaterial & Required<Pick<DemoMaterial, 'translationOf'>> => !!m.translationOf)
  .map((m) => {
    const source = DEMO_MATERIALS.find((s) => s.key === m.translationOf.key)!;
    return { key: m.key, ky: m.revisions.at(-1)!, ru: source.revisions[m.translationOf.revision - 1] };
  });

/** Ideas of the demo texts that a translation must keep (beside the glossary's own terms). */
const KEPT: [RegExp, RegExp][] = [
  [/кыргызск/iu, /кыргыз/iu],
  [/русск/iu, /орус/iu],
  [/домой/iu, /үй/iu],
  [/подозрева/iu, /шектен/iu],
  [/торговл\p{L}*\s+людьми/iu, /адам\s+сатуу/iu],
  [/бесплатн/iu, /акысыз/iu],
  [/мобильн/iu, /мобилдик/iu],
  [/стационарн/iu, /стационардык/iu],
  [/работодател/iu, /иш\s+берүүчү/iu],
  [/посредник/iu, /ортомчу/iu],
  [/реестр/iu, /реестр/iu],
  [/паспорт/iu, /паспорт/iu],
];

describe('Kyrgyz demo texts', () => {
  it('use no word the glossary rules out', () => {
    const problems = kyrgyz.flatMap((m) =>
      m.revisions
        .flatMap(items)
        .flatMap((text) =>
          KY_WRONG_WORDS.filter((r) => r.wrong.test(text)).map((r) => `${m.key}: ${text} → use ${r.use}`),
        ),
    );
    expect(problems).toEqual([]);
  });

  it('say what their approved Russian source says, item by item', () => {
    expect(translations.length).toBeGreaterThan(0);
    const ideas = [
      ...SAME_IDEA.map(({ idea, ru, ky }) => [ru, ky, idea] as const),
      ...KEPT.map(([ru, ky]) => [ru, ky, ky.source] as const),
    ];
    const problems = translations.flatMap(({ key, ky, ru }) => {
      const [kyItems, ruItems] = [items(ky), items(ru)];
      if (ru.state !== 'approved') return [`${key}: translated from a revision that is not approved`];
      if (kyItems.length !== ruItems.length) return [`${key}: ${kyItems.length} items for ${ruItems.length}`];
      return ruItems.flatMap((source, i) => {
        const text = kyItems[i];
        const numbers = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
        const lost = ideas.filter(([r, k]) => r.test(source) && !k.test(text)).map(([, , idea]) => idea);
        if (numbers(text) !== numbers(source)) lost.push(`the numbers ${numbers(source)}`);
        return lost.length ? [`${key} item ${i + 1} loses ${lost.join(', ')}: «${text}» for «${source}»`] : [];
      });
    });
    expect(problems).toEqual([]);
  });

  it('call the national hotline 189 «ысык линия», so a search for the glossary term finds them', () => {
    const about189 = kyrgyz
      .flatMap((m) => m.revisions.map((r) => `${r.title}\n${demoDoc(r.body).text}`))
      .filter((t) => t.includes('189'));
    expect(about189.length).toBeGreaterThanOrEqual(2);
    for (const text of about189) expect(text).toMatch(/ысык\s+лини/iu);
  });
});
