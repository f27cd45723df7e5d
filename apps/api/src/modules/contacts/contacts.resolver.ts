import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { IdArg } from '../../graphql/id-arg.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ContactImportService } from './contact-import.service.js';
import { ContactImportResultModel } from './contact-import.model.js';
import { ContactModel, ContactPageModel } from './contact.model.js';
import type { ContactEntity } from './contact.entity.js';
import { ContactsService } from './contacts.service.js';
import { ContactImportArgs } from './dto/contact-import.args.js';
import { ContactInput, UpdateContactInput } from './dto/contact.input.js';
import { ContactsArgs } from './dto/contacts.args.js';

@Resolver(() => ContactModel)
export class ContactsResolver {
  constructor(
    private readonly service: ContactsService,
    private readonly imports: ContactImportService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => ContactPageModel)
  @Allow('read', 'Contact')
  contacts(@CurrentActor() actor: Actor, @Args() args: ContactsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => ContactModel)
  @Allow('read', 'Contact')
  contact(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => ContactModel)
  @Allow('create', 'Contact')
  createContact(@CurrentActor() actor: Actor, @Args('input') input: ContactInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => ContactModel)
  @Allow('update', 'Contact')
  updateContact(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: UpdateContactInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => ContactModel)
  @Allow('archive', 'Contact')
  archiveContact(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.setStatus(actor, id, 'archived');
  }

  @Mutation(() => ContactModel)
  @Allow('archive', 'Contact')
  restoreContact(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.setStatus(actor, id, 'active');
  }

  @Mutation(() => ContactImportResultModel, {
    description: 'Checks a contacts file (CSV or XLSX) and reports what importing it would do.',
  })
  @Allow('import', 'Contact')
  previewContactImport(@CurrentActor() actor: Actor, @Args() source: ContactImportArgs) {
    return this.imports.run(actor, source, { commit: false });
  }

  @Mutation(() => ContactImportResultModel, {
    description: 'Imports the valid rows of a file in one transaction; invalid rows are reported, not written.',
  })
  @Allow('import', 'Contact')
  importContacts(@CurrentActor() actor: Actor, @Args() source: ContactImportArgs) {
    return this.imports.run(actor, source, { commit: true });
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  @Allow('read', 'Organization')
  organization(@Parent() contact: ContactEntity, @Context() { req }: GraphqlContext) {
    return contact.organizationId ? this.organizations.load(req, contact.organizationId) : null;
  }
}
