import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { IsNull, type DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { inBackground } from '../database/query-counter.js';
import { DEAD_LETTER_QUEUE } from '../jobs/event-consumer.js';
import { JobQueueService } from '../jobs/job-queue.service.js';
import { JOBS_OPTIONS, type JobsOptions } from '../jobs/jobs-options.js';
import { OutboxMessageEntity } from '../modules/users/outbox-message.entity.js';
import { MAIL_QUEUE } from './mail-outbox.service.js';

/**
 * Sends outbox messages, at least once: a job per message, retried with backoff by the queue (then dead-lettered),
 * never resent once `sent_at` is set. A crash between the SMTP server's acceptance and `sent_at` can repeat a
 * message; it then carries the same `Message-ID`, by which mail systems drop the copy. Without SMTP settings a
 * message goes to the log, as invitations always did.
 */
@Injectable()
export class MailDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    private readonly queue: JobQueueService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const { smtpUrl } = config.mail;
    this.transport = smtpUrl
      ? nodemailer.createTransport({
          url: smtpUrl,
          pool: true,
          // A few connections and a steady rate: a fan-out to thousands must not look like a flood to the server.
          maxConnections: 2,
          rateDelta: 1000,
          rateLimit: 20,
          connectionTimeout: 30_000,
          greetingTimeout: 30_000,
          socketTimeout: 60_000,
        })
      : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { retryLimit, retryDelaySeconds, expireSeconds, pollSeconds } = this.config.jobs;
    const queue = {
      retryLimit,
      retryDelay: retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: expireSeconds,
      deadLetter: DEAD_LETTER_QUEUE,
    };
    await this.queue.boss.createQueue(MAIL_QUEUE, queue);
    await this.queue.boss.updateQueue(MAIL_QUEUE, queue);
    if (!this.options.workers) return;
    await this.queue.boss.work<{ messageId: string }>(
      MAIL_QUEUE,
      { pollingIntervalSeconds: pollSeconds, localConcurrency: 2 },
      ([job]) => inBackground(() => this.deliver(job.data.messageId)),
    );
  }

  /**
   * Runs after the queue has stopped: a send still running then was handed back for retry, so its connection is cut
   * rather than waited for (the server never answered, so it took no responsibility for the message).
   */
  onApplicationShutdown(): void {
    this.transport?.close({ force: true });
  }

  async deliver(messageId: string): Promise<void> {
    const messages = this.dataSource.getRepository(OutboxMessageEntity);
    const message = await messages.findOneBy({ id: messageId });
    if (!message || message.sentAt) return;
    if (!this.transport) {
      this.logger.log(`To ${message.recipient}: ${message.subject}. ${message.body}`);
      await messages.update({ id: message.id, sentAt: IsNull() }, { sentAt: new Date(), sentVia: 'log' });
      return;
    }
    await this.transport.sendMail({
      from: this.config.mail.from,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      ...(message.html ? { html: message.html } : {}),
      messageId: `<${message.id}@portal>`,
      ...(message.unsubscribeUrl
        ? {
            list: { unsubscribe: message.unsubscribeUrl },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
    });
    await messages.update({ id: message.id, sentAt: IsNull() }, { sentAt: new Date(), sentVia: 'smtp' });
  }
}
