import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { conflict, forbidden, notFound } from '../../common/app-error.js';
import { updateVersioned } from '../../database/update-versioned.js';
import type { OrganizationInput, UpdateOrganizationInput } from './dto/organization.input.js';
import { OrganizationEntity } from './organization.entity.js';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>) {}

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
    return this.organizations.save(this.organizations.create(normalise(input)));
  }

  async update(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    if (!actor.ability.can('update', 'Organization')) throw forbidden();
    await this.assertNameFree(input.name, id);
    const { version, ...fields } = input;
    return updateVersioned(this.organizations, 'Organization', id, version, normalise(fields));
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
