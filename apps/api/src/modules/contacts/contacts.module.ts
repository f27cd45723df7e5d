import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ContactImportService } from './contact-import.service.js';
import { ContactEntity } from './contact.entity.js';
import { ContactsExportController } from './contacts-export.controller.js';
import { ContactsResolver } from './contacts.resolver.js';
import { ContactsService } from './contacts.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ContactEntity]), OrganizationsModule],
  providers: [ContactsService, ContactImportService, ContactsResolver],
  controllers: [ContactsExportController],
})
export class ContactsModule {}
