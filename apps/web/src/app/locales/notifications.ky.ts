import type { notificationsRu } from './notifications.ru';

/** Texts of the notifications bell, list and settings, merged into `ky`. */
export const notificationsKy: typeof notificationsRu = {
  notifications: {
    title: 'Билдирмелер',
    bell: 'Билдирмелер, окулбагандары: {{count}}',
    markAllRead: 'Баарын окулду деп белгилөө',
    empty: 'Азырынча билдирмелер жок.',
    more: 'Дагы көрсөтүү',
    unread: 'Окулган жок',
    settingsLink: 'Билдирмелердин жөндөөлөрү',
    lines: {
      review_requested: '«{{title}}» тексти сиздин чечимиңизди күтүүдө',
      changes_requested: '«{{title}}» тексти кайра иштеп чыгууга кайтарылды',
      text_approved: '«{{title}}» текстин министрлик бекитти',
      text_agreed: '«{{title}}» текстин жумушчу топ макулдашты',
      library_update: 'Китепканада жаңы текст: «{{title}}»',
      library_revision: 'Китепканада «{{title}}» текстинин жаңы редакциясы',
      comment_on_mine: '«{{title}}» текстине жаңы комментарий',
    },
    settings: {
      title: 'Билдирмелердин жөндөөлөрү',
      intro:
        'Ар бир окуя тууралуу кантип кабарлоо керек. Жалпы каттар Бишкек убактысы боюнча эртең менен келет, жумалыктары — дүйшөмбү күнү.',
      kind: 'Эмне тууралуу',
      channel: 'Кантип кабарлоо',
      byDefault: 'ролуңуз үчүн демейки',
      saved: 'Сакталды.',
    },
    kinds: {
      review_requested: 'Менин чечимимди күткөн тексттер',
      changes_requested: 'Кайра иштеп чыгууга кайтарылган менин тексттерим',
      text_endorsed: 'Менин тексттеримди жумушчу топ макулдашты же министрлик бекитти',
      library_update: 'Китепканадагы жаңы жана жаңыланган тексттер',
      comment_on_mine: 'Менин тексттериме комментарийлер',
    },
    channels: {
      in_app: 'Порталда гана',
      email: 'Порталда жана дароо кат менен',
      daily: 'Порталда жана күн сайын жалпы кат менен',
      weekly: 'Порталда жана жума сайын жалпы кат менен',
      off: 'Кабарлабоо',
    },
  },
};
