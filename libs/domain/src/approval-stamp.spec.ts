import { approvalStamp, formatCalendarDate, formatStampDate } from './approval-stamp.js';

const approvedAt = '2026-11-24T20:30:00Z'; // 25 November in Bishkek (UTC+6)
const approval = { state: 'approved', approvedBy: 'Бакыт Жумабеков', approvedAt, revisionNumber: 3 };

describe('approval stamp', () => {
  it('speaks the text language, with its own month names and date order, in Bishkek time', () => {
    expect(approvalStamp('ru', approval)).toBe(
      'Утверждено министерством: Бакыт Жумабеков, 25 ноября 2026 г. (редакция 3)',
    );
    expect(approvalStamp('ky', approval)).toBe(
      'Министрлик бекиткен: Бакыт Жумабеков, 2026-жылдын 25-ноябры (3-редакция)',
    );
    expect(approvalStamp('en', approval)).toBe(
      'Approved by the ministry: Бакыт Жумабеков, 25 November 2026 (revision 3)',
    );
    expect(approvalStamp('ky', { ...approval, state: 'agreed' })).toMatch(/^Жумушчу топ макулдашкан: /);
    expect(approvalStamp('ky', null)).toBe('Бекитилген эмес');
  });

  it('writes every Kyrgyz month with its possessive ending and no Russian month', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatCalendarDate('ky', `2026-${String(i + 1).padStart(2, '0')}-01`),
    );
    expect(months).toEqual([
      '2026-жылдын 1-январы',
      '2026-жылдын 1-февралы',
      '2026-жылдын 1-марты',
      '2026-жылдын 1-апрели',
      '2026-жылдын 1-майы',
      '2026-жылдын 1-июну',
      '2026-жылдын 1-июлу',
      '2026-жылдын 1-августу',
      '2026-жылдын 1-сентябры',
      '2026-жылдын 1-октябры',
      '2026-жылдын 1-ноябры',
      '2026-жылдын 1-декабры',
    ]);
    expect(formatCalendarDate('ru', '2026-10-14')).toBe('14 октября 2026 г.');
    expect(formatStampDate('en', new Date(approvedAt))).toBe('25 November 2026');
    expect(formatCalendarDate('ru', 'not a date')).toBe('');
  });
});
