import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { changedFields, pickFields } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { conflict, forbidden, notFound } from '../../common/app-error.js';
import { updateVersioned } from '../../database/update-versioned.js';
import type { OrganizationInput, UpdateOrganizationInput } from './dto/organization.input.js';
import { OrganizationEntity } from './organization.entity.js';

const AUDITED_FIELDS = ['name', 'shortName', 'type', 'website'] as const;

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor): Promise<OrganizationEntity[]> {
    if (!actor.ability.can('read', 'Organization')) throw forbidden();
    return this.organizations.find({ order: { name: 'ASC' }, take: 1000 });
  }

  async get(actor: Actor, id: string): Promise<OrganizationEntity> {
    if (!actor.ability.can('read', 'Organization')) throw forbidden();
    const found = await this.organizations.findOneBy({ id });
    if (!found) throw notFound('Organization');
    return found;
  }

  async create(actor: Actor, input: OrganizationInput): Promise<OrganizationEntity> {
    if (!actor.ability.can('create', 'Organization')) throw forbidden();
    await this.assertNameFree(input.name);
    return this.organizations.manager.transaction(async (tx) => {
      const organization = await tx.save(tx.create(OrganizationEntity, normalise(input)));
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'organization.create',
        subjectType: 'Organization',
        subjectId: organization.id,
        summary: pickFields(organization, AUDITED_FIELDS),
      });
      return organization;
    });
  }

  async update(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    if (!actor.ability.can('update', 'Organization')) throw forbidden();
    await this.assertNameFree(input.name, id);
    const { version, ...fields } = input;
    return this.organizations.manager.transaction(async (tx) => {
      const repository = tx.getRepository(OrganizationEntity);
      const before = await repository.findOneBy({ id });
      const updated = await updateVersioned(repository, 'Organization', id, version, normalise(fields));
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'organization.update',
        subjectType: 'Organization',
        subjectId: id,
        summary: before ? changedFields(before, updated, AUDITED_FIELDS) : {},
      });
      return updated;
    });
  }

  private async assertNameFree(name: string, exceptId?: string) {
    const clash = await this.organizations
      .createQueryBuilder('o')
      .where('lower(o.name) = lower(:name)', { name: name.trim() })
      .andWhere(exceptId ? 'o.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
    if (clash) throw conflict('An organization with this name already exists', { field: 'input.name' });
  }
}

function normalise(input: OrganizationInput) {
  return {
    name: input.name.trim(),
    shortName: input.shortName?.trim() || null,
    type: input.type,
    website: input.website?.trim() || null,
  };
}
