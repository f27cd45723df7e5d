/** Texts of the failed background jobs page (administrators), merged into `ru`. */
export const jobsRu = {
  jobs: {
    title: 'Сбои фоновых задач',
    intro:
      'Доставки событий, которые не удались и после всех повторных попыток. Когда причина устранена, повторите доставку; ненужную удалите (само событие сохранится).',
    empty: 'Сбоев нет.',
    failedAt: 'Когда',
    consumer: 'Обработчик',
    attempts: 'Попыток: {{count}}',
    event: 'Событие',
    error: 'Ошибка',
    actions: 'Действия',
    retry: 'Повторить доставку',
    remove: 'Удалить',
  },
};
