import { DocumentTextConsumer } from '../modules/documents/extraction/document-text.consumer.js';
import { NotificationsConsumer } from '../modules/notifications/notifications.consumer.js';
import { InvitationMessageConsumer } from '../modules/users/invitation-message.consumer.js';

/**
 * Every event consumer, in one place (a feature records events; it never calls its consumers itself). Each is a Nest
 * provider of the jobs module; adding one here gives it its own queue, retries and dead-letter handling.
 */
export const CONSUMERS = [InvitationMessageConsumer, DocumentTextConsumer, NotificationsConsumer];
