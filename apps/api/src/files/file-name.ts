const MAX_LENGTH = 180;
// C0/C1 controls, and the bidi marks and overrides that make `gpj.exe` display as `exe.jpg`.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Characters Windows refuses in a file name; a download named with them would be renamed or fail.
const RESERVED_CHARS = /[<>:"|?*]/g;
// Device names Windows opens instead of a file, with or without an extension (`con.pdf`, `LPT1.txt`).
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/**
 * The name shown and offered on download; storage never uses it. Keeps only the last path segment, drops invisible
 * and reserved characters, defuses device names and caps the length while keeping the extension.
 */
export function sanitizeFileName(raw: string): string {
  let name = raw
    .normalize('NFC')
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(INVISIBLE, '');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(RESERVED_CHARS, '_').replace(/\s+/g, ' ').trim();
  // Leading dots hide files and `..` walks up; trailing dots and spaces are dropped by Windows.
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (DEVICE.test(name)) name = `_${name}`;
  if (!name) name = 'file';
  const chars = Array.from(name);
  if (chars.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
    const keep = extension.length > 0 && extension.length <= 10 ? extension : [];
    name =
      chars
        .slice(0, MAX_LENGTH - keep.length)
        .join('')
        .trimEnd() + keep.join('');
  }
  return name;
}

/** Lower-case extension without the dot ('' if none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
