import type { Audience, Channel, Language, RevisionState } from '@portal/domain';
import { DEMO_HOTLINE, DEMO_SAFE } from './demo-campaigns.js';

/** Demo materials on the strategy's campaign themes (§IV); every person named in them is invented. */
type Body = { paragraphs: string[] } | { points: string[]; intro?: string } | { qa: [string, string][] };

export interface DemoRevision {
  title: string;
  body: Body;
  /** The state it ends in; `approved` and `agreed` are recorded as transitions by the demo approver. */
  state: RevisionState;
}

export interface DemoMaterial {
  key: string;
  kind: string;
  language: Language;
  campaign?: string;
  audiences: Audience[];
  channels: Channel[];
  embargoDays?: number;
  validUntil?: string;
  translationOf?: { key: string; revision: number };
  coverage?: { outlet: string; date: string; url: string };
  revisions: DemoRevision[];
}

const SAFE = DEMO_SAFE;
const HOTLINE = DEMO_HOTLINE;

export const DEMO_MATERIALS: DemoMaterial[] = [
  {
    key: 'safe-points',
    kind: 'talking_points',
    language: 'ru',
    campaign: SAFE,
    audiences: ['migrants_families', 'at_risk'],
    channels: ['events', 'press'],
    revisions: [
      {
        title: 'Безопасная миграция: тезисы для выступлений',
        state: 'approved',
        body: {
          intro: 'Тезисы согласованы рабочей группой и утверждены министерством для использования всеми участниками.',
          points: [
            'Трудовая миграция — законное право граждан; государство и организации гражданского общества помогают уезжать и работать безопасно.',
            'Перед отъездом проверьте работодателя и посредника: лицензированные частные агентства занятости внесены в реестр министерства.',
            'Никогда не отдавайте свой паспорт работодателю или посреднику — это признак торговли людьми.',
            'Сохраните номер Национальной горячей линии 189: звонок бесплатный, консультации на кыргызском и русском языках.',
            'Пострадавшие от торговли людьми — не преступники: им положены защита, помощь и возвращение домой.',
          ],
        },
      },
    ],
  },
  {
    key: 'safe-points-ky',
    kind: 'talking_points',
    language: 'ky',
    campaign: SAFE,
    audiences: ['migrants_families', 'at_risk'],
    channels: ['events'],
    translationOf: { key: 'safe-points', revision: 1 },
    revisions: [
      {
        title: 'Коопсуз миграция: сөз сүйлөө үчүн тезистер',
        state: 'approved',
        body: {
          intro:
            'Тезистерди жумушчу топ макулдашкан жана министрлик бекиткен; аларды бардык катышуучулар колдоно алат.',
          points: [
            'Эмгек миграциясы — жарандардын мыйзамдуу укугу; мамлекет жана жарандык коом уюмдары коопсуз кетүүгө жана иштөөгө жардам берет.',
            'Кетээрден мурун иш берүүчүнү жана ортомчуну текшериңиз: лицензиясы бар жеке жумуш агенттиктери министрликтин реестрине киргизилген.',
            'Паспортуңузду иш берүүчүгө же ортомчуга эч качан бербеңиз — бул адам сатуунун белгиси.',
            'Улуттук ысык линиянын 189 номерин сактаңыз: чалуу акысыз, консультациялар кыргыз жана орус тилдеринде берилет.',
            'Адам сатуудан жабыркагандар кылмышкер эмес: алар коргоого, жардамга жана үйүнө кайтууга укуктуу.',
          ],
        },
      },
    ],
  },
  {
    key: 'hotline-qa',
    kind: 'qa',
    language: 'ru',
    campaign: HOTLINE,
    audiences: ['migrants_families', 'returnees', 'at_risk'],
    channels: ['social_media', 'messengers'],
    revisions: [
      {
        title: 'Национальная горячая линия 189: вопросы и ответы',
        state: 'approved',
        body: {
          qa: [
            [
              'Кто может позвонить на горячую линию?',
              'Любой человек: мигранты, их родственники, работодатели и все, кто подозревает торговлю людьми.',
            ],
            ['Сколько стоит звонок?', 'Звонок бесплатный со всех мобильных и стационарных телефонов Кыргызстана.'],
          ],
        },
      },
      {
        title: 'Национальная горячая линия 189: вопросы и ответы',
        state: 'approved',
        body: {
          qa: [
            [
              'Кто может позвонить на горячую линию?',
              'Любой человек: мигранты, их родственники, работодатели и все, кто подозревает торговлю людьми.',
            ],
            ['Сколько стоит звонок?', 'Звонок бесплатный со всех мобильных и стационарных телефонов Кыргызстана.'],
            ['Можно ли обратиться анонимно?', 'Да. Консультант не спрашивает имени, если вы не хотите его называть.'],
          ],
        },
      },
    ],
  },
  {
    key: 'hotline-qa-ky',
    kind: 'qa',
    language: 'ky',
    campaign: HOTLINE,
    audiences: ['migrants_families', 'returnees'],
    channels: ['messengers'],
    translationOf: { key: 'hotline-qa', revision: 1 },
    revisions: [
      {
        title: 'Улуттук ысык линия 189: суроолор жана жооптор',
        state: 'approved',
        body: {
          qa: [
            [
              'Ысык линияга ким чала алат?',
              'Каалаган адам: мигранттар, алардын туугандары, иш берүүчүлөр жана адам сатуу болуп жатат деп шектенген ар бир киши.',
            ],
            ['Чалуу канча турат?', 'Кыргызстандын бардык мобилдик жана стационардык телефондорунан чалуу акысыз.'],
          ],
        },
      },
    ],
  },
  {
    key: 'campaign-release',
    kind: 'press_release',
    language: 'ru',
    campaign: HOTLINE,
    audiences: ['government', 'cso'],
    channels: ['press', 'tv_radio'],
    embargoDays: 10,
    revisions: [
      {
        title: 'МТСОМ начинает национальную кампанию в поддержку горячей линии 189',
        state: 'approved',
        body: {
          paragraphs: [
            'Бишкек — Министерство труда, социального обеспечения и миграции совместно с организациями гражданского общества начинает национальную кампанию по продвижению горячей линии 189.',
            'Кампания пройдёт во всех областях: региональные отделения министерства проведут встречи с молодёжью и семьями мигрантов, а партнёрские организации — тренинги для журналистов.',
            '«Каждый звонок может спасти чью-то жизнь», — отметила пресс-секретарь министерства Жылдыз Бекмуратова.',
          ],
        },
      },
    ],
  },
  {
    key: 'national-statement',
    kind: 'statement',
    language: 'ru',
    campaign: 'Торговля людьми — национальная, а не личная проблема',
    audiences: ['government', 'religious', 'private_sector'],
    channels: ['website'],
    revisions: [
      {
        title: 'Заявление рабочей группы: торговля людьми — национальная проблема',
        state: 'agreed',
        body: {
          paragraphs: [
            'Рабочая группа по информированию о противодействии торговле людьми призывает не обвинять пострадавших.',
            'Борьба с торговлей людьми — политическое и социальное обязательство государства, бизнеса, религиозных общин и каждого гражданина.',
          ],
        },
      },
    ],
  },
  {
    key: 'success-story',
    kind: 'success_story',
    language: 'ru',
    audiences: ['returnees', 'at_risk'],
    channels: ['social_media'],
    revisions: [
      {
        title: 'Возвращение домой: история Айгуль',
        state: 'in_review',
        body: {
          paragraphs: [
            'Айгуль (имя изменено) уехала на заработки по объявлению в социальной сети. На месте у неё забрали паспорт.',
            'Она позвонила на горячую линию 189; консультант связал её с консульством, и через три недели она вернулась домой, где ей помог кризисный центр.',
          ],
        },
      },
    ],
  },
  {
    key: 'brochure',
    kind: 'brochure',
    language: 'ru',
    campaign: 'Продвижение информации о том, как получить доступ к услугам',
    audiences: ['migrants_families', 'returnees'],
    channels: ['print'],
    validUntil: '2027-12-31',
    revisions: [
      {
        title: 'Куда обращаться за помощью: текст брошюры',
        state: 'draft',
        body: {
          paragraphs: [
            'Если вы или ваши близкие попали в трудную ситуацию за рубежом, позвоните на горячую линию 189.',
            'Региональные отделения министерства работают во всех областных центрах с понедельника по пятницу.',
          ],
        },
      },
    ],
  },
  {
    key: 'coverage',
    kind: 'media_coverage',
    language: 'ru',
    campaign: HOTLINE,
    audiences: ['migrants_families'],
    channels: ['press', 'website'],
    coverage: {
      outlet: 'Информационное агентство «Ордо Пресс»',
      date: '2026-10-14',
      url: 'https://ordopress.example.kg/189',
    },
    revisions: [
      {
        title: '«Ордо Пресс»: как работает горячая линия 189',
        state: 'approved',
        body: {
          paragraphs: [
            'Агентство рассказало о работе консультантов горячей линии и привело советы для тех, кто собирается на заработки.',
          ],
        },
      },
    ],
  },
];

/** The editor document for a demo body. */
export function demoDoc(body: Body): { doc: object; text: string } {
  const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  if ('points' in body) {
    const items = body.points.map((text) => ({ type: 'listItem', content: [p(text)] }));
    return {
      doc: { type: 'doc', content: [...(body.intro ? [p(body.intro)] : []), { type: 'orderedList', content: items }] },
      text: [body.intro, ...body.points].filter(Boolean).join('\n'),
    };
  }
  if ('qa' in body) {
    const content = body.qa.flatMap(([q, a]) => [
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: q }] },
      p(a),
    ]);
    return { doc: { type: 'doc', content }, text: body.qa.flat().join('\n') };
  }
  return { doc: { type: 'doc', content: body.paragraphs.map(p) }, text: body.paragraphs.join('\n') };
}
