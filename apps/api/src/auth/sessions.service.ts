import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, type EntityManager, type Repository } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import type { UserEntity } from '../modules/users/user.entity.js';
import { SessionEntity } from './session.entity.js';
import { hashToken, newToken } from './tokens.js';

/** Only write `last_seen_at` this often, so reads do not turn into writes on every request. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `manager`: the caller's transaction, so the session and its audit entry are written together. */
  async create(userId: string, meta: { ip: string | null; userAgent: string | null }, manager?: EntityManager) {
    const token = newToken();
    const now = new Date();
    const sessions = this.repository(manager);
    const session = await sessions.save(
      sessions.create({
        tokenHash: hashToken(token),
        userId,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.sessionAbsoluteMs),
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return { token, session };
  }

  /** The live session and its active user for a cookie token; expired or idle sessions are deleted. */
  async resolve(token: string): Promise<{ session: SessionEntity; user: UserEntity } | null> {
    if (!token || token.length > 100) return null;
    // One statement: findOne with a relation would add a DISTINCT pre-query for its LIMIT.
    const session = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.token_hash = :hash', { hash: hashToken(token) })
      .getOne();
    if (!session?.user) return null;
    const now = Date.now();
    const idle = now - session.lastSeenAt.getTime() > this.config.sessionIdleMs;
    if (idle || now > session.expiresAt.getTime() || session.user.status !== 'active') {
      await this.sessions.delete({ id: session.id });
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: new Date(now) });
    }
    const { user, ...rest } = session;
    return { session: rest as SessionEntity, user };
  }

  async revoke(sessionId: string, manager?: EntityManager): Promise<void> {
    await this.repository(manager).delete({ id: sessionId });
  }

  async revokeAllForUser(userId: string, exceptSessionId?: string, manager?: EntityManager): Promise<void> {
    await this.repository(manager).delete(exceptSessionId ? { userId, id: Not(exceptSessionId) } : { userId });
  }

  private repository(manager?: EntityManager): Repository<SessionEntity> {
    return manager ? manager.getRepository(SessionEntity) : this.sessions;
  }
}
