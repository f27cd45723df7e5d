import type { Audience, CampaignItemStatus } from '@portal/domain';

/** Demo national campaigns on the strategy's §IV themes; every person named is invented. */
export interface DemoPlanItem {
  /** Index into the standard plan (§IV items 1–11), or a title of its own. */
  item: number | string;
  /** Demo organization name, demo account e-mail, or both. */
  organization?: string;
  owner?: string;
  /** Days from today (negative: in the past). */
  dueInDays?: number;
  status?: CampaignItemStatus;
}

export interface DemoCampaign {
  title: string;
  state: 'draft' | 'in_review' | 'agreed';
  startInDays: number;
  lengthDays: number;
  audiences: Audience[];
  goals: string;
  regionalPlan: string;
  csoActivities: string;
  plan: DemoPlanItem[];
}

const MINISTRY = 'Министерство труда, социального обеспечения и миграции КР';
const AKJOL = 'ОО «Ак-Жол Көмөк»';
const SAFE_ORG = 'ОФ «Безопасная миграция»';
const TAMYR = 'Кризисный центр «Тамыр»';
const IOM = 'Международная организация по миграции';

export const DEMO_HOTLINE = 'Продвижение Национальной горячей линии';
export const DEMO_SAFE = 'Что такое «безопасная миграция»?';

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    title: DEMO_HOTLINE,
    state: 'agreed',
    startInDays: -40,
    lengthDays: 90,
    audiences: ['at_risk', 'migrants_families', 'returnees'],
    goals:
      'Каждый, кто собирается уехать на заработки, и его семья знают номер горячей линии 189 и звонят до отъезда, ' +
      'а не после того, как случилась беда.',
    regionalPlan:
      'Региональные отделения министерства размещают номер 189 в приёмных и центрах занятости, ' +
      'проводят встречи в айыл окмоту и раз в месяц сообщают число обращений.',
    csoActivities:
      'ОГО включают номер горячей линии во все консультации и раздаточные материалы, ' +
      'проводят встречи с семьями мигрантов в Оше, Джалал-Абаде и Баткене.',
    plan: [
      { item: 0, organization: MINISTRY, owner: 'approver@portal.test', dueInDays: -38, status: 'done' },
      { item: 1, organization: MINISTRY, dueInDays: -20, status: 'done' },
      { item: 2, organization: AKJOL, owner: 'editor@portal.test', dueInDays: -10, status: 'done' },
      { item: 3, organization: SAFE_ORG, dueInDays: -3 },
      { item: 4, organization: MINISTRY, dueInDays: 14 },
      { item: 5, organization: TAMYR, dueInDays: 21 },
      { item: 6, organization: IOM, owner: 'member@portal.test', dueInDays: 7 },
      { item: 7, organization: MINISTRY, dueInDays: 30 },
      { item: 8, organization: AKJOL, dueInDays: 35 },
      { item: 9, organization: SAFE_ORG, dueInDays: 40 },
      { item: 10, organization: MINISTRY, status: 'dropped' },
    ],
  },
  {
    title: 'Продвижение информации о том, как получить доступ к услугам',
    state: 'agreed',
    startInDays: 20,
    lengthDays: 60,
    audiences: ['returnees', 'at_risk', 'cso'],
    goals:
      'Пострадавшие и их близкие знают, какую помощь можно получить бесплатно, где и как: приют, ' +
      'медицинская и юридическая помощь, восстановление документов.',
    regionalPlan:
      'Региональные отделения министерства готовят памятку о местных услугах и назначают ответственного ' +
      'за перенаправление в каждом районе.',
    csoActivities: 'ОГО проводят дни открытых дверей в кризисных центрах и консультации для социальных работников.',
    plan: [
      { item: 0, organization: MINISTRY, dueInDays: 20 },
      { item: 1, organization: MINISTRY, dueInDays: 25 },
      { item: 2, organization: TAMYR, dueInDays: 30 },
      { item: 5, organization: TAMYR, dueInDays: 45 },
      { item: 7, organization: IOM, dueInDays: 50 },
      { item: 'Памятка об услугах на кыргызском и русском языках', organization: TAMYR, dueInDays: 18 },
    ],
  },
  {
    title: DEMO_SAFE,
    state: 'agreed',
    startInDays: -10,
    lengthDays: 120,
    audiences: ['at_risk', 'migrants_families'],
    goals:
      'Молодые люди, которые ищут работу за рубежом, проверяют работодателя и посредника, ' +
      'заключают договор и знают, куда обратиться за помощью.',
    regionalPlan: 'Региональные отделения министерства проводят встречи с выпускниками колледжей и лицеев.',
    csoActivities: 'ОГО проводят тренинги «Безопасная миграция» в школах и колледжах.',
    plan: [
      { item: 0, organization: MINISTRY, dueInDays: -10, status: 'done' },
      { item: 2, organization: SAFE_ORG, owner: 'editor@portal.test', dueInDays: 5 },
      { item: 5, organization: SAFE_ORG, dueInDays: 30 },
      { item: 6, organization: IOM, dueInDays: -2 },
      { item: 9, organization: SAFE_ORG, dueInDays: 60 },
    ],
  },
  {
    title: 'Торговля людьми — национальная, а не личная проблема',
    state: 'in_review',
    startInDays: 60,
    lengthDays: 60,
    audiences: ['government', 'private_sector', 'religious'],
    goals:
      'Общество видит в торговле людьми преступление, с которым государство и общество борются вместе, ' +
      'а не вину пострадавших.',
    regionalPlan: 'Региональные отделения министерства проводят круглые столы с местными лидерами.',
    csoActivities: 'ОГО готовят истории пострадавших с их согласия и без указания имён.',
    plan: [{ item: 0 }, { item: 1 }, { item: 2 }, { item: 7 }],
  },
  {
    title: 'Встреча репатриантов',
    state: 'draft',
    startInDays: 90,
    lengthDays: 45,
    audiences: ['returnees', 'migrants_families'],
    goals: 'Вернувшиеся домой знают, где получить помощь, и их встречают без осуждения.',
    regionalPlan: 'Региональные отделения министерства встречают вернувшихся в аэропортах Бишкека и Оша.',
    csoActivities: 'ОГО проводят группы поддержки для вернувшихся и их семей.',
    plan: [{ item: 0 }, { item: 2, organization: TAMYR }, { item: 8 }],
  },
];
