import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { toAuditEventModel } from './audit-event.mapper.js';
import { AuditEventModel, AuditEventPageModel } from './audit-event.model.js';
import { AuditService } from './audit.service.js';
import { AuditEventsArgs } from './dto/audit-events.args.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventPageModel, { description: 'The audit log, newest first (administrators).' })
  @Allow('read', 'AuditEvent')
  async auditEvents(@CurrentActor() actor: Actor, @Args() args: AuditEventsArgs): Promise<AuditEventPageModel> {
    const { items, total } = await this.audit.list(actor, args.filter ?? {}, args.offset, args.limit);
    return { items: items.map(toAuditEventModel), total };
  }
}
