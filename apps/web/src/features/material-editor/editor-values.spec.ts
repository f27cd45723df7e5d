import type { DocNode } from '../materials/material-doc';
import {
  bodyAfterKindChange,
  detailsOf,
  emptyValues,
  missingFields,
  templateFor,
  toCreateInput,
  toDetailsInput,
} from './editor-values';

describe('material form values', () => {
  it('send trimmed values, nulls for empty optional fields and the embargo as an instant', () => {
    const input = toCreateInput(
      {
        ...emptyValues('ru'),
        kindId: 'k1',
        title: '  Тезисы ',
        campaignId: '',
        audiences: ['returnees'],
        embargoUntil: '2027-03-01T09:30',
      },
      'points',
    );
    expect(input).toMatchObject({
      kindId: 'k1',
      language: 'ru',
      title: 'Тезисы',
      campaignId: null,
      audiences: ['returnees'],
      validUntil: null,
      embargoUntil: '2027-03-01T03:30:00.000Z',
    });
    expect(JSON.parse(input.body)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('start talking points as a numbered list and Q&A with a question heading', () => {
    expect(templateFor('points').content?.[0].type).toBe('orderedList');
    expect(templateFor('qa').content?.[0]).toEqual({ type: 'heading', attrs: { level: 3 } });
    expect(templateFor('text')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('never replace text the user has written when the kind changes', () => {
    const written: DocNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Уже написано' }] }],
    };
    expect(bodyAfterKindChange(written, 'points')).toBeNull();
    expect(bodyAfterKindChange(emptyValues('ru').body, 'points')?.content?.[0].type).toBe('orderedList');
  });

  it('round-trips stored details through the details form, dropping slugs the domain no longer has', () => {
    const stored = {
      campaign: { __typename: 'CampaignRef' as const, id: 'c1', title: 'Безопасная миграция' },
      audiences: ['returnees', 'aliens'],
      channels: ['press', 'pigeons'],
      validUntil: '2027-12-31',
      embargoUntil: '2027-03-01T04:00:00.000Z',
      coverageOutlet: null,
      coverageDate: null,
      coverageUrl: null,
    };
    const values = detailsOf(stored);
    expect(values).toEqual({
      campaignId: 'c1',
      audiences: ['returnees'],
      channels: ['press'],
      validUntil: '2027-12-31',
      embargoUntil: '2027-03-01T10:00',
      coverageOutlet: '',
      coverageDate: '',
      coverageUrl: '',
    });
    expect(toDetailsInput({ ...values, campaignId: '' }, 4, 'text')).toEqual({
      campaignId: null,
      audiences: ['returnees'],
      channels: ['press'],
      validUntil: '2027-12-31',
      embargoUntil: '2027-03-01T04:00:00.000Z',
      coverageOutlet: null,
      coverageDate: null,
      coverageUrl: null,
      version: 4,
    });
  });

  it('send outlet, date and link only for media coverage, trimmed, with nulls for what is missing', () => {
    const values = {
      ...emptyValues('ru'),
      kindId: 'k7',
      title: 'Интервью',
      coverageOutlet: ' Вечерний Бишкек ',
      coverageDate: '2027-02-14',
      coverageUrl: '  ',
    };
    expect(toCreateInput(values, 'coverage')).toMatchObject({
      coverageOutlet: 'Вечерний Бишкек',
      coverageDate: '2027-02-14',
      coverageUrl: null,
    });
    // Typed before the kind was changed to another one: not sent.
    expect(toCreateInput(values, 'text')).toMatchObject({
      coverageOutlet: null,
      coverageDate: null,
      coverageUrl: null,
    });
    expect(toDetailsInput(values, 2, 'coverage')).toMatchObject({ coverageOutlet: 'Вечерний Бишкек', version: 2 });
  });

  it('name what a new material still needs, as what to do', () => {
    expect(missingFields(emptyValues('ru'))).toEqual({
      kindId: { key: 'materialEditor.kindRequired', message: '' },
      title: { key: 'materialEditor.titleRequired', message: '' },
    });
    expect(missingFields({ ...emptyValues('ru'), kindId: 'k1', title: '  ' })).toEqual({
      title: { key: 'materialEditor.titleRequired', message: '' },
    });
    expect(missingFields({ ...emptyValues('ru'), kindId: 'k1', title: 'Заголовок' })).toEqual({});
  });
});
