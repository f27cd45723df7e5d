import type { organizationsRu } from './organizations.ru';

export const organizationsEn: typeof organizationsRu = {
  organizations: {
    title: 'Organizations',
    backToContacts: 'To contacts',
    new: 'New organization',
    filters: 'Organization filters',
    search: 'Name or short name',
    name: 'Name',
    shortName: 'Short name',
    type: 'Type',
    website: 'Website',
    actions: 'Actions',
    chooseType: 'Choose a type',
    total: 'Found: {{count}}',
    empty: 'No organizations found.',
    showContacts: "Show this organization's contacts",
    edit: 'Edit',
    editNamed: 'Edit: {{name}}',
    createTitle: 'New organization',
    editTitle: 'Edit organization',
    nameTaken: 'An organization with this name already exists.',
    conflictTitle: 'Someone else has changed this organization',
  },
};
