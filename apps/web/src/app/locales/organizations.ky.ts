import type { organizationsRu } from './organizations.ru';

export const organizationsKy: typeof organizationsRu = {
  organizations: {
    title: 'Уюмдар',
    backToContacts: 'Байланыштарга',
    new: 'Жаңы уюм',
    filters: 'Уюмдардын чыпкалары',
    search: 'Аталышы же кыскартылышы',
    name: 'Аталышы',
    shortName: 'Кыскартылышы',
    type: 'Түрү',
    website: 'Сайт',
    actions: 'Аракеттер',
    chooseType: 'Түрүн тандаңыз',
    total: 'Табылды: {{count}}',
    empty: 'Уюмдар табылган жок.',
    showContacts: 'Бул уюмдун байланыштарын көрсөтүү',
    edit: 'Түзөтүү',
    editNamed: 'Түзөтүү: {{name}}',
    createTitle: 'Жаңы уюм',
    editTitle: 'Уюмду түзөтүү',
    nameTaken: 'Мындай аталыштагы уюм бар.',
    conflictTitle: 'Уюмду башка бирөө өзгөртүп койгон',
  },
};
