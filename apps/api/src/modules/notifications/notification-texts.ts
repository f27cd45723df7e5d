import type { Language, NotificationKind } from '@portal/domain';

/** What a notification names: a title the recipient may read, and for endorsements the state the text reached. */
export interface NotificationParams {
  title?: string;
  state?: string;
  revised?: string;
}

type Line = (p: NotificationParams) => string;

const q = (language: Language, title = '') => (language === 'en' ? `“${title}”` : `«${title}»`);

/** One line per kind and language, glossary words only (docs/GLOSSARY.md); used in e-mails and digests. */
const LINES: Record<Language, Record<NotificationKind, Line>> = {
  ru: {
    review_requested: (p) => `Текст ожидает вашего решения: ${q('ru', p.title)}`,
    changes_requested: (p) => `Текст возвращён на доработку: ${q('ru', p.title)}`,
    text_endorsed: (p) =>
      p.state === 'approved'
        ? `Текст утверждён министерством: ${q('ru', p.title)}`
        : `Текст согласован рабочей группой: ${q('ru', p.title)}`,
    library_update: (p) =>
      p.revised
        ? `Новая редакция текста в библиотеке: ${q('ru', p.title)}`
        : `Новый текст в библиотеке: ${q('ru', p.title)}`,
    comment_on_mine: (p) => `Новый комментарий к тексту ${q('ru', p.title)}`,
  },
  ky: {
    review_requested: (p) => `${q('ky', p.title)} тексти сиздин чечимиңизди күтүүдө`,
    changes_requested: (p) => `${q('ky', p.title)} тексти кайра иштеп чыгууга кайтарылды`,
    text_endorsed: (p) =>
      p.state === 'approved'
        ? `${q('ky', p.title)} текстин министрлик бекитти`
        : `${q('ky', p.title)} текстин жумушчу топ макулдашты`,
    library_update: (p) =>
      p.revised
        ? `Китепканада ${q('ky', p.title)} текстинин жаңы редакциясы`
        : `Китепканада жаңы текст: ${q('ky', p.title)}`,
    comment_on_mine: (p) => `${q('ky', p.title)} текстине жаңы комментарий`,
  },
  en: {
    review_requested: (p) => `A text waits for your decision: ${q('en', p.title)}`,
    changes_requested: (p) => `Requested changes: ${q('en', p.title)}`,
    text_endorsed: (p) =>
      p.state === 'approved'
        ? `Approved by the ministry: ${q('en', p.title)}`
        : `Agreed by the working group: ${q('en', p.title)}`,
    library_update: (p) =>
      p.revised ? `New revision in the library: ${q('en', p.title)}` : `New text in the library: ${q('en', p.title)}`,
    comment_on_mine: (p) => `New comment on ${q('en', p.title)}`,
  },
};

/** The kinds as the preferences page and unsubscribe links name them. */
export const KIND_NAMES: Record<Language, Record<NotificationKind, string>> = {
  ru: {
    review_requested: 'тексты, ожидающие моего решения',
    changes_requested: 'мои тексты, возвращённые на доработку',
    text_endorsed: 'мои тексты, согласованные или утверждённые',
    library_update: 'новые и обновлённые тексты в библиотеке',
    comment_on_mine: 'комментарии к моим текстам',
  },
  ky: {
    review_requested: 'менин чечимимди күткөн тексттер',
    changes_requested: 'кайра иштеп чыгууга кайтарылган менин тексттерим',
    text_endorsed: 'макулдашылган же бекитилген менин тексттерим',
    library_update: 'китепканадагы жаңы жана жаңыланган тексттер',
    comment_on_mine: 'менин тексттериме комментарийлер',
  },
  en: {
    review_requested: 'texts waiting for my decision',
    changes_requested: 'my texts with requested changes',
    text_endorsed: 'my texts agreed or approved',
    library_update: 'new and revised texts in the library',
    comment_on_mine: 'comments on my texts',
  },
};

const FRAME: Record<
  Language,
  {
    open: string;
    unsubscribe: (kind: string) => string;
    digest: Record<'daily' | 'weekly', string>;
    unsubscribed: (kind: string) => string;
  }
> = {
  ru: {
    open: 'Открыть на портале',
    unsubscribe: (kind) => `Отписаться от писем об этом («${kind}»)`,
    digest: { daily: 'Уведомления портала за день', weekly: 'Уведомления портала за неделю' },
    unsubscribed: (kind) => `Письма больше не приходят: «${kind}». Уведомления остаются на портале.`,
  },
  ky: {
    open: 'Порталда ачуу',
    unsubscribe: (kind) => `Бул тууралуу каттардан баш тартуу («${kind}»)`,
    digest: { daily: 'Порталдын бир күндүк билдирмелери', weekly: 'Порталдын бир жумалык билдирмелери' },
    unsubscribed: (kind) => `Мындан ары каттар келбейт: «${kind}». Билдирмелер порталда калат.`,
  },
  en: {
    open: 'Open in the portal',
    unsubscribe: (kind) => `Unsubscribe from e-mails about this (“${kind}”)`,
    digest: { daily: 'Portal notifications of the day', weekly: 'Portal notifications of the week' },
    unsubscribed: (kind) => `No more e-mails about “${kind}”. Notifications stay in the portal.`,
  },
};

export const notificationLine = (language: Language, kind: NotificationKind, params: NotificationParams) =>
  LINES[language][kind](params);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailItem {
  kind: NotificationKind;
  params: NotificationParams;
  url: string;
}

/** One notification as an e-mail: the line as subject, a link to it, and the kind's unsubscribe link. */
export function renderImmediate(language: Language, item: MailItem, unsubscribeUrl: string): RenderedMail {
  const frame = FRAME[language];
  const line = notificationLine(language, item.kind, item.params);
  const unsubscribe = frame.unsubscribe(KIND_NAMES[language][item.kind]);
  return {
    subject: line,
    text: `${line}\n\n${frame.open}: ${item.url}\n\n${unsubscribe}: ${unsubscribeUrl}\n`,
    html: page(
      language,
      `<p>${escape(line)}</p><p><a href="${escape(item.url)}">${escape(frame.open)}</a></p>`,
      `<a href="${escape(unsubscribeUrl)}">${escape(unsubscribe)}</a>`,
    ),
  };
}

/** Several notifications in one e-mail, with an unsubscribe link per kind present. */
export function renderDigest(
  language: Language,
  period: 'daily' | 'weekly',
  items: MailItem[],
  unsubscribeUrls: Partial<Record<NotificationKind, string>>,
): RenderedMail {
  const frame = FRAME[language];
  const lines = items.map((item) => ({ line: notificationLine(language, item.kind, item.params), url: item.url }));
  const links = Object.entries(unsubscribeUrls).map(([kind, url]) => ({
    label: frame.unsubscribe(KIND_NAMES[language][kind as NotificationKind]),
    url: url!,
  }));
  return {
    subject: frame.digest[period],
    text: [
      frame.digest[period],
      '',
      ...lines.map((l) => `• ${l.line}\n  ${l.url}`),
      '',
      ...links.map((l) => `${l.label}: ${l.url}`),
      '',
    ].join('\n'),
    html: page(
      language,
      `<h1>${escape(frame.digest[period])}</h1><ul>${lines
        .map((l) => `<li><a href="${escape(l.url)}">${escape(l.line)}</a></li>`)
        .join('')}</ul>`,
      links.map((l) => `<a href="${escape(l.url)}">${escape(l.label)}</a>`).join('<br>'),
    ),
  };
}

export const unsubscribedText = (language: Language, kind: NotificationKind) =>
  FRAME[language].unsubscribed(KIND_NAMES[language][kind]);

export function page(language: Language, body: string, footer = ''): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body>${body}${
    footer ? `<hr><p style="font-size:small">${footer}</p>` : ''
  }</body></html>`;
}

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
