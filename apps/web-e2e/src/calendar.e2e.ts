import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, setLanguage, signIn, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Today in Bishkek, so the meeting falls in the month the calendar opens on. */
const todayInBishkek = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek' }).format(new Date());

describe('calendar', () => {
  it('an editor creates a quarterly meeting with an agenda; a member sees it in month and list views and RSVPs', async () => {
    const title = unique('Квартальное заседание');
    const editor = await newPage(browser);
    await signIn(editor.page, 'editor@portal.test', undefined, '/calendar');
    await setLanguage(editor.page, 'ru');
    await editor.page.click('[data-testid=calendar-new]');
    await editor.page.fill('#event-title', title);
    await editor.page.selectOption('#event-kind', 'working_group_meeting');
    await editor.page.fill('#event-date', todayInBishkek());
    await editor.page.fill('#event-start', '10:00');
    await editor.page.fill('#event-end', '12:00');
    await editor.page.selectOption('#event-repeat', 'quarterly');
    await editor.page.selectOption('#event-visibility', 'members');
    await editor.page
      .locator('label', { hasText: 'Международная организация по миграции' })
      .locator('input[type=checkbox]')
      .check();
    await editor.page.click('[data-testid=agenda-add]');
    await editor.page.fill('#agenda-title-0', 'Итоги квартала');
    await editor.page.fill('#agenda-minutes-0', '30');
    await editor.page.click('[data-testid=agenda-add]');
    await editor.page.fill('#agenda-title-1', 'План национальной кампании');
    await editor.page.fill('#agenda-minutes-1', '45');
    await editor.page.click('[data-testid=event-save]');
    await editor.page.waitForSelector('[data-testid=event-page]');
    expect(await editor.page.locator('[data-testid=event-agenda] li').allTextContents()).toEqual([
      'Итоги квартала (Минут: 30)',
      'План национальной кампании (Минут: 45)',
    ]);
    expect(await editor.page.textContent('[data-testid=agenda-total]')).toBe(
      'Повестка дня — 75 мин, заседание — 120 мин',
    );
    await editor.context.close();

    // The member (of the invited organization) reads Bishkek time in their own zone.
    const member = await newPage(browser, undefined, { timezoneId: 'Asia/Bishkek' });
    await signIn(member.page, 'member@portal.test', undefined, '/calendar');
    await setLanguage(member.page, 'ru');
    const inMonth = member.page.locator('.fc-daygrid-event', { hasText: title });
    await inMonth.first().waitFor();
    await inMonth.first().click();
    await member.page.waitForSelector('[data-testid=event-page]');
    expect(await member.page.textContent('[data-testid=event-when]')).toContain('10:00');
    await member.page.fill('#rsvp-note', 'Буду с коллегой');
    await member.page.click('[data-testid=rsvp-yes]');
    await member.page.locator('[data-testid=my-response]', { hasText: 'Вы ответили: Буду' }).waitFor();
    expect(await member.page.locator('[data-testid=event-responses]').textContent()).toContain(
      'Буду — Буду с коллегой',
    );

    await member.page.goto('/calendar');
    await member.page.click('.fc-listMonth-button');
    await member.page.locator('.fc-list-event', { hasText: title }).first().waitFor();
    await member.context.close();

    // A reader never sees a members-only meeting.
    const reader = await newPage(browser);
    await signIn(reader.page, 'reader@portal.test', undefined, '/calendar');
    await reader.page.waitForSelector('.fc-daygrid-body');
    await reader.page.waitForLoadState('networkidle');
    expect(await reader.page.locator('.fc-event', { hasText: title }).count()).toBe(0);
    await reader.context.close();
  });
});
