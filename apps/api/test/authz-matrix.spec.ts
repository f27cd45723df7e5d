import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, type GraphQLObjectType } from 'graphql';
import type { Role } from '@portal/domain';
import { ROLES } from '@portal/domain';
import { createHash, randomBytes } from 'node:crypto';
import { createEvent, eventInput } from './support/calendar-factory.js';
import { createAgreedCampaign } from './support/campaign-factory.js';
import { createContact } from './support/contact-factory.js';
import { unsubscribeUrl } from '../src/modules/notifications/unsubscribe-link.js';
import { createApprovedMaterial, doc } from './support/material-factory.js';
import { categoryId, createDocumentAs } from './support/document-files.js';
import { tempDataDir, tinyPdf } from './support/file-helpers.js';
import { TestApp } from './support/test-app.js';

type Who = Role | 'anonymous';
type Allowed = 'everyone' | 'signed-in' | Role[];

interface Case {
  allowed: Allowed;
  /** Error codes an allowed call still returns by design (e.g. an unknown invitation token); anything else fails. */
  expectedErrors?: string[];
  /** The call ends or changes the session: sign in afresh rather than reuse the role's shared session. */
  freshSession?: boolean;
  /** Builds the request for one call; fixtures are made fresh per call so calls never depend on each other. */
  request: () => Promise<{ query: string; variables?: Record<string, unknown> }>;
}

let t: TestApp;
let data: Awaited<ReturnType<typeof tempDataDir>>;
beforeAll(async () => {
  data = await tempDataDir();
  t = await TestApp.start({ DATA_DIR: data.dir });
});
afterAll(async () => {
  await t.close();
  await data.remove();
});

const contactInput = () => ({ kind: 'person', name: 'Матрица Тестовая', category: 'press', phones: ['+996555000111'] });
const pressContactId = async () => (await createContact(t, { category: 'press' })).id;
const userId = async () => (await t.createUser(['member'])).id;
/** A document everyone signed in may open, filed by an editor. */
const documentId = async () =>
  (await createDocumentAs(t, await t.as('editor'), { name: 'matrix.pdf', bytes: tinyPdf('matrix') })).id;
const archivedDocumentId = async () => {
  const id = await documentId();
  await t.gql(`mutation { archiveDocument(id: "${id}") { id } }`, {}, (await t.as('editor')).cookie);
  return id;
};
const documentDetails = async () => ({ title: 'Документ матрицы', categoryId: await categoryId(t) });
const oneCsv = () => `kind,name,category\nperson,Матрица ${Math.random().toString(36).slice(2)},press`;

/** Every GraphQL operation, who may call it, and a valid call. A new operation missing here fails the suite. */
const NO_SUCH_JOB = '00000000-0000-4000-8000-00000000dead';

const GRAPHQL: Record<string, Case> = {
  me: { allowed: 'everyone', request: async () => ({ query: '{ me { user { id } } }' }) },
  signIn: {
    allowed: 'everyone',
    freshSession: true,
    request: async () => {
      const user = await t.createUser(['member']);
      return {
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id organization { id } } } }',
        variables: { i: { email: user.email, password: 'correct horse battery' } },
      };
    },
  },
  signOut: { allowed: 'everyone', freshSession: true, request: async () => ({ query: 'mutation { signOut }' }) },
  inviteInfo: {
    allowed: 'everyone',
    expectedErrors: ['INVALID_TOKEN'],
    request: async () => ({ query: '{ inviteInfo(token: "no-such-token-000") { email } }' }),
  },
  acceptInvite: {
    allowed: 'everyone',
    expectedErrors: ['INVALID_TOKEN'],
    request: async () => ({
      query: 'mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { user { id } } }',
      variables: { i: { token: 'no-such-token-000', password: 'a long enough passphrase' } },
    }),
  },
  changePassword: {
    allowed: 'signed-in',
    freshSession: true,
    request: async () => ({
      query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      variables: { i: { currentPassword: 'correct horse battery', newPassword: 'another long passphrase' } },
    }),
  },
  startTwoFactorEnrolment: {
    allowed: 'signed-in',
    // Admins and approvers here have enrolled already.
    expectedErrors: ['CONFLICT'],
    freshSession: true,
    request: async () => ({ query: 'mutation { startTwoFactorEnrolment { secret } }' }),
  },
  confirmTwoFactorEnrolment: {
    allowed: 'signed-in',
    // Allowed means the code is checked: without a started enrolment the answer names the field.
    expectedErrors: ['BAD_USER_INPUT', 'CONFLICT'],
    freshSession: true,
    request: async () => ({ query: 'mutation { confirmTwoFactorEnrolment(input: { code: "000000" }) }' }),
  },
  mySessions: { allowed: 'signed-in', request: async () => ({ query: '{ mySessions { id current } }' }) },
  mySignInHistory: { allowed: 'signed-in', request: async () => ({ query: '{ mySignInHistory { succeeded } }' }) },
  endMySession: {
    allowed: 'signed-in',
    // Allowed means the id is looked up among the caller's own sessions: a random one is not found.
    expectedErrors: ['NOT_FOUND'],
    request: async () => ({ query: 'mutation { endMySession(id: "00000000-0000-4000-8000-000000000000") }' }),
  },
  endMyOtherSessions: {
    allowed: 'signed-in',
    freshSession: true,
    request: async () => ({ query: 'mutation { endMyOtherSessions }' }),
  },
  resetTwoFactor: {
    allowed: ['admin'],
    request: async () => ({ query: `mutation { resetTwoFactor(id: "${await userId()}") { id } }` }),
  },
  updateMyPreferences: {
    allowed: 'signed-in',
    request: async () => ({ query: 'mutation { updateMyPreferences(input: { language: ky }) { language } }' }),
  },
  organizations: { allowed: 'signed-in', request: async () => ({ query: '{ organizations { id } }' }) },
  organization: {
    allowed: 'signed-in',
    request: async () => ({ query: `{ organization(id: "${(await t.createOrganization()).id}") { id } }` }),
  },
  createOrganization: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }',
      variables: { i: { name: `Орг ${Math.random()}`, type: 'cso' } },
    }),
  },
  updateOrganization: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($id: ID!, $i: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $i) { id } }',
      variables: {
        id: (await t.createOrganization()).id,
        i: { name: `Орг ${Math.random()}`, type: 'media', version: 1 },
      },
    }),
  },
  contacts: { allowed: 'signed-in', request: async () => ({ query: '{ contacts { total } }' }) },
  contact: {
    allowed: 'signed-in',
    request: async () => ({ query: `{ contact(id: "${await pressContactId()}") { id } }` }),
  },
  createContact: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($i: ContactInput!) { createContact(input: $i) { id } }',
      variables: { i: contactInput() },
    }),
  },
  updateContact: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id } }',
      variables: { id: await pressContactId(), i: { ...contactInput(), version: 1 } },
    }),
  },
  archiveContact: {
    allowed: ['admin', 'editor'],
    request: async () => ({ query: `mutation { archiveContact(id: "${await pressContactId()}") { id } }` }),
  },
  restoreContact: {
    allowed: ['admin', 'editor'],
    request: async () => ({ query: `mutation { restoreContact(id: "${await pressContactId()}") { id } }` }),
  },
  previewContactImport: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($csv: String!) { previewContactImport(csv: $csv) { valid } }',
      variables: { csv: oneCsv() },
    }),
  },
  importContacts: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($csv: String!) { importContacts(csv: $csv) { created } }',
      variables: { csv: oneCsv() },
    }),
  },
  users: { allowed: ['admin'], request: async () => ({ query: '{ users { id } }' }) },
  inviteUser: {
    allowed: ['admin'],
    request: async () => ({
      query: 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { inviteUrl } }',
      variables: {
        i: { email: `m${Math.random().toString(36).slice(2)}@test.kg`, displayName: 'Матрица', roles: ['member'] },
      },
    }),
  },
  setUserRoles: {
    allowed: ['admin'],
    request: async () => ({
      query: `mutation { setUserRoles(id: "${await userId()}", input: { roles: [reader] }) { id } }`,
    }),
  },
  auditEvents: {
    allowed: ['admin'],
    request: async () => ({ query: '{ auditEvents(filter: { action: "contact" }) { total items { id action } } }' }),
  },
  deactivateUser: {
    allowed: ['admin'],
    request: async () => ({ query: `mutation { deactivateUser(id: "${await userId()}") { id } }` }),
  },
  reactivateUser: {
    allowed: ['admin'],
    request: async () => ({ query: `mutation { reactivateUser(id: "${await userId()}") { id } }` }),
  },
  deadLetterJobs: { allowed: ['admin'], request: async () => ({ query: '{ deadLetterJobs { id } }' }) },
  // No such dead letter: allowed means it got as far as looking.
  retryDeadLetterJob: {
    allowed: ['admin'],
    expectedErrors: ['NOT_FOUND'],
    request: async () => ({ query: `mutation { retryDeadLetterJob(id: "${NO_SUCH_JOB}") }` }),
  },
  discardDeadLetterJob: {
    allowed: ['admin'],
    expectedErrors: ['NOT_FOUND'],
    request: async () => ({ query: `mutation { discardDeadLetterJob(id: "${NO_SUCH_JOB}") }` }),
  },
};

Object.assign(GRAPHQL, {
  materialKinds: { allowed: 'signed-in', request: async () => ({ query: '{ materialKinds { id } }' }) },
  materials: { allowed: 'signed-in', request: async () => ({ query: '{ materials { total } }' }) },
  material: {
    allowed: 'signed-in',
    request: async () => ({ query: `{ material(id: "${(await createApprovedMaterial(t)).id}") { id } }` }),
  },
  materialHistory: {
    allowed: ['admin', 'approver', 'editor', 'member'],
    request: async () => ({ query: `{ materialHistory(id: "${(await createApprovedMaterial(t)).id}") { id } }` }),
  },
  createMaterial: {
    allowed: ['admin', 'editor'],
    request: async () => {
      const kinds = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'statement'`);
      return {
        query: 'mutation($i: CreateMaterialInput!) { createMaterial(input: $i) { id } }',
        variables: { i: { kindId: kinds[0].id, language: 'ky', title: 'Билдирүү', body: doc('Текст') } },
      };
    },
  },
  saveMaterial: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($id: ID!, $i: SaveMaterialInput!) { saveMaterial(id: $id, input: $i) { id } }',
      variables: {
        id: (await createApprovedMaterial(t)).id,
        i: { title: 'Новая редакция', body: doc('Новый текст'), revisionNumber: 1, revisionVersion: 1 },
      },
    }),
  },
  transitionMaterial: {
    allowed: ['admin', 'approver', 'editor'],
    request: async () => ({
      query:
        'mutation($id: ID!) { transitionMaterial(id: $id, input: { transition: archive, revisionVersion: 1 }) { id } }',
      variables: { id: (await createApprovedMaterial(t)).id },
    }),
  },
  materialDetailChanges: {
    allowed: ['admin', 'approver', 'editor', 'member'],
    request: async () => ({
      query: `{ materialDetailChanges(id: "${(await createApprovedMaterial(t)).id}") { id } }`,
    }),
  },
  rescheduleMaterial: {
    allowed: ['approver'],
    request: async () => ({
      query: 'mutation($id: ID!, $i: RescheduleMaterialInput!) { rescheduleMaterial(id: $id, input: $i) { id } }',
      variables: { id: (await createApprovedMaterial(t)).id, i: { validUntil: '2030-01-01', version: 1 } },
    }),
  },
  materialRevisions: {
    allowed: ['admin', 'approver', 'editor', 'member'],
    request: async () => ({ query: `{ materialRevisions(id: "${(await createApprovedMaterial(t)).id}") { number } }` }),
  },
  materialDiff: {
    allowed: ['admin', 'approver', 'editor', 'member'],
    request: async () => ({
      query: `{ materialDiff(id: "${(await createApprovedMaterial(t)).id}", fromNumber: 1, toNumber: 1) { body { value } } }`,
    }),
  },
  createTranslation: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($id: ID!, $i: CreateTranslationInput!) { createTranslation(sourceId: $id, input: $i) { id } }',
      variables: {
        id: (await createApprovedMaterial(t)).id,
        i: { language: 'ky', title: 'Котормо', body: doc('Текст') },
      },
    }),
  },
  withdrawMaterial: {
    allowed: ['admin', 'approver', 'editor'],
    request: async () => ({
      query: `mutation { withdrawMaterial(id: "${(await createApprovedMaterial(t)).id}", input: { reason: "Устарело" }) { id } }`,
    }),
  },
  updateMaterialDetails: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($id: ID!, $i: MaterialDetailsInput!) { updateMaterialDetails(id: $id, input: $i) { id } }',
      variables: {
        id: (await createApprovedMaterial(t)).id,
        i: { campaignId: (await createAgreedCampaign(t)).id, channels: ['press'], version: 1 },
      },
    }),
  },
  campaigns: {
    allowed: ['admin', 'approver', 'editor', 'member', 'reader'],
    request: async () => ({ query: '{ campaigns { total items { id } } }' }),
  },
  campaign: {
    allowed: ['admin', 'approver', 'editor', 'member', 'reader'],
    request: async () => ({
      query: `{ campaign(id: "${(await createAgreedCampaign(t)).id}") { id planItems { id } } }`,
    }),
  },
  createCampaign: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      variables: { i: { title: 'Кампания матрицы', standardPlan: false } },
    }),
  },
  updateCampaign: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { id } }',
      variables: {
        id: (await createAgreedCampaign(t)).id,
        i: { title: 'Кампания', version: 1, revisionVersion: 1 },
      },
    }),
  },
  transitionCampaign: {
    allowed: ['admin', 'approver', 'editor'],
    request: async () => ({
      query:
        'mutation($id: ID!) { transitionCampaign(id: $id, input: { transition: archive, revisionVersion: 1 }) { id } }',
      variables: { id: (await createAgreedCampaign(t)).id },
    }),
  },
  addCampaignPlanItem: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($id: ID!) { addCampaignPlanItem(campaignId: $id, input: { title: "Пункт" }) { id } }',
      variables: { id: (await createAgreedCampaign(t)).id },
    }),
  },
  updateCampaignPlanItem: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query:
        'mutation($id: ID!) { updateCampaignPlanItem(id: $id, input: { title: "Пункт", status: done, version: 1 }) { id } }',
      variables: { id: (await createAgreedCampaign(t)).planItemId },
    }),
  },
  saveMaterialKind: {
    allowed: ['admin'],
    request: async () => ({
      query: 'mutation($i: MaterialKindInput!) { saveMaterialKind(input: $i) { id } }',
      variables: {
        i: {
          code: `fact_sheet_${Math.random().toString(36).slice(2, 8)}`,
          structure: 'text',
          nameRu: 'Справка',
          nameKy: 'Маалымкат',
          nameEn: 'Fact sheet',
        },
      },
    }),
  },
  markLibraryVisited: { allowed: 'signed-in', request: async () => ({ query: 'mutation { markLibraryVisited }' }) },
  notifications: {
    allowed: 'signed-in',
    request: async () => ({ query: '{ notifications(first: 5) { endCursor items { id title } } }' }),
  },
  unreadNotificationCount: { allowed: 'signed-in', request: async () => ({ query: '{ unreadNotificationCount }' }) },
  markNotificationsRead: {
    allowed: 'signed-in',
    request: async () => ({ query: 'mutation { markNotificationsRead(all: true) }' }),
  },
  notificationPreferences: {
    allowed: 'signed-in',
    request: async () => ({ query: '{ notificationPreferences { kind channel } }' }),
  },
  setNotificationPreference: {
    allowed: 'signed-in',
    request: async () => ({
      query: 'mutation { setNotificationPreference(kind: comment_on_mine, channel: in_app) { channel } }',
    }),
  },
  materialComments: {
    allowed: ['admin', 'approver', 'editor', 'member'],
    request: async () => ({
      query: `{ materialComments(materialId: "${(await createApprovedMaterial(t)).id}") { id } }`,
    }),
  },
  addMaterialComment: {
    allowed: ['admin', 'approver', 'editor', 'member'],
    request: async () => ({
      query: `mutation { addMaterialComment(materialId: "${(await createApprovedMaterial(t)).id}", input: { body: "Замечание" }) { id } }`,
    }),
  },
  editMaterialComment: {
    allowed: ['admin'],
    request: async () => ({
      query: `mutation { editMaterialComment(id: "${await someonesComment()}", input: { body: "Правка" }) { id } }`,
    }),
  },
  resolveMaterialComment: {
    allowed: ['admin', 'approver', 'editor'],
    request: async () => ({
      query: `mutation { resolveMaterialComment(id: "${await someonesComment()}", resolved: true) { id } }`,
    }),
  },
} satisfies Record<string, Case>);

const eventId = async (values: Record<string, unknown> = {}) => (await createEvent(t, values)).eventId;
const EDITORS: Role[] = ['admin', 'editor'];
Object.assign(GRAPHQL, {
  calendarEvents: {
    allowed: 'signed-in',
    request: async () => ({
      query: '{ calendarEvents(from: "2027-01-01T00:00:00Z", to: "2027-02-01T00:00:00Z") { eventId } }',
    }),
  },
  calendarEvent: {
    allowed: 'signed-in',
    request: async () => ({ query: `{ calendarEvent(id: "${await eventId()}") { title } }` }),
  },
  meeting: {
    allowed: 'signed-in',
    request: async () => ({ query: `{ meeting(eventId: "${await eventId()}") { agendaMinutes } }` }),
  },
  createCalendarEvent: {
    allowed: EDITORS,
    request: async () => ({
      query: 'mutation($i: CalendarEventInput!) { createCalendarEvent(input: $i) { eventId } }',
      variables: { i: eventInput() },
    }),
  },
  updateCalendarEvent: {
    allowed: EDITORS,
    request: async () => ({
      query:
        'mutation($id: ID!, $i: UpdateCalendarEventInput!) { updateCalendarEvent(id: $id, input: $i) { eventId } }',
      variables: { id: await eventId(), i: { ...eventInput({ title: 'Правка' }), version: 1 } },
    }),
  },
  cancelCalendarEvent: {
    allowed: EDITORS,
    request: async () => ({
      query: `mutation { cancelCalendarEvent(id: "${await eventId()}", input: { version: 1 }) { eventId } }`,
    }),
  },
  setMeetingAgenda: {
    allowed: EDITORS,
    request: async () => ({
      query: `mutation { setMeetingAgenda(eventId: "${await eventId()}", version: 1, input: { items: [{ title: "Пункт", plannedMinutes: 5 }] }) { agendaMinutes } }`,
    }),
  },
  setMeetingInvitees: {
    allowed: EDITORS,
    request: async () => ({
      query: `mutation { setMeetingInvitees(eventId: "${await eventId()}", input: { userIds: ["${await userId()}"], organizationIds: [] }) { invited } }`,
    }),
  },
  respondToMeeting: {
    allowed: 'signed-in',
    request: async () => {
      // Everyone is invited, so each role's call tests the policy, not the invitation.
      const id = await eventId();
      await t.dataSource.query(`INSERT INTO meeting_invitee (event_id, user_id) SELECT $1, id FROM app_user`, [id]);
      return { query: `mutation { respondToMeeting(eventId: "${id}", input: { response: maybe }) { invited } }` };
    },
  },
  recordMeetingAttendance: {
    allowed: EDITORS,
    request: async () => ({
      query: `mutation { recordMeetingAttendance(eventId: "${await eventId()}", input: { entries: [{ userId: "${await userId()}", status: absent }] }) { invited } }`,
    }),
  },
  myCalendarFeed: { allowed: 'signed-in', request: async () => ({ query: '{ myCalendarFeed { createdAt } }' }) },
  regenerateCalendarFeed: {
    allowed: 'signed-in',
    request: async () => ({ query: 'mutation { regenerateCalendarFeed { url } }' }),
  },
  revokeCalendarFeed: { allowed: 'signed-in', request: async () => ({ query: 'mutation { revokeCalendarFeed }' }) },
} satisfies Record<string, Case>);

/** A live feed of a new member: the token in the address is the credential, so every caller gets it. */
async function feedPath(): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const owner = await t.createUser(['member']);
  await t.dataSource.query(`INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2)`, [
    owner.id,
    createHash('sha256').update(token).digest('hex'),
  ]);
  return `/api/calendar/feed/${token}.ics`;
}

/** A comment by another member, on a published material. */
async function someonesComment(): Promise<string> {
  const author = await t.createUser(['member']);
  const material = await createApprovedMaterial(t);
  const [row] = await t.dataSource.query(
    `INSERT INTO content_comment (item_id, body, author_id) VALUES ($1, 'Чужой комментарий', $2) RETURNING id`,
    [material.id, author.id],
  );
  return row.id;
}

Object.assign(GRAPHQL, {
  documentCategories: { allowed: 'signed-in', request: async () => ({ query: '{ documentCategories { id } }' }) },
  saveDocumentCategory: {
    allowed: ['admin'],
    request: async () => ({
      query: 'mutation($i: DocumentCategoryInput!) { saveDocumentCategory(input: $i) { id } }',
      variables: { i: { code: 'matrix_category', nameRu: 'Указы', nameKy: 'Жарлыктар', nameEn: 'Decrees' } },
    }),
  },
  documents: {
    allowed: 'signed-in',
    request: async () => ({ query: '{ documents(filter: { search: "матрица" }) { total items { page } } }' }),
  },
  document: {
    allowed: 'signed-in',
    request: async () => ({ query: `{ document(id: "${await documentId()}") { id versions { number } } }` }),
  },
  documentDiff: {
    allowed: 'signed-in',
    request: async () => ({
      query: `{ documentDiff(id: "${await documentId()}", fromNumber: 1, toNumber: 1) { parts { value } } }`,
    }),
  },
  materialDocuments: {
    allowed: 'signed-in',
    request: async () => ({
      query: `{ materialDocuments(materialId: "${(await createApprovedMaterial(t)).id}") { id } }`,
    }),
  },
  createDocument: {
    allowed: ['admin', 'editor'],
    // The upload is not the caller's: allowed callers get as far as taking it.
    expectedErrors: ['NOT_FOUND'],
    request: async () => ({
      query: 'mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }',
      variables: { i: { ...(await documentDetails()), uploadId: '00000000-0000-4000-8000-000000000000' } },
    }),
  },
  updateDocument: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: 'mutation($id: ID!, $i: UpdateDocumentInput!) { updateDocument(id: $id, input: $i) { id } }',
      variables: { id: await documentId(), i: { ...(await documentDetails()), version: 1 } },
    }),
  },
  addDocumentVersion: {
    allowed: ['admin', 'editor'],
    expectedErrors: ['NOT_FOUND'],
    request: async () => ({
      query: 'mutation($i: AddDocumentVersionInput!) { addDocumentVersion(input: $i) { number } }',
      variables: { i: { documentId: await documentId(), uploadId: '00000000-0000-4000-8000-000000000000' } },
    }),
  },
  archiveDocument: {
    allowed: ['admin', 'editor'],
    request: async () => ({ query: `mutation { archiveDocument(id: "${await documentId()}") { id } }` }),
  },
  purgeDocument: {
    allowed: ['admin'],
    request: async () => ({ query: `mutation { purgeDocument(id: "${await archivedDocumentId()}") }` }),
  },
  linkDocumentToMaterial: {
    allowed: ['admin', 'editor'],
    request: async () => ({
      query: `mutation { linkDocumentToMaterial(documentId: "${await documentId()}", materialId: "${(await createApprovedMaterial(t)).id}") { id } }`,
    }),
  },
} satisfies Record<string, Case>);
const unsubscribePath = async () => {
  const url = unsubscribeUrl('', t.config.mail.unsubscribeSecret, await userId(), 'library_update');
  return url;
};

const TUS_CREATE: RequestInit = {
  method: 'POST',
  headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '100', 'Upload-Metadata': 'filename YS5wZGY=' },
};

/**
 * Every REST route, by method and path, with who may call it; a GET answering 200 unless the route says otherwise
 * (`init`, and `allowedStatus`: what an allowed caller gets, e.g. 404 for someone else's upload).
 */
const REST: Record<
  string,
  { allowed: Allowed; path: () => Promise<string>; init?: RequestInit; allowedStatus?: number }
> = {
  'POST /api/uploads': {
    allowed: ['admin', 'approver', 'editor', 'member'],
    path: async () => '/api/uploads',
    init: TUS_CREATE,
    allowedStatus: 201,
  },
  // Someone else's or no upload: the same 404 for every allowed role.
  ...Object.fromEntries(
    (['HEAD', 'PATCH', 'DELETE'] as const).map((method) => [
      `${method} /api/uploads/:id`,
      {
        allowed: ['admin', 'approver', 'editor', 'member'] as Role[],
        path: async () => '/api/uploads/00000000-0000-4000-8000-000000000000',
        init: {
          method,
          headers: {
            'Tus-Resumable': '1.0.0',
            'Upload-Offset': '0',
            'Content-Type': 'application/offset+octet-stream',
          },
        },
        allowedStatus: 404,
      },
    ]),
  ),
  'GET /api/health': { allowed: 'everyone', path: async () => '/api/health' },
  // Public: the signed link is the proof (mail clients call it without a session).
  'GET /api/notifications/unsubscribe': { allowed: 'everyone', path: () => unsubscribePath() },
  'POST /api/notifications/unsubscribe': {
    allowed: 'everyone',
    path: () => unsubscribePath(),
    init: { method: 'POST' },
  },
  'GET /api/materials/export.:format': {
    allowed: 'signed-in',
    path: async () => `/api/materials/export.pdf?ids=${(await createApprovedMaterial(t)).id}`,
  },
  'GET /api/materials/:id/export.:format': {
    allowed: 'signed-in',
    path: async () => `/api/materials/${(await createApprovedMaterial(t)).id}/export.docx`,
  },
  'GET /api/contacts/export.csv': { allowed: 'signed-in', path: async () => '/api/contacts/export.csv' },
  'GET /api/contacts/export.xlsx': { allowed: 'signed-in', path: async () => '/api/contacts/export.xlsx' },
  'GET /api/contacts/export.vcf': { allowed: 'signed-in', path: async () => '/api/contacts/export.vcf' },
  'GET /api/audit/export.csv': { allowed: ['admin'], path: async () => '/api/audit/export.csv?action=auth' },
  'GET /api/calendar/feed/:token.ics': { allowed: 'everyone', path: feedPath },
  'GET /api/calendar/events/:id.ics': {
    allowed: 'signed-in',
    path: async () => `/api/calendar/events/${await eventId()}.ics`,
  },
  'GET /api/documents/:id/versions/:n/download': {
    allowed: 'signed-in',
    path: async () => `/api/documents/${await documentId()}/versions/1/download`,
  },
  'GET /api/documents/:id/versions/:n/preview': {
    allowed: 'signed-in',
    path: async () => `/api/documents/${await documentId()}/versions/1/preview`,
  },
  'GET /api/contacts/:id/vcard': {
    allowed: 'signed-in',
    path: async () => `/api/contacts/${await pressContactId()}/vcard`,
  },
};

/**
 * Every field with a resolver of its own (not a plain property): each passes the access guard with its own policy,
 * so it is listed with who may reach it and a query that selects it. A new field resolver missing here fails.
 */
const FIELDS: Record<string, Case> = {
  // Anonymous `me` has no user, so there is nothing to resolve (and nothing refused).
  'User.organization': {
    allowed: 'everyone',
    request: async () => ({ query: '{ me { user { organization { id } } } }' }),
  },
  'Contact.organization': {
    allowed: 'signed-in',
    request: async () => ({ query: `{ contact(id: "${await pressContactId()}") { organization { id } } }` }),
  },
  ...Object.fromEntries(
    [
      'approval { state }',
      'source { id }',
      'supersededBy { id }',
      'outdated',
      'changedSinceLastVisit',
      'translations { id }',
      'campaign { id }',
    ].map((selection) => [
      `Material.${selection.split(' ')[0]}`,
      {
        allowed: 'signed-in',
        request: async () => ({
          query: `{ material(id: "${(await createApprovedMaterial(t)).id}") { ${selection} } }`,
        }),
      } satisfies Case,
    ]),
  ),
  ...Object.fromEntries(
    ['planItems { id }', 'progress { done }'].map((selection) => [
      `Campaign.${selection.split(' ')[0]}`,
      {
        allowed: 'signed-in',
        request: async () => ({
          query: `{ campaign(id: "${(await createAgreedCampaign(t)).id}") { ${selection} } }`,
        }),
      } satisfies Case,
    ]),
  ),
};

const WHO: Who[] = ['anonymous', ...ROLES];
const isAllowed = (allowed: Allowed, who: Who) =>
  allowed === 'everyone' || (who !== 'anonymous' && (allowed === 'signed-in' || allowed.includes(who)));

/** One session per role for the whole file (argon2 makes signing in the slow part); fresh ones on request. */
const sessions = new Map<Who, Promise<string>>();
const cookieFor = async (who: Who, fresh = false): Promise<string | null> => {
  if (who === 'anonymous') return null;
  if (fresh) return (await t.signInAs([who])).cookie;
  if (!sessions.has(who))
    sessions.set(
      who,
      t.signInAs([who]).then((s) => s.cookie),
    );
  return sessions.get(who)!;
};

describe('authorization matrix', () => {
  it('covers every query and mutation of the schema, every field resolver, and every REST route', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const queryType = schema.getQueryType();
    const mutationType = schema.getMutationType();
    const operations = [queryType, mutationType].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(Object.keys(GRAPHQL).sort()).toEqual(operations.sort());

    const resolved = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .filter((type) => type !== queryType && type !== mutationType)
      .flatMap((type) =>
        Object.values(type.getFields())
          // Nest gives plain properties a resolver reading `root[field.name]`; anything else is a resolver method.
          .filter((field) => field.resolve && !String(field.resolve).includes('root[field.name]'))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(Object.keys(FIELDS).sort()).toEqual(resolved.sort());

    const router = t.app.getHttpAdapter().getInstance().router as {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    };
    const routes = router.stack
      .filter((layer) => layer.route)
      .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`))
      .filter((route) => !route.includes('/graphql'));
    expect(Object.keys(REST).sort()).toEqual(routes.sort());
  });

  describe.each(Object.entries({ ...GRAPHQL, ...FIELDS }))('%s', (operation, case_) => {
    const { allowed, request, expectedErrors = [], freshSession = false } = case_;
    it.each(WHO)(`as %s`, async (who) => {
      const { query, variables } = await request();
      const result = await t.gql(query, variables, await cookieFor(who, freshSession));
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      if (isAllowed(allowed, who)) {
        // Allowed means it worked: no error at all beyond the ones the case names (a 500 is not "allowed").
        expect({ operation, who, codes }).toEqual({
          operation,
          who,
          codes: codes.filter((c) => expectedErrors.includes(c as string)),
        });
        expect(result.status).toBe(200);
      } else {
        expect({ operation, who, codes }).toEqual({
          operation,
          who,
          codes: [who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'],
        });
        if (!operation.includes('.')) expect(result.data?.[operation] ?? null).toBeNull();
      }
    });
  });

  describe.each(Object.entries(REST))('%s', (route, { allowed, path, init = {}, allowedStatus = 200 }) => {
    it.each(WHO)('as %s', async (who) => {
      const cookie = await cookieFor(who);
      const headers = { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) };
      const res = await fetch(`${t.url}${await path()}`, { ...init, headers });
      const expected = isAllowed(allowed, who) ? allowedStatus : who === 'anonymous' ? 401 : 403;
      expect({ route, who, status: res.status }).toEqual({ route, who, status: expected });
    });
  });
});
