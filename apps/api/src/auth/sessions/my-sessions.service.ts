import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, Not } from 'typeorm';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { AuditService } from '../../audit/audit.service.js';
import { notFound } from '../../common/app-error.js';
import type { Actor } from '../actor.js';
import { SessionEntity } from '../session.entity.js';
import { deviceOf } from './device-of.js';

const HISTORY_LIMIT = 30;

/** A person's own sessions and sign-ins, so they notice one that was not theirs and end it. */
@Injectable()
export class MySessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor) {
    const sessions = await this.dataSource
      .getRepository(SessionEntity)
      .find({ where: { userId: actor.user.id }, order: { lastSeenAt: 'DESC' } });
    return sessions.map((s) => ({
      id: s.id,
      current: s.id === actor.sessionId,
      device: deviceOf(s.userAgent),
      ip: s.ip,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
    }));
  }

  /** Successful and failed sign-ins to this account, newest first, from the audit log. */
  async signInHistory(actor: Actor) {
    const events = await this.dataSource.getRepository(AuditEventEntity).find({
      where: { subjectType: 'User', subjectId: actor.user.id, action: In(['auth.sign_in', 'auth.sign_in_failed']) },
      order: { occurredAt: 'DESC' },
      take: HISTORY_LIMIT,
    });
    return events.map((e) => ({
      occurredAt: e.occurredAt,
      succeeded: e.action === 'auth.sign_in',
      ip: typeof e.summary.ip === 'string' ? e.summary.ip : null,
    }));
  }

  /** Ends one of the person's own sessions (someone else's is "not found", never ended). */
  async end(actor: Actor, sessionId: string): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const ended = await tx.delete(SessionEntity, { id: sessionId, userId: actor.user.id });
      if (ended.affected !== 1) throw notFound('Session');
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'auth.session_end',
        subjectType: 'User',
        subjectId: actor.user.id,
        summary: { current: sessionId === actor.sessionId },
      });
      return true;
    });
  }

  /** Ends every session of the person but this one; returns how many ended. */
  async endOthers(actor: Actor): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const ended = await tx.delete(SessionEntity, { userId: actor.user.id, id: Not(actor.sessionId) });
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'auth.sessions_end_others',
        subjectType: 'User',
        subjectId: actor.user.id,
        summary: { ended: ended.affected ?? 0 },
      });
      return ended.affected ?? 0;
    });
  }
}
