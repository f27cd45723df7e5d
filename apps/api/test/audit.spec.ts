import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Role } from '@portal/domain';
import { AuditService } from '../src/audit/audit.service.js';
import { CLI_ACTOR_LABEL, inviteFirstAdmin } from '../src/cli/first-admin.js';
import { EventsService } from '../src/jobs/events.service.js';
import { ContactEntity } from '../src/modules/contacts/contact.entity.js';
import { createEvent, eventInput } from './support/calendar-factory.js';
import { createAgreedCampaign } from './support/campaign-factory.js';
import { createContact } from './support/contact-factory.js';
import { deadLetterJob } from './support/jobs-helpers.js';
import { createApprovedMaterial, doc } from './support/material-factory.js';
import { categoryId, createDocumentAs, uploadForCookie } from './support/document-files.js';
import { tempDataDir, tinyPdf } from './support/file-helpers.js';
import { TestApp, TEST_PASSWORD } from './support/test-app.js';

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

interface AuditRow {
  id: string;
  action: string;
  actor_id: string | null;
  actor_label: string | null;
  subject_type: string;
  subject_id: string | null;
  summary: Record<string, unknown>;
}

const lastId = async (): Promise<string> =>
  (await t.dataSource.query(`SELECT COALESCE(MAX(id), 0)::text AS id FROM audit_event`))[0].id;
const rowsAfter = (id: string): Promise<AuditRow[]> =>
  t.dataSource.query(`SELECT * FROM audit_event WHERE id > $1 ORDER BY id`, [id]);

const ok = async (query: string, variables: Record<string, unknown> = {}, cookie: string | null = null) => {
  const result = await t.gql(query, variables, cookie);
  if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data!;
};

interface Call {
  /** Who performs it (a fresh session, so signing out or changing the password cannot break another case). */
  as: Role[] | 'anonymous';
  /** Runs the mutation successfully; returns the id of the subject the entry must name, if known. */
  run: (cookie: string | null) => Promise<string | void>;
  action: string;
}

const contactInput = () => ({ kind: 'person', name: 'Аудит Тестовый', category: 'press', phones: ['+996555000111'] });
const kindId = async () => (await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'statement'`))[0].id;
const invite = async (admin: string) => {
  const email = `a${Math.random().toString(36).slice(2)}@test.kg`;
  const data = await ok(
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { inviteUrl user { id } } }',
    { i: { email, displayName: 'Приглашённый', roles: ['member'] } },
    admin,
  );
  return {
    id: data.inviteUser.user.id as string,
    token: new URL(data.inviteUser.inviteUrl).pathname.split('/').pop()!,
  };
};
const comment = async (authorRoles: Role[] = ['member']) => {
  const author = await t.createUser(authorRoles);
  const material = await createApprovedMaterial(t);
  const [row] = await t.dataSource.query(
    `INSERT INTO content_comment (item_id, body, author_id) VALUES ($1, 'Комментарий', $2) RETURNING id`,
    [material.id, author.id],
  );
  return row.id as string;
};

/**
 * Every mutation of the schema, performed successfully, with the action its audit entry must carry. A mutation
 * missing here (and from EXEMPT) fails the suite, so a new one cannot ship without its audit entry.
 */
const CALLS: Record<string, Call> = {
  signIn: {
    as: 'anonymous',
    action: 'auth.sign_in',
    run: async () => {
      const user = await t.createUser(['member']);
      await ok('mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', {
        i: { email: user.email, password: TEST_PASSWORD },
      });
      return user.id;
    },
  },
  signOut: {
    as: ['member'],
    action: 'auth.sign_out',
    run: async (c) => void (await ok('mutation { signOut }', {}, c)),
  },
  acceptInvite: {
    as: 'anonymous',
    action: 'user.accept_invite',
    run: async () => {
      const { id, token } = await invite((await t.as('admin')).cookie);
      await ok('mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { user { id } } }', {
        i: { token, password: 'a long enough passphrase' },
      });
      return id;
    },
  },
  changePassword: {
    as: ['member'],
    action: 'user.change_password',
    run: async (c) =>
      void (await ok(
        'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
        { i: { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' } },
        c,
      )),
  },
  startTwoFactorEnrolment: {
    as: ['member'],
    action: 'user.two_factor_start',
    run: async (c) => void (await ok('mutation { startTwoFactorEnrolment { secret } }', {}, c)),
  },
  confirmTwoFactorEnrolment: {
    as: ['member'],
    action: 'user.two_factor_enable',
    run: async (c) => {
      const { secret } = (await ok('mutation { startTwoFactorEnrolment { secret } }', {}, c)).startTwoFactorEnrolment;
      const code = await t.totpCode(secret);
      await ok('mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) }', { code }, c);
    },
  },
  endMySession: {
    as: ['member'],
    action: 'auth.session_end',
    run: async (c) => {
      const id = (await ok('{ mySessions { id } }', {}, c)).mySessions[0].id;
      await ok(`mutation { endMySession(id: "${id}") }`, {}, c);
    },
  },
  endMyOtherSessions: {
    as: ['member'],
    action: 'auth.sessions_end_others',
    run: async (c) => void (await ok('mutation { endMyOtherSessions }', {}, c)),
  },
  resetTwoFactor: {
    as: ['admin'],
    action: 'user.two_factor_reset',
    run: async (c) => {
      const approver = await t.createUser(['approver']);
      await ok(`mutation { resetTwoFactor(id: "${approver.id}") { id } }`, {}, c);
      return approver.id;
    },
  },
  updateMyPreferences: {
    as: ['member'],
    action: 'user.preferences',
    run: async (c) => void (await ok('mutation { updateMyPreferences(input: { language: ky }) { id } }', {}, c)),
  },
  setNotificationPreference: {
    as: ['member'],
    action: 'notification.preference',
    run: async (c) =>
      void (await ok('mutation { setNotificationPreference(kind: library_update, channel: weekly) { kind } }', {}, c)),
  },
  createOrganization: {
    as: ['editor'],
    action: 'organization.create',
    run: async (c) =>
      (
        await ok(
          'mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }',
          { i: { name: `Орг ${Math.random()}`, type: 'cso' } },
          c,
        )
      ).createOrganization.id,
  },
  updateOrganization: {
    as: ['editor'],
    action: 'organization.update',
    run: async (c) => {
      const id = (await t.createOrganization()).id;
      await ok(
        'mutation($id: ID!, $i: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $i) { id } }',
        { id, i: { name: `Орг ${Math.random()}`, type: 'media', version: 1 } },
        c,
      );
      return id;
    },
  },
  createContact: {
    as: ['editor'],
    action: 'contact.create',
    run: async (c) =>
      (await ok('mutation($i: ContactInput!) { createContact(input: $i) { id } }', { i: contactInput() }, c))
        .createContact.id,
  },
  updateContact: {
    as: ['editor'],
    action: 'contact.update',
    run: async (c) => {
      const id = (await createContact(t, { category: 'press' })).id;
      await ok(
        'mutation($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id } }',
        { id, i: { ...contactInput(), version: 1 } },
        c,
      );
      return id;
    },
  },
  archiveContact: {
    as: ['editor'],
    action: 'contact.archive',
    run: async (c) => {
      const id = (await createContact(t)).id;
      await ok(`mutation { archiveContact(id: "${id}") { id } }`, {}, c);
      return id;
    },
  },
  restoreContact: {
    as: ['editor'],
    action: 'contact.restore',
    run: async (c) => {
      const id = (await createContact(t, { status: 'archived' })).id;
      await ok(`mutation { restoreContact(id: "${id}") { id } }`, {}, c);
      return id;
    },
  },
  importContacts: {
    as: ['editor'],
    action: 'contact.import',
    run: async (c) => {
      const csv = `kind,name,category\nperson,Аудит ${Math.random().toString(36).slice(2)},press`;
      const data = await ok('mutation($csv: String!) { importContacts(csv: $csv) { created } }', { csv }, c);
      expect(data.importContacts.created).toBe(1);
    },
  },
  inviteUser: { as: ['admin'], action: 'user.invite', run: async (c) => (await invite(c!)).id },
  setUserRoles: {
    as: ['admin'],
    action: 'user.role_change',
    run: async (c) => {
      const id = (await t.createUser(['member'])).id;
      await ok(`mutation { setUserRoles(id: "${id}", input: { roles: [reader] }) { id } }`, {}, c);
      return id;
    },
  },
  deactivateUser: {
    as: ['admin'],
    action: 'user.deactivate',
    run: async (c) => {
      const id = (await t.createUser(['member'])).id;
      await ok(`mutation { deactivateUser(id: "${id}") { id } }`, {}, c);
      return id;
    },
  },
  reactivateUser: {
    as: ['admin'],
    action: 'user.reactivate',
    run: async (c) => {
      const id = (await t.createUser(['member'], { status: 'deactivated' })).id;
      await ok(`mutation { reactivateUser(id: "${id}") { id } }`, {}, c);
      return id;
    },
  },
  createMaterial: {
    as: ['editor'],
    action: 'material.create',
    run: async (c) =>
      (
        await ok(
          'mutation($i: CreateMaterialInput!) { createMaterial(input: $i) { id } }',
          { i: { kindId: await kindId(), language: 'ky', title: 'Билдирүү', body: doc('Текст') } },
          c,
        )
      ).createMaterial.id,
  },
  saveMaterial: {
    as: ['editor'],
    action: 'material.new_revision',
    run: async (c) => {
      const id = (await createApprovedMaterial(t)).id;
      await ok(
        'mutation($id: ID!, $i: SaveMaterialInput!) { saveMaterial(id: $id, input: $i) { id } }',
        { id, i: { title: 'Новая редакция', body: doc('Новый текст'), revisionNumber: 1, revisionVersion: 1 } },
        c,
      );
      return id;
    },
  },
  transitionMaterial: {
    as: ['editor'],
    action: 'material.transition.archive',
    run: async (c) => {
      const id = (await createApprovedMaterial(t)).id;
      await ok(
        'mutation($id: ID!) { transitionMaterial(id: $id, input: { transition: archive, revisionVersion: 1 }) { id } }',
        { id },
        c,
      );
      return id;
    },
  },
  rescheduleMaterial: {
    as: ['approver'],
    action: 'material.reschedule',
    run: async (c) => {
      const id = (await createApprovedMaterial(t)).id;
      await ok(
        'mutation($id: ID!, $i: RescheduleMaterialInput!) { rescheduleMaterial(id: $id, input: $i) { id } }',
        { id, i: { validUntil: '2030-01-01', version: 1 } },
        c,
      );
      return id;
    },
  },
  createTranslation: {
    as: ['editor'],
    action: 'material.translation.create',
    run: async (c) =>
      (
        await ok(
          'mutation($id: ID!, $i: CreateTranslationInput!) { createTranslation(sourceId: $id, input: $i) { id } }',
          { id: (await createApprovedMaterial(t)).id, i: { language: 'ky', title: 'Котормо', body: doc('Текст') } },
          c,
        )
      ).createTranslation.id,
  },
  withdrawMaterial: {
    as: ['editor'],
    action: 'material.withdraw',
    run: async (c) => {
      const id = (await createApprovedMaterial(t)).id;
      await ok(`mutation { withdrawMaterial(id: "${id}", input: { reason: "Устарело" }) { id } }`, {}, c);
      return id;
    },
  },
  updateMaterialDetails: {
    as: ['editor'],
    action: 'material.details',
    run: async (c) => {
      const id = (await createApprovedMaterial(t)).id;
      await ok(
        'mutation($id: ID!, $i: MaterialDetailsInput!) { updateMaterialDetails(id: $id, input: $i) { id } }',
        { id, i: { campaignId: (await createAgreedCampaign(t)).id, channels: ['press'], version: 1 } },
        c,
      );
      return id;
    },
  },
  createCampaign: {
    as: ['editor'],
    action: 'campaign.create',
    run: async (c) =>
      (await ok('mutation { createCampaign(input: { title: "Кампания аудита" }) { id } }', {}, c)).createCampaign.id,
  },
  updateCampaign: {
    as: ['editor'],
    action: 'campaign.new_revision',
    run: async (c) => {
      const { id } = await createAgreedCampaign(t);
      await ok(
        'mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { id } }',
        { id, i: { title: 'Новая редакция', version: 1, revisionVersion: 1 } },
        c,
      );
      return id;
    },
  },
  transitionCampaign: {
    as: ['editor'],
    action: 'campaign.transition.archive',
    run: async (c) => {
      const { id } = await createAgreedCampaign(t);
      await ok(
        `mutation { transitionCampaign(id: "${id}", input: { transition: archive, revisionVersion: 1 }) { id } }`,
        {},
        c,
      );
      return id;
    },
  },
  addCampaignPlanItem: {
    as: ['editor'],
    action: 'campaign.plan_item.add',
    run: async (c) => {
      const { id } = await createAgreedCampaign(t);
      await ok(`mutation { addCampaignPlanItem(campaignId: "${id}", input: { title: "Пункт" }) { id } }`, {}, c);
      return id;
    },
  },
  updateCampaignPlanItem: {
    as: ['editor'],
    action: 'campaign.plan_item.update',
    run: async (c) => {
      const { id, planItemId } = await createAgreedCampaign(t);
      await ok(
        `mutation { updateCampaignPlanItem(id: "${planItemId}", input: { title: "Пункт", status: done, version: 1 }) { id } }`,
        {},
        c,
      );
      return id;
    },
  },
  saveMaterialKind: {
    as: ['admin'],
    action: 'material_kind.create',
    run: async (c) =>
      (
        await ok(
          'mutation($i: MaterialKindInput!) { saveMaterialKind(input: $i) { id } }',
          {
            i: {
              code: `kind_${Math.random().toString(36).slice(2, 8)}`,
              structure: 'text',
              nameRu: 'Справка',
              nameKy: 'Маалымкат',
              nameEn: 'Fact sheet',
            },
          },
          c,
        )
      ).saveMaterialKind.id,
  },
  addMaterialComment: {
    as: ['member'],
    action: 'comment.add',
    run: async (c) => {
      const material = await createApprovedMaterial(t);
      const data = await ok(
        `mutation { addMaterialComment(materialId: "${material.id}", input: { body: "Замечание" }) { id } }`,
        {},
        c,
      );
      return data.addMaterialComment.id;
    },
  },
  editMaterialComment: {
    as: ['admin'],
    action: 'comment.edit',
    run: async (c) => {
      const id = await comment();
      await ok(`mutation { editMaterialComment(id: "${id}", input: { body: "Правка" }) { id } }`, {}, c);
      return id;
    },
  },
  resolveMaterialComment: {
    as: ['editor'],
    action: 'comment.resolve',
    run: async (c) => {
      const id = await comment();
      await ok(`mutation { resolveMaterialComment(id: "${id}", resolved: true) { id } }`, {}, c);
      return id;
    },
  },
  retryDeadLetterJob: {
    as: ['admin'],
    action: 'job.retry',
    run: async (c) => {
      const id = await deadLetterJob(t);
      expect((await ok(`mutation { retryDeadLetterJob(id: "${id}") }`, {}, c)).retryDeadLetterJob).toBe(true);
      return id;
    },
  },
  discardDeadLetterJob: {
    as: ['admin'],
    action: 'job.discard',
    run: async (c) => {
      const id = await deadLetterJob(t);
      expect((await ok(`mutation { discardDeadLetterJob(id: "${id}") }`, {}, c)).discardDeadLetterJob).toBe(true);
      return id;
    },
  },
};

const calendarCall = (action: string, mutation: (id: string) => string, rrule?: string): Call => ({
  as: ['editor'],
  action,
  run: async (c) => {
    const { eventId } = await createEvent(t, rrule ? { rrule } : {});
    await ok(mutation(eventId), {}, c);
    return eventId;
  },
});
Object.assign(CALLS, {
  createCalendarEvent: {
    as: ['editor'],
    action: 'calendar_event.create',
    run: async (c) =>
      (
        await ok(
          'mutation($i: CalendarEventInput!) { createCalendarEvent(input: $i) { eventId } }',
          { i: eventInput() },
          c,
        )
      ).createCalendarEvent.eventId,
  },
  updateCalendarEvent: {
    as: ['editor'],
    action: 'calendar_event.update',
    run: async (c) => {
      const { eventId } = await createEvent(t);
      await ok(
        'mutation($id: ID!, $i: UpdateCalendarEventInput!) { updateCalendarEvent(id: $id, input: $i) { eventId } }',
        { id: eventId, i: { ...eventInput({ title: 'Новое название' }), version: 1 } },
        c,
      );
      return eventId;
    },
  },
  cancelCalendarEvent: calendarCall(
    'calendar_event.cancel',
    (id) =>
      `mutation { cancelCalendarEvent(id: "${id}", input: { scope: this, occurrenceStart: "2027-02-15T04:00:00.000Z", version: 1 }) { eventId } }`,
    'FREQ=MONTHLY;COUNT=3',
  ),
  setMeetingAgenda: calendarCall(
    'meeting.agenda_set',
    (id) =>
      `mutation { setMeetingAgenda(eventId: "${id}", version: 1, input: { items: [{ title: "Открытие", plannedMinutes: 10 }] }) { agendaMinutes } }`,
  ),
  setMeetingInvitees: {
    as: ['editor'],
    action: 'meeting.invitees_set',
    run: async (c) => {
      const { eventId } = await createEvent(t);
      const invitee = await t.createUser(['member']);
      await ok(
        `mutation { setMeetingInvitees(eventId: "${eventId}", input: { userIds: ["${invitee.id}"], organizationIds: [] }) { invited } }`,
        {},
        c,
      );
      return eventId;
    },
  },
  respondToMeeting: {
    as: ['member'],
    action: 'meeting.respond',
    run: async (c) => {
      const { eventId } = await createEvent(t);
      await t.dataSource.query(
        `INSERT INTO meeting_invitee (event_id, user_id) SELECT $1, id FROM app_user ON CONFLICT DO NOTHING`,
        [eventId],
      );
      await ok(`mutation { respondToMeeting(eventId: "${eventId}", input: { response: yes }) { invited } }`, {}, c);
      return eventId;
    },
  },
  recordMeetingAttendance: {
    as: ['editor'],
    action: 'meeting.attendance',
    run: async (c) => {
      const { eventId } = await createEvent(t);
      const attendee = await t.createUser(['member']);
      await ok(
        `mutation { recordMeetingAttendance(eventId: "${eventId}", input: { entries: [{ userId: "${attendee.id}", status: present, mode: in_person }] }) { invited } }`,
        {},
        c,
      );
      return eventId;
    },
  },
  regenerateCalendarFeed: {
    as: ['reader'],
    action: 'calendar_feed.create',
    run: async (c) => {
      await ok('mutation { regenerateCalendarFeed { createdAt } }', {}, c);
    },
  },
  revokeCalendarFeed: {
    as: ['reader'],
    action: 'calendar_feed.revoke',
    run: async (c) => {
      await ok('mutation { regenerateCalendarFeed { createdAt } }', {}, c);
      await ok('mutation { revokeCalendarFeed }', {}, c);
    },
  },
} satisfies Record<string, Call>);

/** Mutations that change no shared data, with the reason. */
const documentId = async () =>
  (await createDocumentAs(t, await t.as('editor'), { name: 'audit.pdf', bytes: tinyPdf('audit') })).id;
const documentDetails = async () => ({ title: 'Документ аудита', categoryId: await categoryId(t) });
Object.assign(CALLS, {
  saveDocumentCategory: {
    as: ['admin'],
    action: 'document_category.save',
    run: async (c) =>
      (
        await ok(
          'mutation($i: DocumentCategoryInput!) { saveDocumentCategory(input: $i) { id } }',
          {
            i: {
              code: `cat_${Math.random().toString(36).slice(2, 8)}`,
              nameRu: 'Указы',
              nameKy: 'Жарлыктар',
              nameEn: 'Decrees',
            },
          },
          c,
        )
      ).saveDocumentCategory.id,
  },
  createDocument: {
    as: ['editor'],
    action: 'document.create',
    run: async (c) => {
      const uploadId = await uploadForCookie(t, c!, 'audit.pdf', tinyPdf('audit'));
      const data = await ok(
        'mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }',
        { i: { ...(await documentDetails()), uploadId } },
        c,
      );
      return data.createDocument.id;
    },
  },
  updateDocument: {
    as: ['editor'],
    action: 'document.update',
    run: async (c) => {
      const id = await documentId();
      await ok(
        'mutation($id: ID!, $i: UpdateDocumentInput!) { updateDocument(id: $id, input: $i) { id } }',
        { id, i: { ...(await documentDetails()), number: '№ 7', version: 1 } },
        c,
      );
      return id;
    },
  },
  addDocumentVersion: {
    as: ['editor'],
    action: 'document.add_version',
    run: async (c) => {
      const documentId_ = await documentId();
      const uploadId = await uploadForCookie(t, c!, 'v2.pdf', tinyPdf('audit v2'));
      await ok(
        'mutation($i: AddDocumentVersionInput!) { addDocumentVersion(input: $i) { number } }',
        { i: { documentId: documentId_, uploadId } },
        c,
      );
      return documentId_;
    },
  },
  archiveDocument: {
    as: ['editor'],
    action: 'document.archive',
    run: async (c) => {
      const id = await documentId();
      await ok(`mutation { archiveDocument(id: "${id}") { id } }`, {}, c);
      return id;
    },
  },
  purgeDocument: {
    as: ['admin'],
    action: 'document.purge',
    run: async (c) => {
      const id = await documentId();
      await ok(`mutation { archiveDocument(id: "${id}") { id } }`, {}, c);
      await ok(`mutation { purgeDocument(id: "${id}") }`, {}, c);
      return id;
    },
  },
  linkDocumentToMaterial: {
    as: ['editor'],
    action: 'document.link_material',
    run: async (c) => {
      const id = await documentId();
      const material = await createApprovedMaterial(t);
      await ok(`mutation { linkDocumentToMaterial(documentId: "${id}", materialId: "${material.id}") { id } }`, {}, c);
      return id;
    },
  },
} satisfies Record<string, Call>);

const EXEMPT: Record<string, string> = {
  previewContactImport: 'checks a file and reports what an import would do; writes nothing',
  markLibraryVisited: "moves the caller's own 'seen up to' mark (a read receipt on every library visit), no data",
  markNotificationsRead: "marks the caller's own notifications read, a read receipt",
};

describe('audit log', () => {
  it('has an entry case or an exemption for every mutation of the schema', () => {
    const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).sort();
    expect([...Object.keys(CALLS), ...Object.keys(EXEMPT)].sort()).toEqual(mutations);
  });

  it.each(Object.entries(CALLS))('%s writes its audit entry', async (_name, { as, run, action }) => {
    const who = as === 'anonymous' ? null : await t.signInAs(as);
    const before = await lastId();
    const subjectId = await run(who?.cookie ?? null);
    const entries = (await rowsAfter(before)).filter((row) => row.action === action);
    expect(entries).toHaveLength(1);
    if (who) expect(entries[0].actor_id).toBe(who.user.id);
    if (subjectId) expect(entries[0].subject_id).toBe(subjectId);
  });

  it('records changed fields with old and new values, and free text only as changed', async () => {
    const editor = await t.as('editor');
    const contact = await createContact(t, { category: 'press', name: 'Старое Имя', position: 'Пресс-секретарь' });
    await t.dataSource.query(`UPDATE contact SET notes = 'секретная заметка' WHERE id = $1`, [contact.id]);
    const before = await lastId();
    await ok(
      'mutation($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id } }',
      {
        id: contact.id,
        i: {
          kind: 'person',
          name: 'Новое Имя',
          position: 'Пресс-секретарь',
          category: 'press',
          phones: ['+996555000000'],
          notes: 'другая заметка',
          version: 1,
        },
      },
      editor.cookie,
    );
    const [entry] = await rowsAfter(before);
    expect(entry).toMatchObject({
      action: 'contact.update',
      actor_label: editor.user.email,
      subject_type: 'Contact',
      subject_id: contact.id,
    });
    expect(entry.summary).toEqual({
      name: { from: 'Старое Имя', to: 'Новое Имя' },
      notes: { changed: true },
    });
  });

  it('records a draft saved in place with its revision number, never its title or text', async () => {
    const editor = await t.as('editor');
    const created = await ok(
      'mutation($i: CreateMaterialInput!) { createMaterial(input: $i) { id working { version } } }',
      { i: { kindId: await kindId(), language: 'ru', title: 'Черновик', body: doc('Первый текст') } },
      editor.cookie,
    );
    const before = await lastId();
    await ok(
      'mutation($id: ID!, $i: SaveMaterialInput!) { saveMaterial(id: $id, input: $i) { id } }',
      {
        id: created.createMaterial.id,
        i: { title: 'Тайный заголовок', body: doc('Тайный текст'), revisionNumber: 1, revisionVersion: 1 },
      },
      editor.cookie,
    );
    const rows = await rowsAfter(before);
    expect(rows.map((r) => [r.action, r.subject_id, r.summary])).toEqual([
      ['material.save', created.createMaterial.id, { revisionNumber: 1 }],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Тайный/);
  });

  it('records failed sign-ins, of unknown accounts too, with the e-mail tried and never the password', async () => {
    const user = await t.createUser(['member']);
    const before = await lastId();
    const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }';
    await t.gql(SIGN_IN, { i: { email: user.email, password: 'wrong password here' } });
    await t.gql(SIGN_IN, { i: { email: 'nobody@nowhere.kg', password: 'wrong password here' } });
    const rows = await rowsAfter(before);
    expect(rows.map((r) => [r.action, r.actor_id, r.actor_label, r.subject_id])).toEqual([
      ['auth.sign_in_failed', null, user.email, user.id],
      ['auth.sign_in_failed', null, 'nobody@nowhere.kg', null],
    ]);
    expect(JSON.stringify(rows)).not.toContain('wrong password');
  });

  it('records the first administrator invited from the command line, naming the command as the actor', async () => {
    const before = await lastId();
    const { userId } = await inviteFirstAdmin(
      { dataSource: t.dataSource, events: t.app.get(EventsService), audit: t.app.get(AuditService) },
      { email: `first-admin-${Date.now()}@example.kg`, displayName: 'Первый Администратор' },
      'https://portal.example.kg',
    );
    const rows = await rowsAfter(before);
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'user.invite',
        actor_id: null,
        actor_label: CLI_ACTOR_LABEL,
        subject_type: 'User',
        subject_id: userId,
        summary: expect.objectContaining({ roles: ['admin'] }),
      }),
    ]);
  });

  it('writes nothing when the change fails or rolls back', async () => {
    const editor = await t.as('editor');
    const contact = await createContact(t, { category: 'press' });
    const before = await lastId();
    // A stale version: the update is refused, so no entry.
    const stale = await t.gql(
      'mutation($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id } }',
      { id: contact.id, i: { ...contactInput(), version: 7 } },
      editor.cookie,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    // A change and its entry in one transaction that then fails: both vanish.
    const audit = t.app.get(AuditService);
    await expect(
      t.dataSource.transaction(async (tx) => {
        await tx.update(ContactEntity, { id: contact.id }, { name: 'Откатится' });
        await audit.record(tx, {
          actor: editor.user,
          action: 'contact.update',
          subjectType: 'Contact',
          subjectId: contact.id,
        });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await rowsAfter(before)).toEqual([]);
    expect((await t.dataSource.getRepository(ContactEntity).findOneByOrFail({ id: contact.id })).name).toBe(
      contact.name,
    );
  });

  it('refuses UPDATE, DELETE and TRUNCATE of entries', async () => {
    const audit = t.app.get(AuditService);
    await audit.record(t.dataSource.manager, {
      actor: null,
      actorLabel: 'x@test.kg',
      action: 'test',
      subjectType: 'Test',
    });
    const id = await lastId();
    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(
      'append-only',
    );
    await expect(t.dataSource.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow('append-only');
    await expect(t.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow('append-only');
    expect((await t.dataSource.query(`SELECT action FROM audit_event WHERE id = $1`, [id]))[0].action).toBe('test');
  });
});

describe('auditEvents and the CSV export', () => {
  const QUERY = `query($f: AuditFilterInput, $limit: Int) {
    auditEvents(filter: $f, limit: $limit) { total items { action actorId actorLabel actorName subjectType subjectId summary } } }`;

  it('filters by subject, person, action and period, newest first', async () => {
    const admin = await t.as('admin');
    const editor = await t.signInAs(['editor']);
    const contact = await createContact(t, { category: 'press' });
    for (const name of ['Первое Имя', 'Второе Имя']) {
      const version = (await t.dataSource.getRepository(ContactEntity).findOneByOrFail({ id: contact.id })).version;
      await ok(
        'mutation($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id } }',
        { id: contact.id, i: { ...contactInput(), name, version } },
        editor.cookie,
      );
    }
    const bySubject = await ok(QUERY, { f: { subjectType: 'Contact', subjectId: contact.id } }, admin.cookie);
    expect(bySubject.auditEvents.total).toBe(2);
    expect(bySubject.auditEvents.items.map((e: { summary: string }) => JSON.parse(e.summary).name.to)).toEqual([
      'Второе Имя',
      'Первое Имя',
    ]);
    expect(bySubject.auditEvents.items[0]).toMatchObject({ actorId: editor.user.id, actorName: 'Test User' });

    const byPerson = await ok(QUERY, { f: { actorId: editor.user.id, action: 'contact' } }, admin.cookie);
    expect(byPerson.auditEvents.total).toBe(2);
    const signIns = await ok(QUERY, { f: { actorId: editor.user.id, action: 'auth.sign_in' } }, admin.cookie);
    expect(signIns.auditEvents.total).toBe(1);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await ok(QUERY, { f: { subjectId: contact.id, from: future } }, admin.cookie);
    expect(none.auditEvents.total).toBe(0);
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const all = await ok(QUERY, { f: { subjectId: contact.id, from: past, to: future } }, admin.cookie);
    expect(all.auditEvents.total).toBe(2);

    const bad = await t.gql(QUERY, { f: { from: 'yesterday' } }, admin.cookie);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('charges the list per row asked for, so aliased pages of it cannot pile up', async () => {
    const admin = await t.as('admin');
    const page = 'auditEvents(limit: 100) { total items { id action actorLabel subjectId summary occurredAt } }';
    const one = await t.gql(`{ ${page} }`, {}, admin.cookie);
    expect(one.errors).toBeUndefined();
    const many = await t.gql(
      `{ ${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `a${n}: ${page}`).join(' ')} }`,
      {},
      admin.cookie,
    );
    expect(many.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('exports the same filters as CSV with formula-like cells guarded', async () => {
    const admin = await t.as('admin');
    const editor = await t.as('editor');
    const id = (
      await ok('mutation($i: ContactInput!) { createContact(input: $i) { id } }', { i: contactInput() }, editor.cookie)
    ).createContact.id;
    const res = await fetch(`${t.url}/api/audit/export.csv?subjectType=Contact&subjectId=${id}`, {
      headers: { cookie: admin.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('occurred_at,actor_id,actor,action,subject_type,subject_id,summary');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${editor.user.email},contact.create,Contact,${id},`);

    // A failed sign-in records whatever was typed as the e-mail: a spreadsheet must not run it.
    const since = new Date(Date.now() - 1000).toISOString();
    const typed = '=hyperlink("http://evil.example","x")'; // sign-in lowercases the e-mail
    await t.gql('mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', {
      i: { email: typed, password: 'whatever it is' },
    });
    const failed = await fetch(
      `${t.url}/api/audit/export.csv?action=auth.sign_in_failed&from=${encodeURIComponent(since)}`,
      { headers: { cookie: admin.cookie } },
    );
    const text = await failed.text();
    expect(text).toContain(`"'=hyperlink(""http://evil.example"",""x"")"`);
    expect(text).not.toMatch(/,"?=hyperlink/);

    const bad = await fetch(`${t.url}/api/audit/export.csv?from=yesterday`, { headers: { cookie: admin.cookie } });
    expect(bad.status).toBe(400);
  });
});
