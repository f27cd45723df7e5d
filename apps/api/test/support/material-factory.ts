/** A minimal editor document with the given paragraphs. */
export const doc = (...paragraphs: string[]) =>
  JSON.stringify({
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  });

export const MATERIAL_FIELDS = `id language state version availableTransitions
  kind { code nameRu }
  working { id number title bodyText state version authorId }
  published { id number title bodyText state version }`;

export const CREATE_MATERIAL = `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { ${MATERIAL_FIELDS} } }`;
export const SAVE_MATERIAL = `mutation($id: ID!, $input: SaveMaterialInput!) { saveMaterial(id: $id, input: $input) { ${MATERIAL_FIELDS} } }`;
export const TRANSITION = `mutation($id: ID!, $input: TransitionMaterialInput!) { transitionMaterial(id: $id, input: $input) { ${MATERIAL_FIELDS} } }`;
export const MATERIAL = `query($id: ID!) { material(id: $id) { ${MATERIAL_FIELDS} } }`;
export const MATERIALS = `query($filter: MaterialFilterInput, $view: MaterialView, $limit: Int) {
  materials(filter: $filter, view: $view, limit: $limit) { total items { ${MATERIAL_FIELDS} } } }`;

import { createContentItem } from '../../src/content/content-items.js';
import { MaterialKindEntity } from '../../src/modules/materials/material-kind.entity.js';
import { ContentRevisionEntity } from '../../src/content/content-revision.entity.js';
import { MaterialEntity } from '../../src/modules/materials/material.entity.js';
import type { TestApp } from './test-app.js';

/** An approved, published material written straight to the database (for tests that need one as a fixture). */
export async function createApprovedMaterial(t: TestApp, authorId: string | null = null) {
  return t.dataSource.transaction(async (tx) => {
    const kind = await tx.findOneByOrFail(MaterialKindEntity, { code: 'press_release' });
    const material = await tx.save(
      tx.create(MaterialEntity, { id: await createContentItem(tx, 'material', null), kindId: kind.id, language: 'ru' }),
    );
    const revision = await tx.save(
      tx.create(ContentRevisionEntity, {
        itemId: material.id,
        number: 1,
        title: 'Пресс-релиз',
        body: JSON.parse(doc('Текст пресс-релиза')),
        bodyText: 'Текст пресс-релиза',
        state: 'approved',
        authorId,
        contributorIds: authorId ? [authorId] : [],
      }),
    );
    await tx.update(
      MaterialEntity,
      { id: material.id },
      { workingRevisionId: revision.id, publishedRevisionId: revision.id, publishedAt: new Date() },
    );
    return { id: material.id, revision };
  });
}
