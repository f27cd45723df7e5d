import { DomainEventEntity } from '../src/jobs/domain-event.entity.js';
import { AuditEventEntity } from '../src/audit/audit-event.entity.js';
import {
  ADD_PLAN_ITEM,
  agreeCampaign,
  CAMPAIGN,
  CAMPAIGNS,
  createCampaign,
  TRANSITION_CAMPAIGN,
  UPDATE_CAMPAIGN,
  UPDATE_PLAN_ITEM,
} from './support/campaign-factory.js';
import { createApprovedMaterial, CREATE_MATERIAL, doc } from './support/material-factory.js';
import { TestApp, type SignedInUser } from './support/test-app.js';

let t: TestApp;
let editor: SignedInUser;
let secondEditor: SignedInUser;
let approver: SignedInUser;
let member: SignedInUser;
let reader: SignedInUser;

beforeAll(async () => {
  t = await TestApp.start();
  editor = await t.signInAs(['editor']);
  secondEditor = await t.signInAs(['editor']);
  approver = await t.signInAs(['approver', 'member']);
  member = await t.signInAs(['member']);
  reader = await t.signInAs(['reader']);
});
afterAll(() => t.close());

const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Bishkek' });

describe('a campaign and its plan', () => {
  it('starts as a draft with the plan of strategy §IV items 1–11, all open', async () => {
    const c = await createCampaign(t, editor.cookie, {
      goals: 'Каждый знает номер 189',
      regionalPlan: 'Встречи в айыл окмоту',
      csoActivities: 'Консультации для семей',
      audiences: ['at_risk', 'returnees', 'at_risk'],
    });
    expect(c).toMatchObject({
      state: 'draft',
      publishedState: null,
      revisionNumber: 1,
      goals: 'Каждый знает номер 189',
      audiences: ['at_risk', 'returnees'],
      availableTransitions: ['submit'],
      progress: { done: 0, total: 11, overdue: 0 },
    });
    expect(c.planItems).toHaveLength(11);
    expect(c.planItems[0]).toMatchObject({ position: 1, status: 'open', ownerUserId: null });
    expect(c.planItems[0].title).toMatch(/пресс-конференция/iu);
    expect(c.planItems[10].title).toMatch(/щиты/iu);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await t.gql(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { title: 'Встреча репатриантов', startsOn: '2027-05-01', endsOn: '2027-04-01' } },
      editor.cookie,
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.endsOn' })],
    });
  });

  it('ticks, drops and assigns items, counting progress and overdue ones, each change audited', async () => {
    const c = await createCampaign(t, editor.cookie);
    const organization = await t.createOrganization();
    const [first, second, third] = c.planItems;
    const update = (item: { id: string; title: string; version: number }, input: Record<string, unknown>) =>
      t.gql(
        UPDATE_PLAN_ITEM,
        { id: item.id, input: { title: item.title, version: item.version, ...input } },
        editor.cookie,
      );

    const done = await update(first, { status: 'done', dueOn: dayFromToday(-5) });
    expect(done.data?.updateCampaignPlanItem).toMatchObject({ status: 'done', overdue: false, version: 2 });
    const late = await update(second, {
      dueOn: dayFromToday(-1),
      ownerUserId: member.user.id,
      ownerOrganizationId: organization.id,
    });
    expect(late.data?.updateCampaignPlanItem).toMatchObject({ status: 'open', overdue: true });
    await update(third, { status: 'dropped' });

    // Someone else's stale copy of the same item is a conflict, not a silent overwrite.
    const stale = await update(first, { status: 'open' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const page = await t.gql(CAMPAIGN, { id: c.id }, member.cookie);
    expect(page.data?.campaign.progress).toEqual({ done: 1, total: 10, overdue: 1 });
    expect(page.data?.campaign.planItems[1]).toMatchObject({
      ownerUserId: member.user.id,
      ownerOrganizationName: organization.name,
      overdue: true,
    });

    const audit = await t.dataSource.getRepository(AuditEventEntity).find({
      where: { subjectId: c.id, action: 'campaign.plan_item.update' },
      order: { occurredAt: 'ASC' },
    });
    expect(audit.map((e) => e.summary)).toEqual([
      expect.objectContaining({ planItemId: first.id, status: { from: 'open', to: 'done' } }),
      expect.objectContaining({ planItemId: second.id, ownerUserId: { from: null, to: member.user.id } }),
      expect.objectContaining({ planItemId: third.id, status: { from: 'open', to: 'dropped' } }),
    ]);
    const assigned = await t.dataSource
      .getRepository(DomainEventEntity)
      .findBy({ type: 'campaign.item-assigned', subjectId: c.id });
    expect(assigned.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        planItemId: second.id,
        ownerUserId: member.user.id,
        ownerOrganizationId: organization.id,
      }),
    ]);
  });

  it('adds an item with a material as its evidence, refusing evidence the editor cannot find', async () => {
    const c = await createCampaign(t, editor.cookie, { standardPlan: false });
    expect(c.planItems).toEqual([]);
    const release = await createApprovedMaterial(t);
    const added = await t.gql(
      ADD_PLAN_ITEM,
      { id: c.id, input: { title: 'Пресс-релиз о начале кампании', status: 'done', evidenceMaterialId: release.id } },
      editor.cookie,
    );
    expect(added.data?.addCampaignPlanItem).toMatchObject({
      status: 'done',
      evidence: { id: release.id, title: 'Пресс-релиз' },
    });
    const missing = await t.gql(
      ADD_PLAN_ITEM,
      { id: c.id, input: { title: 'Без доказательства', evidenceMaterialId: '00000000-0000-4000-8000-000000000000' } },
      editor.cookie,
    );
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.evidenceMaterialId', reason: 'notFound' })],
    });
  });

  it('lets only editors change the plan', async () => {
    const c = await createCampaign(t, editor.cookie);
    const item = c.planItems[0];
    for (const who of [member, approver]) {
      const result = await t.gql(
        UPDATE_PLAN_ITEM,
        { id: item.id, input: { title: item.title, status: 'done', version: item.version } },
        who.cookie,
      );
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the campaign workflow', () => {
  it('is agreed by the working group, never by whoever wrote the plan; readers see agreed plans only', async () => {
    const c = await createCampaign(t, editor.cookie, { title: 'Что такое «безопасная миграция»?' });
    expect((await t.gql(CAMPAIGN, { id: c.id }, reader.cookie)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const readerList = await t.gql(CAMPAIGNS, {}, reader.cookie);
    expect(readerList.data?.campaigns.items.map((i: { id: string }) => i.id)).not.toContain(c.id);

    const submitted = await t.gql(
      TRANSITION_CAMPAIGN,
      { id: c.id, input: { transition: 'submit', revisionVersion: c.revisionVersion } },
      editor.cookie,
    );
    expect(submitted.data?.transitionCampaign.state).toBe('in_review');
    const own = await t.gql(
      TRANSITION_CAMPAIGN,
      { id: c.id, input: { transition: 'agree', revisionVersion: submitted.data!.transitionCampaign.revisionVersion } },
      editor.cookie,
    );
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ownText' });
    const frozen = await t.gql(
      UPDATE_CAMPAIGN,
      {
        id: c.id,
        input: {
          title: 'Изменено на согласовании',
          version: submitted.data!.transitionCampaign.version,
          revisionVersion: submitted.data!.transitionCampaign.revisionVersion,
        },
      },
      editor.cookie,
    );
    expect(frozen.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'underReview' });

    const agreed = await t.gql(
      TRANSITION_CAMPAIGN,
      { id: c.id, input: { transition: 'agree', revisionVersion: submitted.data!.transitionCampaign.revisionVersion } },
      approver.cookie,
    );
    expect(agreed.data?.transitionCampaign).toMatchObject({ state: 'agreed', publishedState: 'agreed' });

    const seen = await t.gql(CAMPAIGN, { id: c.id }, reader.cookie);
    expect(seen.data?.campaign).toMatchObject({
      title: 'Что такое «безопасная миграция»?',
      state: null,
      revisionVersion: null,
      availableTransitions: [],
    });
    expect(seen.data?.campaign.planItems).toHaveLength(11);

    const audit = await t.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { subjectId: c.id }, order: { occurredAt: 'ASC' } });
    expect(audit.map((e) => e.action)).toEqual([
      'campaign.create',
      'campaign.transition.submit',
      'campaign.transition.agree',
    ]);
  });

  it('starts the next revision when an agreed plan is edited, readers keeping the agreed one', async () => {
    const c = await createCampaign(t, editor.cookie, { title: 'Встреча репатриантов' });
    const agreed = await agreeCampaign(t, c.id, editor.cookie, secondEditor.cookie);
    const edited = await t.gql(
      UPDATE_CAMPAIGN,
      {
        id: c.id,
        input: {
          title: 'Встреча репатриантов — 2027',
          goals: 'Новые цели',
          startsOn: '2027-03-01',
          endsOn: '2027-06-30',
          version: agreed.version,
          revisionVersion: agreed.revisionVersion,
        },
      },
      editor.cookie,
    );
    expect(edited.data?.updateCampaign).toMatchObject({
      title: 'Встреча репатриантов — 2027',
      state: 'draft',
      publishedState: 'agreed',
      revisionNumber: 2,
      endsOn: '2027-06-30',
    });
    const seen = await t.gql(CAMPAIGN, { id: c.id }, reader.cookie);
    expect(seen.data?.campaign).toMatchObject({ title: 'Встреча репатриантов', goals: '', revisionNumber: 1 });

    const stale = await t.gql(
      UPDATE_CAMPAIGN,
      { id: c.id, input: { title: 'Опоздавшая правка', version: agreed.version, revisionVersion: 1 } },
      secondEditor.cookie,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('materials filed under a campaign', () => {
  it('carry a reference the library filters by; readers see the campaign only once it is agreed', async () => {
    const c = await createCampaign(t, editor.cookie, { title: 'Доступ к услугам' });
    const kindId = (await t.gql('{ materialKinds { id code } }', {}, editor.cookie)).data!.materialKinds.find(
      (k: { code: string }) => k.code === 'talking_points',
    ).id;
    const created = await t.gql(
      CREATE_MATERIAL,
      {
        input: { kindId, language: 'ru', title: 'Тезисы об услугах', body: doc('Помощь бесплатна.'), campaignId: c.id },
      },
      editor.cookie,
    );
    const materialId = created.data!.createMaterial.id;
    const FILTERED = `query($c: ID) { materials(filter: { campaignId: $c }, view: working) {
      total items { id campaign { id title } } } }`;
    const listed = await t.gql(FILTERED, { c: c.id }, member.cookie);
    expect(listed.data?.materials).toEqual({
      total: 1,
      items: [{ id: materialId, campaign: { id: c.id, title: 'Доступ к услугам' } }],
    });

    // A published material filed under a draft campaign: the reader sees the material, not the campaign.
    const release = await createApprovedMaterial(t);
    await t.dataSource.query('UPDATE material SET campaign_id = $1 WHERE id = $2', [c.id, release.id]);
    const MATERIAL_CAMPAIGN = `query($id: ID!) { material(id: $id) { campaign { id title } } }`;
    expect((await t.gql(MATERIAL_CAMPAIGN, { id: release.id }, reader.cookie)).data?.material.campaign).toBeNull();
    await agreeCampaign(t, c.id, editor.cookie, approver.cookie);
    expect((await t.gql(MATERIAL_CAMPAIGN, { id: release.id }, reader.cookie)).data?.material.campaign).toEqual({
      id: c.id,
      title: 'Доступ к услугам',
    });
    const readerList = await t.gql(FILTERED, { c: c.id }, reader.cookie);
    expect(readerList.data?.materials.items.map((m: { id: string }) => m.id)).toEqual([release.id]);
  });

  it('refuses a campaign that does not exist, naming the field', async () => {
    const kindId = (await t.gql('{ materialKinds { id code } }', {}, editor.cookie)).data!.materialKinds[0].id;
    const result = await t.gql(
      CREATE_MATERIAL,
      {
        input: {
          kindId,
          language: 'ru',
          title: 'Тезисы',
          body: doc('Текст.'),
          campaignId: '00000000-0000-4000-8000-000000000000',
        },
      },
      editor.cookie,
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.campaignId', reason: 'notFound' })],
    });
  });
});
