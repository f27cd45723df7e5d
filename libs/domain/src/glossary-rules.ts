/**
 * What docs/GLOSSARY.md rules out, in a form tests can apply: the web locale test and the demo-text test read these
 * tables, so a word fixed once stays fixed in every new string.
 */
export interface WrongWord {
  wrong: RegExp;
  /** The glossary's term (or the grammar) to use instead. */
  use: string;
}

/** A number's suffix depends on how the number is read (1000 → миңден), which a placeholder cannot know. */
const NUMBER_SUFFIX = 'a case suffix on a number: write «{{count}} жана андан көп» or put the number in brackets';

export const KY_WRONG_WORDS: readonly WrongWord[] = [
  {
    wrong: /ишеним\s+телефон/iu,
    use: '«ысык линия» (the national hotline 189; «ишеним телефону» is a helpline of trust)',
  },
  { wrong: /кайтар(ып|ылып)\s+ал/iu, use: '«колдонуудан алуу / колдонуудан алынган» (withdraw)' },
  { wrong: /(?<!\p{L})күйгүз/iu, use: '«кайра иштетүү» (reactivate)' },
  { wrong: /курмандык/iu, use: '«жабыркагандар» (victims; the strategy asks not to blame them)' },
  { wrong: /суроо-жооп/iu, use: '«суроолор жана жооптор»' },
  { wrong: /(?<!\p{L})оңдо/iu, use: '«түзөтүү» (edit)' },
  { wrong: /(?<!\p{L})министерство/iu, use: '«министрлик»' },
  { wrong: /ойлоп\s+таб/iu, use: '«түзүңүз» (create a password)' },
  { wrong: /(\d|\}\})-аталыш/iu, use: '«2-деңгээлдеги аталыш» (a heading level)' },
  { wrong: /(\d|\}\})\s+(дан|ден|тан|тен|дон|дөн|тон|төн)(?!\p{L})/u, use: NUMBER_SUFFIX },
  { wrong: /\}\}\p{L}/u, use: NUMBER_SUFFIX },
  { wrong: /Сиздин\s+(?!\p{L}*ң[ыиуү]з)\p{L}+/iu, use: 'the possessive after «Сиздин»: «Сиздин версияңыз»' },
  {
    wrong: /\p{L}\s+\{\{date\}\}(?!\s*\)|\s*-|\s+(чейин|кийин|баштап)(?!\p{L}))/u,
    use: 'a date with a case ending or in brackets: «колдонуудан алынды ({{date}})»',
  },
];

/** In strings about user accounts «өчүрүү» reads as deleting the account (and is how a phone number is removed). */
export const KY_ACCOUNT_WRONG_WORDS: readonly WrongWord[] = [
  { wrong: /(?<!\p{L})өчүр/iu, use: '«бөгөттөө / бөгөттөлгөн» (deactivate), «кайра иштетүү» (reactivate)' },
];

export const RU_WRONG_WORDS: readonly WrongWord[] = [
  { wrong: /телефон\p{L}*\s+довери/iu, use: '«горячая линия» (the national hotline 189)' },
  { wrong: /(?<!\p{L})жертв/iu, use: '«пострадавшие»' },
];

export const EN_WRONG_WORDS: readonly WrongWord[] = [
  { wrong: /organis/i, use: '"organization"' },
  { wrong: /helpline/i, use: '"hotline"' },
  { wrong: /\b(send|sends|sent|sending)\b(\s+\w+)?\s+back/i, use: '"request changes"' },
];

/**
 * One idea, one word: where the Russian string names an idea of the glossary, the Kyrgyz and English strings of the
 * same key name it with the glossary's word. `keys` limits a pair to the strings where the Russian word means it.
 */
export interface SameIdea {
  idea: string;
  ru: RegExp;
  ky: RegExp;
  en?: RegExp;
  keys?: RegExp;
}

export const SAME_IDEA: readonly SameIdea[] = [
  { idea: 'working group', ru: /рабоч\p{L}*\s+групп/iu, ky: /жумушчу\s+топ/iu, en: /working group/i },
  { idea: 'ministry', ru: /министерств/iu, ky: /министрлик/iu, en: /ministry/i },
  { idea: 'approve', ru: /утвер[жд]/iu, ky: /бекит/iu, en: /approv/i },
  { idea: 'agree', ru: /согласов/iu, ky: /макулдаш/iu },
  {
    idea: 'request changes',
    ru: /доработк/iu,
    ky: /кайра\s+иштеп\s+чыгууга\s+кайтар/iu,
    en: /request\p{L}*\s+changes/iu,
  },
  { idea: 'withdraw', ru: /отозва|отзыв/iu, ky: /колдонуудан\s+ал/iu, en: /withdr[ae]w/i },
  { idea: 'draft', ru: /черновик/iu, ky: /долбоор/iu, en: /draft/i },
  { idea: 'revision', ru: /редакци/iu, ky: /редакци/iu, en: /revision/i },
  { idea: 'talking points', ru: /тезис/iu, ky: /тезис/iu, en: /point/i },
  {
    idea: 'questions and answers',
    ru: /вопрос\p{L}*\s+и\s+ответ/iu,
    ky: /суроолор\s+жана\s+жооптор/iu,
    en: /Q&A|questions and answers/i,
  },
  { idea: 'embargo until', ru: /эмбарго\s+до/iu, ky: /чейин/iu, en: /until/i },
  { idea: 'hotline', ru: /горяч\p{L}*\s+лини/iu, ky: /ысык\s+лини/iu, en: /hotline/i },
  { idea: 'edit', ru: /редактир/iu, ky: /түзөт/iu, en: /edit/i },
  { idea: 'change', ru: /измен/iu, ky: /өзгөр/iu, en: /chang|edit|updat/i },
  { idea: 'remove', ru: /(?<!\p{L})удал(?!ос)/iu, ky: /алып\s+сал/iu, en: /remov/i },
  { idea: 'overwrite', ru: /перезапис/iu, ky: /үстүнөн\s+жаз/iu, en: /overwrit/i },
  { idea: 'deactivate', ru: /отключ/iu, ky: /бөгөттө/iu, en: /deactivat/i, keys: /^(users|userStatuses)\./ },
  { idea: 'reactivate', ru: /включить/iu, ky: /кайра\s+иштет/iu, en: /reactivat/i, keys: /^users\./ },
  { idea: 'contact', ru: /контакт/iu, ky: /байланыш/iu, en: /contact/i },
  { idea: 'organization', ru: /организаци/iu, ky: /уюм/iu, en: /organization/i },
  { idea: 'campaign', ru: /кампани/iu, ky: /өнөктүк/iu, en: /campaign/i },
  { idea: 'notification', ru: /уведомлени/iu, ky: /билдирме/iu, en: /notification/i },
  { idea: 'reminder', ru: /напоминани/iu, ky: /эскертме/iu, en: /reminder/i },
  { idea: 'victims', ru: /пострадавш/iu, ky: /жабырка/iu },
];
