import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import { changedFields, pickFields } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor, PortalRequest } from '../../auth/actor.js';
import { conflict, forbidden, notFound } from '../../common/app-error.js';
import { updateVersioned } from '../../database/update-versioned.js';
import type { OrganizationInput, UpdateOrganizationInput } from './dto/organization.input.js';
import { OrganizationEntity } from './organization.entity.js';

const AUDITED_FIELDS = ['name', 'shortName', 'type', 'website'] as const;

/** Per request: every organization a page names (its contacts, its users) comes in one statement. */
const loaders = new WeakMap<PortalRequest, DataLoader<string, OrganizationEntity | null>>();

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

  /** The organization a contact or user points at, batched per request (no actor check: the caller's record is). */
  load(req: PortalRequest, id: string): Promise<OrganizationEntity | null> {
    let loader = loaders.get(req);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.organizations.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((one) => byId.get(one) ?? null);
      });
      loaders.set(req, loader);
    }
    return loader.load(id);
  }

  /** For a record that names an organization and is already authorized (an exported contact card). */
  findById(id: string): Promise<OrganizationEntity | null> {
    return this.organizations.findOneBy({ id });
  }

  exists(id: string): Promise<boolean> {
    return this.organizations.existsBy({ id });
  }

  /** Organization ids by lower-cased name and short name, for matching what an import file says. */
  async idsByName(): Promise<Map<string, string>> {
    const all = await this.organizations.find({ select: { id: true, name: true, shortName: true } });
    const index = new Map<string, string>();
    for (const org of all) {
      index.set(org.name.toLowerCase(), org.id);
      if (org.shortName) index.set(org.shortName.toLowerCase(), org.id);
    }
    return index;
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
