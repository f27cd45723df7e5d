import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { FileStore } from '@tus/file-store';
import { EVENTS, Server } from '@tus/server';
import type { IncomingMessage } from 'node:http';
import type { Actor, PortalRequest } from '../auth/actor.js';
import { AppError } from '../common/app-error.js';
import { extensionOf } from './file-name.js';
import { ACCEPTED_EXTENSIONS } from './file-inspection.js';
import { UploadsService } from './uploads.service.js';

export const UPLOADS_PATH = '/api/uploads';
/** The upload's id, also the last segment of its URL; what the client hands to the feature that takes the file. */
export const UPLOAD_ID_HEADER = 'Upload-Id';

/** What a refused upload answers, so the client can name the file and the reason in the user's language. */
export interface RefusalBody {
  code: string;
  reason: string;
  fileName: string;
  message: string;
}

type TusRequest = Parameters<NonNullable<ConstructorParameters<typeof Server>[0]['onUploadCreate']>>[0];

const actorOf = (req: TusRequest): Actor => {
  const node = (req as { runtime?: { node?: { req: IncomingMessage } } }).runtime?.node?.req as PortalRequest;
  // The controller's guard has already refused anyone without a session allowed to upload.
  if (!node?.actor) throw { status_code: 401, body: 'Sign-in required\n' };
  return node.actor;
};

const refusal = (error: AppError) => {
  const { reason, fileName } = error.extensions as { reason: string; fileName: string };
  const body: RefusalBody = { code: 'FILE_REFUSED', reason, fileName, message: error.message };
  // 422: tus clients do not retry a 4xx, and the body tells why.
  return { status_code: 422, body: JSON.stringify(body) };
};

/**
 * The tus resumable-upload server (`@tus/server`): partial files under `<DATA_DIR>/uploads/`, one `file_upload` row
 * from creation on, inspection and storage when the last byte arrives. Locks are in memory: one API instance.
 */
@Injectable()
export class TusUploads {
  readonly server: Server;
  private readonly store: FileStore;

  constructor(private readonly uploads: UploadsService) {
    this.store = new FileStore({ directory: uploads.spoolDir });
    this.server = new Server({
      path: UPLOADS_PATH,
      datastore: this.store,
      relativeLocation: true,
      // Same-origin only: no CORS header at all.
      allowedOrigins: [],
      exposedHeaders: [UPLOAD_ID_HEADER],
      maxSize: uploads.maxBytes,
      namingFunction: () => randomUUID(),
      onUploadCreate: async (req, upload) => {
        const actor = actorOf(req);
        if (upload.sizeIsDeferred) throw { status_code: 400, body: 'Upload-Length required\n' };
        const fileName = upload.metadata?.filename ?? '';
        if (!ACCEPTED_EXTENSIONS.has(extensionOf(fileName))) {
          const error = await this.uploads.refuseEarly(actor, upload.id, fileName, upload.size ?? 0);
          throw refusal(error);
        }
        await this.uploads.beginReceiving(actor, upload.id, fileName, upload.size ?? 0);
        return {};
      },
      onUploadFinish: async (_req, upload) => {
        try {
          await this.uploads.finishReceiving(upload.id, path.join(uploads.spoolDir, upload.id));
        } catch (error) {
          if (error instanceof AppError && error.code === 'BAD_USER_INPUT') {
            await this.store.remove(upload.id).catch(() => undefined);
            throw refusal(error);
          }
          throw error;
        }
        // The bytes are in the blob store now; HEAD on a complete upload is answered from its row.
        await this.store.remove(upload.id).catch(() => undefined);
        return { headers: { [UPLOAD_ID_HEADER]: upload.id } };
      },
    });
    this.server.on(EVENTS.POST_TERMINATE, (_req: unknown, _res: unknown, id: string) => {
      void this.uploads.forgetReceiving(id);
    });
  }
}
