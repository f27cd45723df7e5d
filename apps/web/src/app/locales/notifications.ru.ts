/** Texts of the notifications bell, list and settings, merged into `ru`. */
export const notificationsRu = {
  notifications: {
    title: 'Уведомления',
    bell: 'Уведомления, непрочитанных: {{count}}',
    markAllRead: 'Отметить все как прочитанные',
    empty: 'Уведомлений пока нет.',
    more: 'Показать ещё',
    unread: 'Не прочитано',
    settingsLink: 'Настройки уведомлений',
    lines: {
      review_requested: 'Текст ожидает вашего решения: «{{title}}»',
      changes_requested: 'Текст возвращён на доработку: «{{title}}»',
      text_approved: 'Текст утверждён министерством: «{{title}}»',
      text_agreed: 'Текст согласован рабочей группой: «{{title}}»',
      library_update: 'Новый текст в библиотеке: «{{title}}»',
      library_revision: 'Новая редакция текста в библиотеке: «{{title}}»',
      comment_on_mine: 'Новый комментарий к тексту «{{title}}»',
    },
    settings: {
      title: 'Настройки уведомлений',
      intro:
        'Как сообщать о каждом виде событий. Сводки приходят утром по времени Бишкека, еженедельные — по понедельникам.',
      kind: 'О чём',
      channel: 'Как сообщать',
      byDefault: 'по умолчанию для вашей роли',
      saved: 'Сохранено.',
    },
    kinds: {
      review_requested: 'Тексты, ожидающие моего решения',
      changes_requested: 'Мои тексты, возвращённые на доработку',
      text_endorsed: 'Мои тексты согласованы рабочей группой или утверждены министерством',
      library_update: 'Новые и обновлённые тексты в библиотеке',
      comment_on_mine: 'Комментарии к моим текстам',
    },
    channels: {
      in_app: 'Только на портале',
      email: 'На портале и сразу письмом',
      daily: 'На портале и в ежедневной сводке письмом',
      weekly: 'На портале и в еженедельной сводке письмом',
      off: 'Не сообщать',
    },
  },
};
