import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { InviteEntity } from './invite.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { UserEntity } from './user.entity.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, InviteEntity, OutboxMessageEntity]), OrganizationsModule],
  providers: [UsersService, UsersResolver],
})
export class UsersModule {}
