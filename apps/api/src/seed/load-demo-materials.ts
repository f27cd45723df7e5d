import { createContentItem } from '../content/content-items.js';
import type { EntityManager } from 'typeorm';
import { MaterialKindEntity } from '../modules/materials/material-kind.entity.js';
import { ContentRevisionEntity } from '../content/content-revision.entity.js';
import { ContentTransitionEntity } from '../content/content-transition.entity.js';
import { MaterialEntity } from '../modules/materials/material.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { DEMO_MATERIALS, demoDoc } from './demo-materials.js';
import { campaignIdsByTitle } from './load-demo-campaigns.js';

const DAY = 86_400_000;

/** Writes the demo materials with their revisions and the workflow steps that led to each state. */
export async function loadDemoMaterials(tx: EntityManager): Promise<void> {
  const editor = await tx.findOneBy(UserEntity, { email: 'editor@portal.test' });
  const approver = await tx.findOneBy(UserEntity, { email: 'approver@portal.test' });
  if (!editor || !approver) return;
  const kinds = new Map((await tx.find(MaterialKindEntity)).map((k) => [k.code, k.id]));
  const ids = new Map<string, string>();
  const campaigns = await campaignIdsByTitle(tx);
  const started = Date.now() - 30 * DAY;

  for (const [index, demo] of DEMO_MATERIALS.entries()) {
    const material = await tx.save(
      tx.create(MaterialEntity, {
        id: await createContentItem(tx, 'material', editor.id),
        kindId: kinds.get(demo.kind)!,
        language: demo.language,
        sourceId: demo.translationOf ? ids.get(demo.translationOf.key)! : null,
        campaignId: demo.campaign ? (campaigns.get(demo.campaign) ?? null) : null,
        audiences: demo.audiences,
        channels: demo.channels,
        validUntil: demo.validUntil ?? null,
        embargoUntil: demo.embargoDays ? new Date(Date.now() + demo.embargoDays * DAY) : null,
        coverageOutlet: demo.coverage?.outlet ?? null,
        coverageDate: demo.coverage?.date ?? null,
        coverageUrl: demo.coverage?.url ?? null,
        createdBy: editor.id,
      }),
    );
    ids.set(demo.key, material.id);
    let published: ContentRevisionEntity | null = null;
    let publishedAt: Date | null = null;
    let working: ContentRevisionEntity | null = null;
    for (const [r, revision] of demo.revisions.entries()) {
      const { doc, text } = demoDoc(revision.body);
      working = await tx.save(
        tx.create(ContentRevisionEntity, {
          itemId: material.id,
          number: r + 1,
          title: revision.title,
          body: doc,
          bodyText: text,
          state: revision.state,
          authorId: editor.id,
          contributorIds: [editor.id],
          sourceRevisionNumber: demo.translationOf?.revision ?? null,
        }),
      );
      const at = new Date(started + (index * 3 + r) * DAY);
      const steps: [string, string, string, UserEntity][] = [];
      if (revision.state !== 'draft') steps.push(['submit', 'draft', 'in_review', editor]);
      if (revision.state === 'agreed') steps.push(['agree', 'in_review', 'agreed', approver]);
      if (revision.state === 'approved') steps.push(['approve', 'in_review', 'approved', approver]);
      for (const [s, [transition, fromState, toState, actor]] of steps.entries()) {
        await tx.insert(ContentTransitionEntity, {
          itemId: material.id,
          revisionId: working.id,
          revisionNumber: working.number,
          transition: transition as never,
          fromState: fromState as never,
          toState: toState as never,
          actorId: actor.id,
          createdAt: new Date(at.getTime() + s * 3_600_000),
        });
      }
      if (revision.state === 'approved' || (revision.state === 'agreed' && published?.state !== 'approved')) {
        published = working;
        publishedAt = new Date(at.getTime() + 3_600_000);
      }
    }
    await tx.update(
      MaterialEntity,
      { id: material.id },
      { workingRevisionId: working!.id, publishedRevisionId: published?.id ?? null, publishedAt },
    );
  }
}
