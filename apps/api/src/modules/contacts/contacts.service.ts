import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { subject } from '@casl/ability';
import { abilityToSql } from '@portal/authz';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { changedFields, pickFields } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { badInput, fieldError, forbidden, notFound } from '../../common/app-error.js';
import { updateVersioned } from '../../database/update-versioned.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { CONTACT_AUTHZ_COLUMNS } from './contact-columns.js';
import { normaliseContact } from './contact-rules.js';
import { ContactEntity } from './contact.entity.js';
import type { ContactInput, UpdateContactInput } from './dto/contact.input.js';
import type { ContactFilterInput, ContactsArgs } from './dto/contacts.args.js';

const ORDER: Record<ContactsArgs['sort'], [string, 'ASC' | 'DESC', ('NULLS LAST' | undefined)?][]> = {
  name: [['c.name', 'ASC']],
  updated: [['c.updated_at', 'DESC']],
  organization: [
    ['o.name', 'ASC', 'NULLS LAST'],
    ['c.name', 'ASC'],
  ],
};

/** Fields whose old and new values the audit log keeps (notes only as "changed"). */
const CONTACT_AUDITED_FIELDS = [
  'kind',
  'name',
  'position',
  'organizationId',
  'region',
  'category',
  'phones',
  'emails',
  'languages',
  'hours',
  'status',
] as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** Internal notes are for the working group: readers get none, in the app, the CSV or the vCard. */
function withoutHiddenFields(actor: Actor, contact: ContactEntity): ContactEntity {
  // Freshly loaded rows, changed in place so they stay entities (CASL detects the subject by class).
  if (!actor.ability.can('read', contact, 'notes')) contact.notes = null;
  return contact;
}

@Injectable()
export class ContactsService {
  constructor(
    @InjectRepository(ContactEntity) private readonly contacts: Repository<ContactEntity>,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Contacts the actor may read, filtered in SQL: the authorization condition comes first, then the filters. */
  readable(actor: Actor, filter: ContactFilterInput = {}, withOrganization = false): SelectQueryBuilder<ContactEntity> {
    const authz = abilityToSql(actor.ability, 'read', 'Contact', CONTACT_AUTHZ_COLUMNS);
    const qb = this.contacts.createQueryBuilder('c');
    if (withOrganization) qb.leftJoinAndSelect('c.organization', 'o');
    else qb.leftJoin('c.organization', 'o');
    qb.where(`(${authz.sql})`, authz.params).andWhere('c.status = :status', { status: filter.status ?? 'active' });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.categories?.length) qb.andWhere('c.category IN (:...categories)', { categories: filter.categories });
    if (filter.region) qb.andWhere('c.region = :region', { region: filter.region });
    if (filter.national) qb.andWhere('c.region IS NULL');
    if (filter.organizationId) qb.andWhere('c.organization_id = :orgId', { orgId: filter.organizationId });
    if (filter.organizationType) qb.andWhere('o.type = :orgType', { orgType: filter.organizationType });
    const search = filter.search?.trim();
    if (search) {
      // Both branches can use trigram indexes (contact.search_text, organization names), unlike an OR over a join.
      qb.andWhere(
        `(c.search_text LIKE :q OR c.organization_id IN
           (SELECT id FROM organization WHERE name ILIKE :q OR short_name ILIKE :q))`,
        { q: `%${escapeLike(search.toLowerCase())}%` },
      );
    }
    return qb;
  }

  async list(actor: Actor, args: ContactsArgs): Promise<{ items: ContactEntity[]; total: number }> {
    const qb = this.readable(actor, args.filter);
    for (const [column, direction, nulls] of ORDER[args.sort]) qb.addOrderBy(column, direction, nulls);
    qb.addOrderBy('c.id', 'ASC');
    // The join is many-to-one, so rows never repeat: plain offset/limit and COUNT(*), no DISTINCT passes.
    const [items, count] = await Promise.all([
      qb.clone().offset(args.offset).limit(args.limit).getMany(),
      qb.clone().orderBy().select('COUNT(*)::int', 'total').getRawOne<{ total: number }>(),
    ]);
    return { items: items.map((c) => withoutHiddenFields(actor, c)), total: count?.total ?? 0 };
  }

  /** Up to `max` contacts for export, in name order. */
  async exportRows(actor: Actor, filter: ContactFilterInput, max = 10_000) {
    const rows = await this.readable(actor, filter, true).orderBy('c.name').addOrderBy('c.id').limit(max).getMany();
    return rows.map((c) => withoutHiddenFields(actor, c));
  }

  /** A contact the actor may not read is reported as missing, so its existence does not leak. */
  async get(actor: Actor, id: string): Promise<ContactEntity> {
    const contact = await this.contacts.findOneBy({ id });
    if (!contact || !actor.ability.can('read', contact)) throw notFound('Contact');
    return withoutHiddenFields(actor, contact);
  }

  async create(actor: Actor, input: ContactInput): Promise<ContactEntity> {
    if (!actor.ability.can('create', 'Contact')) throw forbidden();
    const values = await this.validated(input);
    if (!actor.ability.can('create', subject('Contact', { ...values, status: 'active' as const }))) throw forbidden();
    return this.contacts.manager.transaction(async (tx) => {
      const contact = await tx.save(tx.create(ContactEntity, { ...values, updatedBy: actor.user.id }));
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'contact.create',
        subjectType: 'Contact',
        subjectId: contact.id,
        summary: pickFields(contact, ['kind', 'name', 'category', 'region', 'organizationId']),
      });
      return contact;
    });
  }

  async update(actor: Actor, id: string, input: UpdateContactInput): Promise<ContactEntity> {
    const current = await this.get(actor, id);
    if (!actor.ability.can('update', current)) throw forbidden();
    const values = await this.validated(input);
    return this.contacts.manager.transaction(async (tx) => {
      const changes = { ...values, updatedBy: actor.user.id };
      const updated = await updateVersioned(tx.getRepository(ContactEntity), 'Contact', id, input.version, changes);
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'contact.update',
        subjectType: 'Contact',
        subjectId: id,
        summary: changedFields(current, updated, CONTACT_AUDITED_FIELDS, ['notes']),
      });
      return updated;
    });
  }

  async setStatus(actor: Actor, id: string, status: 'active' | 'archived'): Promise<ContactEntity> {
    const current = await this.get(actor, id);
    if (!actor.ability.can('archive', current)) throw forbidden();
    if (current.status === status) return current;
    return this.contacts.manager.transaction(async (tx) => {
      const changes = { status, updatedBy: actor.user.id };
      const updated = await updateVersioned(tx.getRepository(ContactEntity), 'Contact', id, current.version, changes);
      await this.audit.record(tx, {
        actor: actor.user,
        action: status === 'archived' ? 'contact.archive' : 'contact.restore',
        subjectType: 'Contact',
        subjectId: id,
        summary: { status: { from: current.status, to: status } },
      });
      return updated;
    });
  }

  private async validated(input: ContactInput) {
    const { values, errors } = normaliseContact(input);
    if (errors.length) throw badInput(errors);
    if (values.organizationId) {
      if (!(await this.organizations.exists(values.organizationId)))
        throw fieldError('input.organizationId', 'notFound', 'organization does not exist');
    }
    return values;
  }
}
