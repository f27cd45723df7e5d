import type { ContactCategory, ContactKind, Language, OrganizationType, Region, Role } from '@portal/domain';

/** Demo content drawn from the strategy's themes. Organizations are typical of the field; every person is invented. */
export const DEMO_PASSWORD = 'portal-demo';

export interface DemoOrganization {
  key: string;
  name: string;
  shortName?: string;
  type: OrganizationType;
  website?: string;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'mtsom',
    name: 'Министерство труда, социального обеспечения и миграции КР',
    shortName: 'МТСОМ',
    type: 'ministry',
  },
  { key: 'mvd', name: 'Министерство внутренних дел КР', shortName: 'МВД', type: 'ministry' },
  { key: 'mid', name: 'Министерство иностранных дел КР', shortName: 'МИД', type: 'ministry' },
  { key: 'border', name: 'Пограничная служба КР', shortName: 'ПС', type: 'government_agency' },
  { key: 'youth', name: 'Агентство по делам молодёжи', type: 'government_agency' },
  { key: 'iom', name: 'Международная организация по миграции', shortName: 'МОМ', type: 'international' },
  { key: 'osce', name: 'Программный офис ОБСЕ в Бишкеке', shortName: 'ОБСЕ', type: 'international' },
  { key: 'akjol', name: 'ОО «Ак-Жол Көмөк»', type: 'cso', website: 'https://akjol-komok.example.org' },
  { key: 'safe', name: 'ОФ «Безопасная миграция»', type: 'cso' },
  { key: 'tamyr', name: 'Кризисный центр «Тамыр»', type: 'cso' },
  { key: 'recruit', name: 'Ассоциация частных агентств занятости', shortName: 'АЧАЗ', type: 'private_sector' },
  { key: 'media', name: 'Информационное агентство «Ордо Пресс»', type: 'media' },
  { key: 'clergy', name: 'Совет религиозных общин Ошской области', type: 'religious' },
];

export interface DemoContact {
  kind: ContactKind;
  name: string;
  position?: string;
  org?: string;
  region?: Region;
  category?: ContactCategory;
  phones: string[];
  emails?: string[];
  languages: Language[];
  hours?: string;
}

const person = (
  name: string,
  position: string,
  org: string,
  region: Region,
  category: ContactCategory,
  phone: string,
  email: string,
  languages: Language[] = ['ru', 'ky'],
): DemoContact => ({
  kind: 'person',
  name,
  position,
  org,
  region,
  category,
  phones: [phone],
  emails: [email],
  languages,
});

export const DEMO_CONTACTS: DemoContact[] = [
  person(
    'Жылдыз Бекмуратова',
    'Пресс-секретарь министерства',
    'mtsom',
    'bishkek',
    'press',
    '+996 312 62 11 01',
    'press@mtsom.example.kg',
  ),
  person(
    'Таалай Орозбаев',
    'Заведующий отделом миграционной политики',
    'mtsom',
    'bishkek',
    'ministry_national',
    '+996 312 62 11 15',
    't.orozbaev@mtsom.example.kg',
  ),
  person(
    'Гульмира Асанова',
    'Главный специалист по противодействию торговле людьми',
    'mtsom',
    'bishkek',
    'ministry_national',
    '+996 555 41 22 10',
    'g.asanova@mtsom.example.kg',
    ['ru', 'ky', 'en'],
  ),
  person(
    'Урмат Касымалиев',
    'Региональный специалист',
    'mtsom',
    'osh',
    'ministry_regional',
    '+996 3222 5 40 11',
    'osh@mtsom.example.kg',
  ),
  person(
    'Нуриза Маматова',
    'Региональный специалист',
    'mtsom',
    'jalal_abad',
    'ministry_regional',
    '+996 3722 5 12 30',
    'jalalabad@mtsom.example.kg',
  ),
  person(
    'Бактыгул Токтосунова',
    'Региональный специалист',
    'mtsom',
    'batken',
    'ministry_regional',
    '+996 3622 5 03 44',
    'batken@mtsom.example.kg',
  ),
  person(
    'Эльмира Шаршеева',
    'Региональный специалист',
    'mtsom',
    'naryn',
    'ministry_regional',
    '+996 3522 5 21 07',
    'naryn@mtsom.example.kg',
  ),
  person(
    'Канат Жээнбеков',
    'Региональный специалист',
    'mtsom',
    'issyk_kul',
    'ministry_regional',
    '+996 3922 5 18 62',
    'karakol@mtsom.example.kg',
  ),
  person(
    'Айбек Сатыбалдиев',
    'Региональный специалист',
    'mtsom',
    'talas',
    'ministry_regional',
    '+996 3422 5 27 90',
    'talas@mtsom.example.kg',
  ),
  person(
    'Чолпон Ибраимова',
    'Региональный специалист',
    'mtsom',
    'chui',
    'ministry_regional',
    '+996 3132 2 14 55',
    'chui@mtsom.example.kg',
  ),
  person(
    'Мирлан Абылкасымов',
    'Региональный специалист',
    'mtsom',
    'osh_city',
    'ministry_regional',
    '+996 3222 2 77 01',
    'oshcity@mtsom.example.kg',
  ),
  person(
    'Руслан Дооронбеков',
    'Пресс-секретарь',
    'mvd',
    'bishkek',
    'press',
    '+996 312 26 60 40',
    'press@mvd.example.kg',
  ),
  person(
    'Азамат Мурзабеков',
    'Начальник отдела по борьбе с торговлей людьми',
    'mvd',
    'bishkek',
    'government_agency',
    '+996 312 26 61 12',
    'a.murzabekov@mvd.example.kg',
  ),
  person(
    'Самара Жолдошева',
    'Консульская служба, защита граждан за рубежом',
    'mid',
    'bishkek',
    'government_agency',
    '+996 312 62 05 45',
    'consular@mid.example.kg',
    ['ru', 'ky', 'en'],
  ),
  person('Эрнис Калыков', 'Пресс-служба', 'border', 'bishkek', 'press', '+996 312 54 33 20', 'press@border.example.kg'),
  person(
    'Динара Алымкулова',
    'Специалист по молодёжным программам',
    'youth',
    'bishkek',
    'government_agency',
    '+996 700 12 45 78',
    'd.alymkulova@youth.example.kg',
  ),
  person(
    'Анна Коваленко',
    'Координатор программ по противодействию торговле людьми',
    'iom',
    'bishkek',
    'cso_leader',
    '+996 555 90 11 23',
    'akovalenko@iom.example.org',
    ['ru', 'en'],
  ),
  person(
    'Бермет Усенова',
    'Специалист по коммуникациям',
    'iom',
    'bishkek',
    'press',
    '+996 555 90 11 40',
    'busenova@iom.example.org',
    ['ru', 'ky', 'en'],
  ),
  person(
    'Томас Рихтер',
    'Советник по вопросам миграции',
    'osce',
    'bishkek',
    'cso_leader',
    '+996 312 61 24 11',
    't.richter@osce.example.org',
    ['en', 'ru'],
  ),
  person(
    'Нургуль Сыдыкова',
    'Председатель',
    'akjol',
    'bishkek',
    'cso_leader',
    '+996 770 33 21 09',
    'info@akjol-komok.example.org',
  ),
  person(
    'Айжан Турсунбаева',
    'Специалист по связям с общественностью',
    'akjol',
    'bishkek',
    'press',
    '+996 770 33 21 10',
    'press@akjol-komok.example.org',
  ),
  person(
    'Медер Садыков',
    'Директор',
    'safe',
    'osh',
    'cso_leader',
    '+996 778 45 67 12',
    'director@safe-migration.example.org',
  ),
  person(
    'Зарина Эргешова',
    'Координатор проектов в Баткенской области',
    'safe',
    'batken',
    'cso_leader',
    '+996 779 12 34 56',
    'batken@safe-migration.example.org',
    ['ky', 'ru'],
  ),
  person(
    'Гулнара Абдыраимова',
    'Руководитель кризисного центра',
    'tamyr',
    'jalal_abad',
    'cso_leader',
    '+996 772 98 76 54',
    'tamyr.center@example.org',
  ),
  person(
    'Кубанычбек Эсенгулов',
    'Исполнительный директор',
    'recruit',
    'bishkek',
    'private_sector_leader',
    '+996 555 77 88 99',
    'office@achaz.example.kg',
  ),
  person(
    'Элеонора Ким',
    'Главный редактор',
    'media',
    'bishkek',
    'press',
    '+996 705 11 22 33',
    'editor@ordopress.example.kg',
    ['ru'],
  ),
  person(
    'Абдыкерим Мамытов',
    'Председатель совета',
    'clergy',
    'osh',
    'cso_leader',
    '+996 773 55 44 33',
    'council.osh@example.kg',
    ['ky', 'ru'],
  ),
  {
    kind: 'hotline',
    name: 'Горячая линия по безопасной миграции и противодействию торговле людьми',
    org: 'iom',
    phones: ['189'],
    languages: ['ru', 'ky', 'en'],
    hours: 'круглосуточно, бесплатно со всех операторов',
  },
  {
    kind: 'hotline',
    name: 'Телефон доверия для детей',
    phones: ['111'],
    languages: ['ru', 'ky'],
    hours: 'круглосуточно',
  },
  {
    kind: 'hotline',
    name: 'Горячая линия кризисного центра «Тамыр»',
    org: 'tamyr',
    region: 'jalal_abad',
    phones: ['+996 772 00 11 89'],
    languages: ['ky', 'ru'],
    hours: 'пн–пт 9:00–18:00',
  },
  {
    kind: 'hotline',
    name: 'Консультации для мигрантов — приёмная МТСОМ в Оше',
    org: 'mtsom',
    region: 'osh_city',
    phones: ['+996 3222 5 55 89'],
    languages: ['ky', 'ru'],
    hours: 'пн–пт 9:00–17:00',
  },
];

/**
 * Authenticator secrets of the demo admin and approver (their roles need a second factor). Public, like the demo
 * password: add them to an authenticator app by hand to sign in to a demo portal. Demo mode only.
 */
export const DEMO_TOTP_SECRETS: Record<string, string> = {
  'admin@portal.test': 'PORTALDEMOADMINSECRETKEY234567AB',
  'approver@portal.test': 'PORTALDEMOAPPROVERSECRETKEY23456',
};

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  org: string;
  language: Language;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@portal.test', displayName: 'Асель Турдубаева', roles: ['admin'], org: 'mtsom', language: 'ru' },
  {
    email: 'approver@portal.test',
    displayName: 'Бакыт Жумабеков',
    roles: ['approver', 'member'],
    org: 'mtsom',
    language: 'ru',
  },
  { email: 'editor@portal.test', displayName: 'Нургуль Сыдыкова', roles: ['editor'], org: 'akjol', language: 'ky' },
  { email: 'member@portal.test', displayName: 'Эрмек Абдыкадыров', roles: ['member'], org: 'iom', language: 'ru' },
  { email: 'reader@portal.test', displayName: 'Айпери Осмонова', roles: ['reader'], org: 'mtsom', language: 'ky' },
];
