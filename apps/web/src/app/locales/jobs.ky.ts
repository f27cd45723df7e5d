/** Texts of the failed background jobs page (administrators), merged into `ky`. */
export const jobsKy = {
  jobs: {
    title: 'Фондук иштердин каталары',
    intro:
      'Бардык кайталоолордон кийин да ишке ашпаган окуяларды жеткирүүлөр. Себеби жоюлганда жеткирүүнү кайталаңыз; кереги жогун алып салыңыз (окуянын өзү сакталат).',
    empty: 'Каталар жок.',
    failedAt: 'Качан',
    consumer: 'Иштеткич',
    attempts: 'Аракеттер: {{count}}',
    event: 'Окуя',
    error: 'Ката',
    actions: 'Аракеттер',
    retry: 'Жеткирүүнү кайталоо',
    remove: 'Алып салуу',
  },
};
