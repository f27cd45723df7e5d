import { Global, Module } from '@nestjs/common';
import { MailDelivery } from './mail-delivery.service.js';
import { MailOutbox } from './mail-outbox.service.js';

/** E-mail for every module: hand a message to `MailOutbox` in your transaction; `MailDelivery` sends it. */
@Global()
@Module({
  providers: [MailOutbox, MailDelivery],
  exports: [MailOutbox],
})
export class MailModule {}
