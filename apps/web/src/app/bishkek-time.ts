import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Embargoes are entered in Kyrgyzstan's time, whatever the device's zone, and sent as an instant. */
export const BISHKEK = 'Asia/Bishkek';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `YYYY-MM-DDTHH:mm` (a datetime-local value) read as Bishkek time → ISO instant; '' or bad input → null. */
export function bishkekLocalToIso(value: string): string | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const date = new TZDate(y, mo - 1, d, h, mi, BISHKEK);
  return Number.isNaN(date.getTime()) ? null : new Date(date.getTime()).toISOString();
}

/** An ISO instant as a datetime-local value in Bishkek time, for showing a stored embargo in the form. */
export function isoToBishkekLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new TZDate(iso, BISHKEK);
  return Number.isNaN(date.getTime()) ? '' : format(date, "yyyy-MM-dd'T'HH:mm");
}
