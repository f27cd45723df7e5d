import type { APIRequestContext, Browser } from 'playwright-core';
import { gql, newPage, setLanguage, signIn } from './portal';

const KINDS = `{ materialKinds { id code } }`;
const WORKING_TITLES = `query($filter: MaterialFilterInput) {
  materials(filter: $filter, view: working, limit: 100, offset: 0) { items { working { title } } } }`;
const FIELDS = `id version working { number version state } published { number }`;
const CREATE = `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { ${FIELDS} } }`;
const TRANSLATE = `mutation($sourceId: ID!, $input: CreateTranslationInput!) {
  createTranslation(sourceId: $sourceId, input: $input) { ${FIELDS} } }`;
const SAVE = `mutation($id: ID!, $input: SaveMaterialInput!) { saveMaterial(id: $id, input: $input) { ${FIELDS} } }`;
const TRANSITION = `mutation($id: ID!, $input: TransitionMaterialInput!) {
  transitionMaterial(id: $id, input: $input) { ${FIELDS} } }`;

export interface MaterialState {
  id: string;
  version: number;
  working: { number: number; version: number; state: string };
  published: { number: number } | null;
}

export const paragraphDoc = (text: string) =>
  JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export async function signedIn(browser: Browser, email: string, options = {}) {
  const session = await newPage(browser, undefined, options);
  await signIn(session.page, email);
  await setLanguage(session.page, 'ru');
  return session;
}

export async function createDraft(
  request: APIRequestContext,
  title: string,
  text: string,
  kind = 'talking_points',
  details: Record<string, unknown> = {},
) {
  const { materialKinds } = await gql(request, KINDS);
  const kindId = materialKinds.find((k: { code: string }) => k.code === kind).id;
  const { createMaterial } = await gql(request, CREATE, {
    input: { kindId, language: 'ru', title, body: paragraphDoc(text), ...details },
  });
  return createMaterial as MaterialState;
}

export async function createTranslation(request: APIRequestContext, sourceId: string, title: string, text: string) {
  const { createTranslation } = await gql(request, TRANSLATE, {
    sourceId,
    input: { language: 'ky', title, body: paragraphDoc(text) },
  });
  return createTranslation as MaterialState;
}

/** Saves a new text over the working revision (after approval this starts the next revision). */
export async function saveText(request: APIRequestContext, m: MaterialState, title: string, text: string) {
  const { saveMaterial } = await gql(request, SAVE, {
    id: m.id,
    input: { title, body: paragraphDoc(text), revisionNumber: m.working.number, revisionVersion: m.working.version },
  });
  return saveMaterial as MaterialState;
}

async function step(request: APIRequestContext, m: MaterialState, transition: string) {
  const { transitionMaterial } = await gql(request, TRANSITION, {
    id: m.id,
    input: { transition, revisionVersion: m.working.version },
  });
  return transitionMaterial as MaterialState;
}

/** The editor submits, the approver approves: the working revision becomes the published one. */
export async function publish(editor: APIRequestContext, approver: APIRequestContext, m: MaterialState) {
  return step(approver, await step(editor, m, 'submit'), 'approve');
}

/** Titles of the working revisions of one kind that the context's user can see. */
export async function workingTitles(request: APIRequestContext, kind: string): Promise<string[]> {
  const { materialKinds } = await gql(request, KINDS);
  const kindId = materialKinds.find((k: { code: string }) => k.code === kind).id;
  const { materials } = await gql(request, WORKING_TITLES, { filter: { kindIds: [kindId] } });
  return materials.items.map((m: { working: { title: string } | null }) => m.working?.title ?? '');
}
