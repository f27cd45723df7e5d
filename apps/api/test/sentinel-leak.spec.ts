import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import JSZip from 'jszip';
import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import { createEvent } from './support/calendar-factory.js';
import { agreeCampaign, createCampaign, UPDATE_CAMPAIGN } from './support/campaign-factory.js';
import { createContact } from './support/contact-factory.js';
import { NotificationDigestService } from '../src/modules/notifications/notification-digest.service.js';
import { CREATE_MATERIAL, doc, MATERIAL, SAVE_MATERIAL, TRANSITION } from './support/material-factory.js';
import { createDocumentAs, docxWith, pdfWithPages } from './support/document-files.js';
import { tempDataDir } from './support/file-helpers.js';
import { eventually } from './support/jobs-helpers.js';
import { TestApp } from './support/test-app.js';

/**
 * The sentinel: one made-up word written into everything a reader must never see — a draft, a text under review,
 * an embargoed approved text, a withdrawn draft, a new draft and a sent-back review on top of published texts (with
 * the reviewer's comment), a discussion comment, a translation draft, a contact's internal notes and an internal
 * contact; a draft campaign plan, one under review and a new draft on an agreed plan (whose item cites a draft
 * material as evidence), with a published material filed under the draft campaign. Then every query, mutation and REST route a reader can reach is called as a reader, in every view and
 * filter, and the word must appear in no response body (DOCX unzipped, PDF text extracted).
 *
 * Add every new content type to the fixtures and every new operation to the lists below: an operation of the
 * schema or a REST route missing from them fails this test.
 */
const WORD = 'шмыгозавр';
const SENTINEL = new RegExp(WORD.slice(0, 7), 'i');

let t: TestApp;
let kindId: string;
let editor: { user: { id: string }; cookie: string };
let approver: { cookie: string };
let member: { cookie: string };
let reader: { user: { id: string; email: string }; cookie: string };
let organizationId: string;
const ids: Record<string, string> = {};
const campaignIds: Record<string, string> = {};
const contactIds: string[] = [];
const eventIds: string[] = [];
let readerFeedPath = '';
/** Documents: two a reader may not open (the word in title and file text), one they may (so calls are not empty). */
const documentIds: Record<string, string> = {};
let data: Awaited<ReturnType<typeof tempDataDir>>;

async function gqlOk(query: string, variables: Record<string, unknown>, cookie: string) {
  const result = await t.gql(query, variables, cookie);
  if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

async function create(title: string, text: string, extra: Record<string, unknown> = {}) {
  const data = await gqlOk(
    CREATE_MATERIAL,
    { input: { kindId, language: 'ru', title, body: doc(text), ...extra } },
    editor.cookie,
  );
  return data.createMaterial.id as string;
}

async function step(id: string, transition: string, cookie: string, comment?: string) {
  const version = (await gqlOk(MATERIAL, { id }, cookie)).material.working.version;
  await gqlOk(TRANSITION, { id, input: { transition, comment, revisionVersion: version } }, cookie);
}

async function publish(id: string) {
  await step(id, 'submit', editor.cookie);
  await step(id, 'approve', approver.cookie);
}

async function rewrite(id: string, title: string, text: string) {
  const { working } = (await gqlOk(MATERIAL, { id }, editor.cookie)).material;
  await gqlOk(
    SAVE_MATERIAL,
    { id, input: { title, body: doc(text), revisionNumber: working.number, revisionVersion: working.version } },
    editor.cookie,
  );
}

const secret = (what: string) => `${what} ${WORD}`;
const secretText = (what: string) => `Внутренний текст (${what}): ${WORD} и ещё немного слов про ${WORD}.`;

beforeAll(async () => {
  data = await tempDataDir();
  t = await TestApp.start({ DATA_DIR: data.dir });
  kindId = (await t.dataSource.getRepository(MaterialKindEntity).findOneByOrFail({ code: 'press_release' })).id;
  editor = await t.signInAs(['editor']);
  approver = await t.signInAs(['approver', 'member']);
  member = await t.signInAs(['member']);
  reader = await t.signInAs(['reader']);
  organizationId = (await t.createOrganization()).id;

  ids.draft = await create(secret('Черновик'), secretText('черновик'));
  ids.inReview = await create(secret('На согласовании'), secretText('на согласовании'));
  await step(ids.inReview, 'submit', editor.cookie);
  ids.embargoed = await create(secret('Под эмбарго'), secretText('эмбарго'), {
    embargoUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  });
  await publish(ids.embargoed);
  ids.withdrawnDraft = await create(secret('Отозванный черновик'), secretText('отозванный'));
  await gqlOk(
    'mutation($id: ID!) { withdrawMaterial(id: $id, input: { reason: "Не нужен" }) { id } }',
    { id: ids.withdrawnDraft },
    editor.cookie,
  );
  // Published texts readers do see, each with work in progress on top.
  ids.draftOnPublished = await create('Опубликованный пресс-релиз', 'Опубликованный текст пресс-релиза.');
  await publish(ids.draftOnPublished);
  await rewrite(ids.draftOnPublished, secret('Новая редакция'), secretText('новая редакция'));
  ids.sentBack = await create('Ещё один пресс-релиз', 'Текст, который читатели видят.');
  await publish(ids.sentBack);
  await rewrite(ids.sentBack, secret('Редакция на доработке'), secretText('на доработке'));
  await step(ids.sentBack, 'submit', editor.cookie);
  await step(ids.sentBack, 'request_changes', approver.cookie, secret('Замечание согласующего:'));
  ids.reviewOnPublished = await create('Третий пресс-релиз', 'Третий опубликованный текст.');
  await publish(ids.reviewOnPublished);
  await rewrite(ids.reviewOnPublished, secret('Редакция на согласовании'), secretText('редакция на согласовании'));
  await step(ids.reviewOnPublished, 'submit', editor.cookie);
  await gqlOk(
    'mutation($id: ID!, $body: String!) { addMaterialComment(materialId: $id, input: { body: $body }) { id } }',
    { id: ids.draftOnPublished, body: secret('Комментарий участника:') },
    member.cookie,
  );
  ids.translationDraft = (
    await gqlOk(
      'mutation($id: ID!, $i: CreateTranslationInput!) { createTranslation(sourceId: $id, input: $i) { id } }',
      { id: ids.reviewOnPublished, i: { language: 'ky', title: secret('Котормо'), body: doc(secretText('котормо')) } },
      editor.cookie,
    )
  ).createTranslation.id;

  const secondEditor = await t.signInAs(['editor']);
  const campaign = (what: string) => ({
    title: secret(what),
    goals: secretText(`цели: ${what}`),
    regionalPlan: secretText('региональный план'),
    csoActivities: secretText('ОГО'),
  });
  campaignIds.draft = (await createCampaign(t, editor.cookie, campaign('Кампания-черновик'))).id;
  await gqlOk(
    'mutation($id: ID!, $i: PlanItemInput!) { addCampaignPlanItem(campaignId: $id, input: $i) { id } }',
    { id: campaignIds.draft, i: { title: secret('Пункт плана') } },
    editor.cookie,
  );
  const inReview = await createCampaign(t, editor.cookie, campaign('Кампания на согласовании'));
  campaignIds.inReview = inReview.id;
  await gqlOk(
    'mutation($id: ID!, $i: TransitionCampaignInput!) { transitionCampaign(id: $id, input: $i) { id } }',
    { id: inReview.id, i: { transition: 'submit', revisionVersion: inReview.revisionVersion } },
    editor.cookie,
  );
  const agreed = await createCampaign(t, editor.cookie, { title: 'Согласованная кампания' });
  campaignIds.draftOnAgreed = agreed.id;
  await gqlOk(
    'mutation($id: ID!, $i: PlanItemInput!) { addCampaignPlanItem(campaignId: $id, input: $i) { id } }',
    { id: agreed.id, i: { title: 'Пресс-релиз', evidenceMaterialId: ids.draft } },
    editor.cookie,
  );
  const afterAgreement = await agreeCampaign(t, agreed.id, editor.cookie, secondEditor.cookie);
  await gqlOk(
    UPDATE_CAMPAIGN,
    {
      id: agreed.id,
      input: {
        ...campaign('Новая редакция кампании'),
        version: afterAgreement.version,
        revisionVersion: afterAgreement.revisionVersion,
      },
    },
    editor.cookie,
  );
  const filed = (await gqlOk('query($id: ID!) { material(id: $id) { version } }', { id: ids.sentBack }, editor.cookie))
    .material.version;
  await gqlOk(
    'mutation($id: ID!, $i: MaterialDetailsInput!) { updateMaterialDetails(id: $id, input: $i) { id } }',
    { id: ids.sentBack, i: { campaignId: campaignIds.draft, version: filed } },
    editor.cookie,
  );

  contactIds.push((await createContact(t, { category: 'press', organizationId })).id);
  await t.dataSource.query(`UPDATE contact SET notes = $1 WHERE id = $2`, [
    secret('Внутренняя заметка:'),
    contactIds[0],
  ]);
  contactIds.push((await createContact(t, { category: 'ministry_regional', name: secret('Внутренний контакт') })).id);

  // A members-only meeting (title, description, place, agenda, an edited occurrence) and an open event readers see.
  const internal = await createEvent(t, {
    title: secret('Внутреннее заседание'),
    description: secretText('повестка'),
    place: secret('Кабинет'),
    visibility: 'members',
    rrule: 'FREQ=MONTHLY;COUNT=3',
    start: '2027-03-01T10:00',
    end: '2027-03-01T12:00',
  });
  eventIds.push(internal.eventId);
  const editorEvents = await t.as('editor');
  await gqlOk(
    `mutation($id: ID!, $items: [AgendaItemInput!]!) {
       setMeetingAgenda(eventId: $id, version: 1, input: { items: $items }) { agendaMinutes } }`,
    { id: internal.eventId, items: [{ title: secret('Пункт повестки'), plannedMinutes: 30 }] },
    editorEvents.cookie,
  );
  await gqlOk(
    `mutation($id: ID!, $i: UpdateCalendarEventInput!) { updateCalendarEvent(id: $id, input: $i) { eventId } }`,
    {
      id: internal.eventId,
      i: {
        kind: 'working_group_meeting',
        title: secret('Перенесённое заседание'),
        start: '2027-04-02T10:00',
        end: '2027-04-02T12:00',
        timeZone: 'Asia/Bishkek',
        visibility: 'members',
        rrule: 'FREQ=MONTHLY;COUNT=3',
        scope: 'this',
        occurrenceStart: '2027-04-01T04:00:00.000Z',
        version: 2,
      },
    },
    editorEvents.cookie,
  );
  eventIds.push(
    (
      await createEvent(t, {
        title: 'Открытый тренинг',
        kind: 'training',
        start: '2027-03-05T10:00',
        end: '2027-03-05T12:00',
      })
    ).eventId,
  );
  readerFeedPath = new URL(
    (await gqlOk('mutation { regenerateCalendarFeed { url } }', {}, reader.cookie)).regenerateCalendarFeed.url,
  ).pathname;

  documentIds.forMembers = (
    await createDocumentAs(
      t,
      editor as never,
      { name: `${WORD}.pdf`, bytes: await pdfWithPages(['Первая страница.', secretText('документ для участников')]) },
      { title: secret('Документ для участников'), visibility: 'members', tags: [WORD] },
    )
  ).id;
  documentIds.forEditors = (
    await createDocumentAs(
      t,
      editor as never,
      { name: 'closed.docx', bytes: await docxWith([secretText('документ для редакторов')]) },
      { title: secret('Документ для редакторов'), visibility: 'roles', visibleRoles: ['editor'], number: WORD },
    )
  ).id;
  documentIds.open = (
    await createDocumentAs(t, editor as never, {
      name: 'open.pdf',
      bytes: await pdfWithPages(['Открытый документ для всех.']),
    })
  ).id;
  await gqlOk(
    `mutation($d: ID!, $m: ID!) { linkDocumentToMaterial(documentId: $d, materialId: $m) { id } }`,
    { d: documentIds.forMembers, m: ids.draftOnPublished },
    editor.cookie,
  );
  await eventually(
    'document text extraction',
    () => t.dataSource.query(`SELECT count(*)::int AS n FROM document_version WHERE extraction = 'pending'`),
    ([row]: { n: number }[]) => row.n === 0,
  );
  // Notifications are made by a consumer after each step: every one of them must exist before a reader looks.
  await eventually(
    'every event handled by the notifications consumer',
    () =>
      t.dataSource.query(
        `SELECT count(*)::int AS n FROM domain_event e WHERE e.type IN ('material.transitioned', 'comment.added') AND NOT EXISTS
           (SELECT 1 FROM event_delivery d WHERE d.event_id = e.id AND d.consumer = 'notifications')`,
      ),
    (rows: { n: number }[]) => rows[0].n === 0,
  );
}, 180_000);
afterAll(async () => {
  await t.close();
  await data.remove();
});

/** Every field of a type that takes no required argument, nested `depth` levels deep. */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values((type as GraphQLObjectType).getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    .map((field) => {
      const inner = getNamedType(field.type);
      if (!isObjectType(inner)) return field.name;
      return depth > 0 ? `${field.name} ${selectionOf(inner, depth - 1)}` : '';
    })
    .filter(Boolean);
  return `{ ${fields.join(' ')} }`;
}

const q = JSON.stringify;
const allMaterials = () => Object.values(ids);
const allDocuments = () => Object.values(documentIds);
const VIEWS = ['published', 'working'];
const STATES = ['draft', 'in_review', 'agreed', 'approved', 'archived'];
const materialFilters = () => [
  '',
  ...VIEWS.flatMap((view) => [
    `view: ${view}`,
    `view: ${view}, filter: { search: ${q(WORD)} }`,
    `view: ${view}, filter: { search: ${q(`${WORD} пресс-релиз`)} }`,
    ...STATES.map((state) => `view: ${view}, filter: { states: [${state}] }`),
    `view: ${view}, filter: { language: ky }`,
  ]),
];

/** Arguments of every call a reader makes, per query; `null` = refused to readers (the matrix proves it). */
const QUERIES: Record<string, () => string[]> = {
  me: () => [''],
  mySessions: () => [''],
  mySignInHistory: () => [''],
  organizations: () => [''],
  organization: () => [`id: ${q(organizationId)}`],
  contacts: () => ['', `filter: { search: ${q(WORD)} }`, 'filter: { categories: [press] }'],
  contact: () => contactIds.map((id) => `id: ${q(id)}`),
  users: () => [''],
  deadLetterJobs: () => [''],
  inviteInfo: () => ['token: "no-such-token"'],
  materialKinds: () => [''],
  materials: () => materialFilters().map((args) => (args ? `${args}, limit: 10` : 'limit: 10')),
  material: () => allMaterials().map((id) => `id: ${q(id)}`),
  materialHistory: () => allMaterials().map((id) => `id: ${q(id)}`),
  materialDetailChanges: () => allMaterials().map((id) => `id: ${q(id)}`),
  materialRevisions: () => allMaterials().map((id) => `id: ${q(id)}`),
  materialDiff: () => allMaterials().map((id) => `id: ${q(id)}, fromNumber: 1, toNumber: 2`),
  materialComments: () => allMaterials().map((id) => `materialId: ${q(id)}`),
  calendarEvents: () => [
    'from: "2027-02-01T00:00:00Z", to: "2027-06-01T00:00:00Z"',
    'from: "2027-02-01T00:00:00Z", to: "2027-06-01T00:00:00Z", kinds: [working_group_meeting]',
  ],
  calendarEvent: () =>
    eventIds.flatMap((id) => [`id: ${q(id)}`, `id: ${q(id)}, occurrenceStart: "2027-04-01T04:00:00.000Z"`]),
  meeting: () => eventIds.map((id) => `eventId: ${q(id)}`),
  myCalendarFeed: () => [''],
  documentCategories: () => [''],
  documents: () => ['', `filter: { search: ${q(WORD)} }`, `filter: { tag: ${q(WORD)} }`, 'filter: { archived: true }'],
  document: () => allDocuments().map((id) => `id: ${q(id)}`),
  documentDiff: () => allDocuments().map((id) => `id: ${q(id)}, fromNumber: 1, toNumber: 1`),
  materialDocuments: () => allMaterials().map((id) => `materialId: ${q(id)}`),
  notifications: () => ['', 'first: 100'],
  unreadNotificationCount: () => [''],
  notificationPreferences: () => [''],
  campaigns: () => ['', 'limit: 10'],
  campaign: () => Object.values(campaignIds).map((id) => `id: ${q(id)}`),
  // Admin-only, so refused to readers (authz matrix); what admins see of it is checked below.
  auditEvents: () => ['', `filter: { subjectType: "Material" }`],
};

/**
 * Mutations, each either called here as a reader (arguments per call) or marked with why it carries no material or
 * contact text back to a reader.
 */
const MUTATIONS: Record<string, (() => string[]) | string> = {
  transitionMaterial: () =>
    allMaterials().flatMap((id) =>
      ['submit', 'agree', 'approve', 'archive'].map(
        (transition) => `id: ${q(id)}, input: { transition: ${transition}, revisionVersion: 1, comment: "x" }`,
      ),
    ),
  addMaterialComment: () => allMaterials().map((id) => `materialId: ${q(id)}, input: { body: "Вопрос читателя" }`),
  withdrawMaterial: () => allMaterials().map((id) => `id: ${q(id)}, input: { reason: "Читатель" }`),
  saveMaterial: () =>
    allMaterials().map(
      (id) =>
        `id: ${q(id)}, input: { title: "Правка", body: ${q(doc('Правка'))}, revisionNumber: 1, revisionVersion: 1 }`,
    ),
  createTranslation: () =>
    allMaterials().map((id) => `sourceId: ${q(id)}, input: { language: en, title: "Tr", body: ${q(doc('Tr'))} }`),
  rescheduleMaterial: () => allMaterials().map((id) => `id: ${q(id)}, input: { embargoUntil: null, version: 1 }`),
  updateMaterialDetails: () => allMaterials().map((id) => `id: ${q(id)}, input: { version: 1 }`),
  markLibraryVisited: () => [''],
  respondToMeeting: () => eventIds.map((id) => `eventId: ${q(id)}, input: { response: yes }`),
  regenerateCalendarFeed: "returns the reader's own new address (the feed's content is checked under REST)",
  revokeCalendarFeed: 'returns a boolean',
  createCalendarEvent: 'refused to readers (authz matrix)',
  updateCalendarEvent: 'refused to readers (authz matrix)',
  cancelCalendarEvent: 'refused to readers (authz matrix)',
  setMeetingAgenda: 'refused to readers (authz matrix)',
  setMeetingInvitees: 'refused to readers (authz matrix)',
  recordMeetingAttendance: 'refused to readers (authz matrix)',
  markNotificationsRead: () => ['all: true'],
  setNotificationPreference: "returns the reader's own choice for a kind",
  transitionCampaign: () =>
    Object.values(campaignIds).flatMap((id) =>
      ['submit', 'agree', 'archive'].map(
        (transition) => `id: ${q(id)}, input: { transition: ${transition}, revisionVersion: 1, comment: "x" }`,
      ),
    ),
  createCampaign: 'refused to readers (authz matrix)',
  updateCampaign: 'refused to readers (authz matrix)',
  addCampaignPlanItem: 'refused to readers (authz matrix)',
  updateCampaignPlanItem: 'refused to readers (authz matrix)',
  signIn: 'returns the signed-in user only',
  signOut: 'returns a boolean',
  changePassword: 'returns a boolean',
  updateMyPreferences: "returns the reader's own preferences",
  startTwoFactorEnrolment: "returns the reader's own new authenticator secret",
  confirmTwoFactorEnrolment: "returns the reader's own recovery codes",
  resetTwoFactor: 'refused to readers (authz matrix)',
  endMySession: 'returns a boolean',
  endMyOtherSessions: 'returns a number',
  acceptInvite: 'needs an invitation token; returns the invited user',
  createMaterial: 'refused to readers (authz matrix)',
  createDocument: 'refused to readers (authz matrix)',
  updateDocument: 'refused to readers (authz matrix)',
  addDocumentVersion: 'refused to readers (authz matrix)',
  archiveDocument: 'refused to readers (authz matrix)',
  purgeDocument: 'refused to readers (authz matrix)',
  linkDocumentToMaterial: 'refused to readers (authz matrix)',
  saveDocumentCategory: 'refused to readers (authz matrix)',
  saveMaterialKind: 'refused to readers (authz matrix)',
  editMaterialComment: 'refused to readers (authz matrix)',
  resolveMaterialComment: 'refused to readers (authz matrix)',
  retryDeadLetterJob: 'refused to readers (authz matrix); returns a boolean',
  discardDeadLetterJob: 'refused to readers (authz matrix); returns a boolean',
  createContact: 'refused to readers (authz matrix)',
  updateContact: 'refused to readers (authz matrix)',
  archiveContact: 'refused to readers (authz matrix)',
  restoreContact: 'refused to readers (authz matrix)',
  previewContactImport: 'refused to readers (authz matrix)',
  importContacts: 'refused to readers (authz matrix)',
  createOrganization: 'refused to readers (authz matrix)',
  updateOrganization: 'refused to readers (authz matrix)',
  inviteUser: 'refused to readers (authz matrix)',
  setUserRoles: 'refused to readers (authz matrix)',
  deactivateUser: 'refused to readers (authz matrix)',
  reactivateUser: 'refused to readers (authz matrix)',
};

/** Every REST route, with the paths a reader calls. */
const REST: Record<string, () => string[]> = {
  'GET /api/health': () => ['/api/health'],
  'GET /api/materials/export.:format': () =>
    ['docx', 'pdf'].flatMap((format) => [
      ...allMaterials().map((id) => `/api/materials/export.${format}?ids=${id}`),
      `/api/materials/export.${format}?ids=${ids.draftOnPublished},${ids.sentBack},${ids.reviewOnPublished}`,
      `/api/materials/export.${format}?ids=${allMaterials().join(',')}`,
    ]),
  'GET /api/materials/:id/export.:format': () =>
    ['docx', 'pdf'].flatMap((format) => allMaterials().map((id) => `/api/materials/${id}/export.${format}`)),
  'GET /api/contacts/export.csv': () => ['/api/contacts/export.csv', `/api/contacts/export.csv?search=${WORD}`],
  'GET /api/contacts/export.xlsx': () => ['/api/contacts/export.xlsx', `/api/contacts/export.xlsx?search=${WORD}`],
  'GET /api/contacts/export.vcf': () => ['/api/contacts/export.vcf', `/api/contacts/export.vcf?search=${WORD}`],
  'GET /api/contacts/:id/vcard': () => contactIds.map((id) => `/api/contacts/${id}/vcard`),
  'GET /api/audit/export.csv': () => ['/api/audit/export.csv'],
  'GET /api/calendar/feed/:token.ics': () => [readerFeedPath],
  'GET /api/calendar/events/:id.ics': () => eventIds.map((id) => `/api/calendar/events/${id}.ics`),
  'GET /api/documents/:id/versions/:n/download': () =>
    allDocuments().map((id) => `/api/documents/${id}/versions/1/download`),
  'GET /api/documents/:id/versions/:n/preview': () =>
    allDocuments().map((id) => `/api/documents/${id}/versions/1/preview`),
  // A fixed sentence in the person's language; a forged link changes nothing.
  'GET /api/notifications/unsubscribe': () => [
    `/api/notifications/unsubscribe?u=${reader.user.id}&k=library_update&s=x`,
  ],
  'POST /api/notifications/unsubscribe': () => [],
  // Uploads are their sender's alone; readers may not upload at all.
  'POST /api/uploads': () => ['/api/uploads'],
  'HEAD /api/uploads/:id': () => ['/api/uploads/00000000-0000-4000-8000-000000000000'],
  'PATCH /api/uploads/:id': () => ['/api/uploads/00000000-0000-4000-8000-000000000000'],
  'DELETE /api/uploads/:id': () => ['/api/uploads/00000000-0000-4000-8000-000000000000'],
};

/** The text a person could read in a response: DOCX and XLSX unzipped, PDF text extracted, anything else as sent. */
async function readable(res: Response): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 200 && (type.includes('wordprocessingml') || type.includes('spreadsheetml'))) {
    const zip = await JSZip.loadAsync(bytes);
    const parts = await Promise.all(Object.values(zip.files).map((file) => file.async('string')));
    return parts.join('\n');
  }
  if (res.status === 200 && type.includes('pdf')) return `${bytes.toString('latin1')}\n${await pdfText(bytes)}`;
  return bytes.toString('utf8');
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}

const schema = (): GraphQLSchema => t.app.get(GraphQLSchemaHost).schema;

describe('sentinel: nothing unpublished reaches a reader', () => {
  it('has the word in every fixture, where members and editors see it', async () => {
    const [{ revisions }] = await t.dataSource.query(
      `SELECT count(*)::int AS revisions FROM content_revision WHERE title ILIKE $1 AND body_text ILIKE $1`,
      [`%${WORD}%`],
    );
    expect(revisions).toBe(11);
    const found = await gqlOk(
      `{ materials(view: working, filter: { search: ${q(WORD)} }, limit: 20) { total } }`,
      {},
      member.cookie,
    );
    expect(found.materials.total).toBe(8);
    const comments = await gqlOk(
      `{ materialComments(materialId: ${q(ids.draftOnPublished)}) { body } }`,
      {},
      member.cookie,
    );
    expect(JSON.stringify(comments)).toMatch(SENTINEL);
    const history = await gqlOk(`{ materialHistory(id: ${q(ids.sentBack)}) { comment } }`, {}, member.cookie);
    expect(JSON.stringify(history)).toMatch(SENTINEL);
    const notes = await gqlOk(`{ contact(id: ${q(contactIds[0])}) { notes } }`, {}, member.cookie);
    expect(notes.contact.notes).toMatch(SENTINEL);
    const meeting = await gqlOk(
      `{ meeting(eventId: ${q(eventIds[0])}) { occurrence { title description place } agenda { title } } }`,
      {},
      member.cookie,
    );
    expect(JSON.stringify(meeting)).toMatch(SENTINEL);
    // The reader's feed and calendar do carry the open event, so the scans below read real content.
    const feed = await (await fetch(`${t.url}${readerFeedPath}`)).text();
    expect(feed).toContain('Открытый тренинг');
    const campaigns = await gqlOk(
      `{ campaigns { items { title goals planItems { title evidence { title } } } } }`,
      {},
      member.cookie,
    );
    expect(JSON.stringify(campaigns).match(new RegExp(WORD, 'g'))?.length).toBeGreaterThanOrEqual(9);
  });

  it('lists every query, mutation and REST route of the app', () => {
    const queries = Object.keys(schema().getQueryType()!.getFields()).sort();
    expect(Object.keys(QUERIES).sort()).toEqual(queries);
    const mutations = Object.keys(schema().getMutationType()!.getFields()).sort();
    expect(Object.keys(MUTATIONS).sort()).toEqual(mutations);
    const router = t.app.getHttpAdapter().getInstance().router as {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    };
    const routes = router.stack
      .filter((layer) => layer.route)
      .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`))
      .filter((route) => !route.includes('/graphql'));
    expect(Object.keys(REST).sort()).toEqual(routes.sort());
  });

  // Many calls (documents added their own): allow for a loaded machine.
  it('keeps the word out of every query a reader makes, with every field selected', async () => {
    const leaks: string[] = [];
    const fields = schema().getQueryType()!.getFields();
    for (const [name, calls] of Object.entries(QUERIES)) {
      const selection = selectionOf(getNamedType(fields[name].type), 3);
      for (const args of calls()) {
        const query = `{ ${name}${args ? `(${args})` : ''} ${selection} }`;
        const result = await t.gql(query, {}, reader.cookie);
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        expect({
          query,
          codes: codes.filter((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'GRAPHQL_VALIDATION_FAILED'),
        }).toEqual({ query, codes: [] });
        if (SENTINEL.test(JSON.stringify(result))) leaks.push(query);
      }
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it('lets the reader read the published texts under the work in progress (so the check above is not empty)', async () => {
    const selection = selectionOf(getNamedType(schema().getQueryType()!.getFields().material.type), 3);
    for (const id of [ids.draftOnPublished, ids.sentBack, ids.reviewOnPublished]) {
      const result = await t.gql(`{ material(id: ${q(id)}) ${selection} }`, {}, reader.cookie);
      expect(result.errors).toBeUndefined();
      expect(result.data?.material.published.bodyText).toBeTruthy();
    }
    const list = await t.gql(`{ materials(limit: 10) { total } }`, {}, reader.cookie);
    expect(list.data?.materials.total).toBe(3);
    const agreed = await t.gql(
      `{ campaign(id: ${q(campaignIds.draftOnAgreed)}) { title planItems { title evidence { id } } } }`,
      {},
      reader.cookie,
    );
    expect(agreed.data?.campaign).toEqual({
      title: 'Согласованная кампания',
      planItems: expect.arrayContaining([{ title: 'Пресс-релиз', evidence: null }]),
    });
  });

  it('has the word inside the restricted documents’ files, where members and editors find it; readers open the open one', async () => {
    const search = `{ documents(filter: { search: ${q(WORD)} }) { total items { page snippet { text } } } }`;
    const members = await gqlOk(search, {}, member.cookie);
    expect(members.documents.total).toBe(1);
    expect(members.documents.items[0].page).toBe(2);
    expect(JSON.stringify(members.documents.items[0].snippet)).toMatch(SENTINEL);
    expect((await gqlOk(search, {}, editor.cookie)).documents.total).toBe(2);
    const open = await t.gql(`{ document(id: ${q(documentIds.open)}) { title } }`, {}, reader.cookie);
    expect(open.errors).toBeUndefined();
    const download = await fetch(`${t.url}/api/documents/${documentIds.open}/versions/1/download`, {
      headers: { cookie: reader.cookie },
    });
    expect(download.status).toBe(200);
  });

  // Many calls (documents added their own): allow for a loaded machine.
  it('keeps the word out of every mutation a reader may call', async () => {
    const leaks: string[] = [];
    const fields = schema().getMutationType()!.getFields();
    for (const [name, calls] of Object.entries(MUTATIONS)) {
      if (typeof calls === 'string') continue;
      const selection = selectionOf(getNamedType(fields[name].type), 3);
      for (const args of calls()) {
        const query = `mutation { ${name}${args ? `(${args})` : ''} ${selection} }`;
        const result = await t.gql(query, {}, reader.cookie);
        if (SENTINEL.test(JSON.stringify(result))) leaks.push(query);
      }
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it('keeps the word out of every REST response a reader gets: exports, contact lists and cards', async () => {
    const leaks: string[] = [];
    let exported = 0;
    for (const paths of Object.values(REST)) {
      for (const path of paths()) {
        const res = await fetch(`${t.url}${path}`, { headers: { cookie: reader.cookie } });
        const text = await readable(res);
        if (res.status === 200 && /export\.(pdf|docx)/.test(path)) exported++;
        if (SENTINEL.test(text)) leaks.push(`${path} (${res.status})`);
      }
    }
    expect(leaks).toEqual([]);
    // The published texts did export (as DOCX and PDF), so their files were really read.
    expect(exported).toBeGreaterThanOrEqual(8);
  }, 180_000);

  it("keeps the word out of the reader's notifications and e-mails, digests included (which are not empty)", async () => {
    await t.app.get(NotificationDigestService).run('daily');
    const rows = await t.dataSource.query(
      `SELECT params::text AS text FROM notification WHERE user_id = $1
       UNION ALL SELECT subject || body || coalesce(html, '') FROM outbox_message WHERE recipient = $2`,
      [reader.user.id, reader.user.email],
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((row: { text: string }) => SENTINEL.test(row.text))).toEqual([]);
    const [digest] = await t.dataSource.query(`SELECT body FROM outbox_message WHERE recipient = $1`, [
      reader.user.email,
    ]);
    expect(digest.body).toContain('Опубликованный пресс-релиз');
  });

  it('keeps material and comment text out of the audit log, even for admins', async () => {
    const admin = await t.signInAs(['admin']);
    const selection = selectionOf(getNamedType(schema().getQueryType()!.getFields().auditEvents.type), 3);
    const result = await t.gql(`{ auditEvents(limit: 100) ${selection} }`, {}, admin.cookie);
    expect(result.errors).toBeUndefined();
    // The fixtures' creations, saves, steps, comment and withdrawal were all recorded — without their words.
    const actions = new Set(result.data?.auditEvents.items.map((e: { action: string }) => e.action));
    for (const action of [
      'material.create',
      'material.new_revision',
      'material.transition.request_changes',
      'comment.add',
    ])
      expect(actions).toContain(action);
    expect(SENTINEL.test(JSON.stringify(result))).toBe(false);
    const csv = await fetch(`${t.url}/api/audit/export.csv`, { headers: { cookie: admin.cookie } });
    expect(csv.status).toBe(200);
    expect(SENTINEL.test(await csv.text())).toBe(false);
  });

  it('reads PDF text back (the scan above would otherwise see only compressed streams)', async () => {
    const res = await fetch(`${t.url}/api/materials/${ids.draftOnPublished}/export.pdf`, {
      headers: { cookie: reader.cookie },
    });
    expect(await readable(res)).toContain('Опубликованный текст пресс-релиза.');
  });
});
