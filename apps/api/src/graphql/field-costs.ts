import { getNullableType, isListType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a field costs beyond its children, in "scalar fields" (a scalar costs 1). The numbers follow the work
 * behind each field: a lookup by id is a few statements, a list is a page query plus a count, a full-text search
 * ranks and builds snippets, a diff runs jsdiff over two whole texts. Relations resolved through DataLoaders are
 * one batched statement per page, so they cost little per row.
 */
const BASE: Record<string, number> = {
  'Query.me': 1,
  'Query.inviteInfo': 10,
  'Query.material': 10,
  'Query.contact': 10,
  'Query.organization': 10,
  'Query.materialKinds': 10,
  'Query.materials': 30,
  'Query.contacts': 30,
  'Query.organizations': 30,
  'Query.users': 30,
  'Query.auditEvents': 30,
  'Query.materialComments': 20,
  'Query.materialHistory': 20,
  'Query.materialRevisions': 20,
  'Query.materialDiff': 300,
  'Query.documents': 30,
  'Query.document': 10,
  'Query.documentDiff': 300,
  'Query.materialDocuments': 30,
  // Expands recurring series in memory for the range asked (at most 400 days).
  'Query.calendarEvents': 50,
  'Query.calendarEvent': 10,
  'Query.meeting': 20,
  'Material.approval': 2,
  'Material.source': 2,
  'Material.supersededBy': 2,
  'Material.outdated': 2,
  'Material.changedSinceLastVisit': 2,
  'Material.translations': 3,
  'Contact.organization': 2,
  'User.organization': 2,
  'Mutation.previewContactImport': 300,
  'Mutation.importContacts': 300,
  'Query.campaign': 10,
  'Query.campaigns': 30,
  'Campaign.planItems': 3,
  'Campaign.progress': 3,
  // One batched statement per page whatever its size (a per-request loader): nothing per row beyond its fields.
  'Material.campaign': 0,
};

/** Paged lists: their children are charged once per row of the page asked for. */
const PAGED = new Set(['Query.materials', 'Query.contacts', 'Query.auditEvents', 'Query.documents', 'Query.campaigns']);
/** Lists without a page size: children charged for a typical number of rows. */
const UNPAGED_ROWS = 10;
/** Full-text search (ranking, snippets) on top of the list itself. */
export const SEARCH_COST = 250;
/** Any other mutation: a transaction with a few statements. */
const MUTATION_COST = 10;

const hasSearch = (args: Record<string, unknown>) => {
  const filter = args.filter as { search?: unknown } | undefined;
  return typeof filter?.search === 'string' && filter.search.trim() !== '';
};

/** Costs from the map above; fields it does not name fall through to the next estimator. */
export const fieldCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  const base = BASE[key] ?? (type.name === 'Mutation' ? MUTATION_COST : undefined);
  if (base === undefined) return undefined;
  if (PAGED.has(key)) {
    const limit = typeof args.limit === 'number' ? args.limit : 25;
    return base + (hasSearch(args) ? SEARCH_COST : 0) + limit * childComplexity;
  }
  return base + (isListType(getNullableType(field.type)) ? UNPAGED_ROWS : 1) * childComplexity;
};
