import yauzl from 'yauzl';
import { FileRefusal } from './file-refusal.js';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the entries' declared unpacked sizes. */
  maxUnpackedBytes: number;
  /** Unpacked size over the archive's size. */
  maxRatio: number;
}

/**
 * Reads only the central directory (nothing is inflated) and refuses an archive that would unpack absurdly. Sizes
 * are as declared: whoever extracts later must still stop at the declared size of each entry.
 */
export async function checkZipArchive(path: string, fileSize: number, limits: ZipLimits): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, opened) =>
      error ? reject(error) : resolve(opened),
    ),
  ).catch(() => {
    throw new FileRefusal('archive_corrupt', 'the document is damaged');
  });
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new FileRefusal('archive_too_many_entries', `the document holds more than ${limits.maxEntries} parts`);
    }
    let unpacked = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        unpacked += entry.uncompressedSize;
        if (unpacked > limits.maxUnpackedBytes) {
          reject(new FileRefusal('archive_too_large_unpacked', 'the document would unpack to an absurd size'));
        } else if (unpacked > fileSize * limits.maxRatio && unpacked > 10 * 1024 * 1024) {
          reject(new FileRefusal('archive_ratio', 'the document is compressed beyond any real document'));
        } else {
          zip.readEntry();
        }
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(new FileRefusal('archive_corrupt', 'the document is damaged')));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}
