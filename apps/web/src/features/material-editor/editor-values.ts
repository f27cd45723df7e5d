import type { Language } from '@portal/domain';
import type { FieldMessageValue } from '../../app/components/field-message';
import type { CreateMaterialInput, MaterialDetailsInput, MaterialFieldsFragment } from '../../gql/graphql';
import { EMPTY_DOC, isEmptyDoc, type DocNode } from '../materials/material-doc';
import { isAudience, isChannel, type Audience, type Channel } from '../materials/material-options';
import { bishkekLocalToIso, isoToBishkekLocal } from '../../app/bishkek-time';

/** Campaign, audiences, channels and dates: editable after creation, unlike kind and language. */
export interface DetailsValues {
  /** A campaign's id, or '' for none. */
  campaignId: string;
  audiences: Audience[];
  channels: Channel[];
  validUntil: string;
  /** A datetime-local value, Bishkek time. */
  embargoUntil: string;
  /** Media coverage only: where and when the piece ran, and a link to it. */
  coverageOutlet: string;
  coverageDate: string;
  coverageUrl: string;
}

/** What the create form holds; the body is the editor's JSON document. */
export interface MaterialFormValues extends DetailsValues {
  kindId: string;
  language: Language;
  title: string;
  body: DocNode;
}

/** The stored details as form values; slugs the domain no longer knows are dropped (the API would refuse them). */
export const detailsOf = (
  m: Pick<MaterialFieldsFragment, Exclude<keyof DetailsValues, 'campaignId'> | 'campaign'>,
): DetailsValues => ({
  campaignId: m.campaign?.id ?? '',
  audiences: m.audiences.filter(isAudience),
  channels: m.channels.filter(isChannel),
  validUntil: m.validUntil ?? '',
  embargoUntil: isoToBishkekLocal(m.embargoUntil),
  coverageOutlet: m.coverageOutlet ?? '',
  coverageDate: m.coverageDate ?? '',
  coverageUrl: m.coverageUrl ?? '',
});

export const isCoverage = (structure: string | undefined): boolean => structure === 'coverage';

type CoverageInput = Pick<MaterialDetailsInput, 'coverageOutlet' | 'coverageDate' | 'coverageUrl'>;

/** Only coverage kinds carry the outlet, date and link; what was typed before a kind change is not sent. */
const coverageInput = (values: DetailsValues, structure: string | undefined): CoverageInput =>
  isCoverage(structure)
    ? {
        coverageOutlet: values.coverageOutlet.trim() || null,
        coverageDate: values.coverageDate || null,
        coverageUrl: values.coverageUrl.trim() || null,
      }
    : { coverageOutlet: null, coverageDate: null, coverageUrl: null };

export const toDetailsInput = (
  values: DetailsValues,
  version: number,
  structure: string | undefined,
): MaterialDetailsInput => ({
  campaignId: values.campaignId || null,
  audiences: values.audiences,
  channels: values.channels,
  validUntil: values.validUntil || null,
  embargoUntil: bishkekLocalToIso(values.embargoUntil),
  ...coverageInput(values, structure),
  version,
});

export const emptyValues = (language: Language): MaterialFormValues => ({
  kindId: '',
  language,
  title: '',
  campaignId: '',
  audiences: [],
  channels: [],
  validUntil: '',
  embargoUntil: '',
  coverageOutlet: '',
  coverageDate: '',
  coverageUrl: '',
  body: EMPTY_DOC,
});

const emptyParagraph: DocNode = { type: 'paragraph' };

/**
 * The starting shape of a kind's text: talking points are a numbered list, Q&A a level-3 heading per question
 * followed by its answer. Other kinds start empty.
 */
export function templateFor(structure: string): DocNode {
  switch (structure) {
    case 'points':
      return {
        type: 'doc',
        content: [
          { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [emptyParagraph] }] },
        ],
      };
    case 'qa':
      return { type: 'doc', content: [{ type: 'heading', attrs: { level: 3 } }, emptyParagraph] };
    default:
      return EMPTY_DOC;
  }
}

/** A kind change brings its template only while the user has typed nothing into the body. */
export const bodyAfterKindChange = (body: DocNode, structure: string): DocNode | null =>
  isEmptyDoc(body) ? templateFor(structure) : null;

/** What a new material cannot be saved without, as messages that say what to do. */
export function missingFields(values: MaterialFormValues): Partial<Record<'kindId' | 'title', FieldMessageValue>> {
  return {
    ...(values.kindId ? {} : { kindId: { key: 'materialEditor.kindRequired', message: '' } }),
    ...(values.title.trim() ? {} : { title: { key: 'materialEditor.titleRequired', message: '' } }),
  };
}

export function toCreateInput(values: MaterialFormValues, structure: string | undefined): CreateMaterialInput {
  return {
    kindId: values.kindId,
    language: values.language,
    title: values.title.trim(),
    body: JSON.stringify(values.body),
    campaignId: values.campaignId || null,
    audiences: values.audiences,
    channels: values.channels,
    validUntil: values.validUntil || null,
    embargoUntil: bishkekLocalToIso(values.embargoUntil),
    ...coverageInput(values, structure),
  };
}
