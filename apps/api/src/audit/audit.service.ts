import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { forbidden } from '../common/app-error.js';
import { AuditEventEntity, type AuditSummary } from './audit-event.entity.js';
import type { AuditFilterInput } from './dto/audit-events.args.js';

export interface AuditEntry {
  /** Who did it; null for an anonymous act (a failed sign-in), then `actorLabel` says who was claimed. */
  actor: { id: string; email: string } | null;
  actorLabel?: string;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  summary?: AuditSummary;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes one entry through `manager`, which must be the transaction of the change itself: a change that rolls
   * back leaves no entry, and an entry that fails rolls the change back.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const row: Omit<AuditEventEntity, 'id' | 'occurredAt'> = {
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor?.email ?? entry.actorLabel ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      summary: entry.summary ?? {},
    };
    // `as never`: TypeORM's deep-partial insert type cannot take free-form JSON such as the summary.
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(row as never)
      .execute();
  }

  private filtered(actor: Actor, action: 'read' | 'export', filter: AuditFilterInput) {
    if (!actor.ability.can(action, 'AuditEvent')) throw forbidden();
    const qb: SelectQueryBuilder<AuditEventEntity> = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.actor', 'actor');
    if (filter.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.subjectType) qb.andWhere('e.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('e.subject_id = :subjectId', { subjectId: filter.subjectId });
    // `contact` finds every `contact.*` action; a full name finds just that one.
    if (filter.action)
      qb.andWhere('(e.action = :action OR e.action LIKE :actionPrefix)', {
        action: filter.action,
        actionPrefix: `${escapeLike(filter.action)}.%`,
      });
    if (filter.from) qb.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.occurred_at < :to', { to: filter.to });
    return qb.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC');
  }

  async list(actor: Actor, filter: AuditFilterInput, offset: number, limit: number) {
    const qb = this.filtered(actor, 'read', filter);
    const [items, total] = await Promise.all([
      qb.clone().offset(offset).limit(limit).getMany(),
      qb.clone().select('COUNT(*)::int', 'total').orderBy().getRawOne<{ total: number }>(),
    ]);
    return { items, total: total?.total ?? 0 };
  }

  async exportRows(actor: Actor, filter: AuditFilterInput, max = 50_000) {
    return this.filtered(actor, 'export', filter).limit(max).getMany();
  }
}
