import S3rver from 's3rver';
import { tempDataDir } from './file-helpers.js';

/** A real S3 API (s3rver) in this process, on a random loopback port, with one bucket. */
export async function startS3(bucket = 'portal-files') {
  const dir = await tempDataDir();
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir.dir,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    stop: async () => {
      await server.close();
      await dir.remove();
    },
  };
}
