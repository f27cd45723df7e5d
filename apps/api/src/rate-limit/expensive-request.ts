import {
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Root fields that are always expensive: imports parse and check a whole CSV file, a diff runs over two texts (a material's or a document's). */
const ALWAYS = new Set(['importContacts', 'previewContactImport', 'materialDiff', 'documentDiff']);
/** Root fields that are expensive when they search (full text and trigram matching, ranking, snippets). */
const WHEN_SEARCHING = new Set(['materials', 'contacts', 'documents']);
const MENTIONS = /\b(?:materials|contacts|documents|importContacts|previewContactImport|materialDiff|documentDiff)\b/;
const EXPORT_PATH = /^\/api\/.+\/export[^/]*$/;

/** How many expensive operations a REST request makes: exports (`/api/**\/export*`) count one. */
export function expensiveRestCount(path: string): number {
  return EXPORT_PATH.test(path) ? 1 : 0;
}

/**
 * How many expensive operations a GraphQL request asks for: each searching `materials`/`contacts` root field, each
 * import and each revision diff counts one, so aliases do not multiply work for free. Anything unparsable counts zero: Apollo
 * refuses it before any resolver runs.
 */
export function expensiveGraphqlCount(body: unknown): number {
  if (typeof body !== 'object' || body === null) return 0;
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== 'string' || !MENTIONS.test(query)) return 0;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return 0;
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    typeof operationName === 'string'
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation) return 0;
  const vars = typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {};
  return rootFields(document, operation.selectionSet, new Set()).filter((field) => isExpensive(field, vars)).length;
}

/** The root fields of a selection, through inline fragments and fragment spreads (each fragment once). */
function rootFields(document: DocumentNode, set: SelectionSetNode, seen: Set<string>): FieldNode[] {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(document, selection.selectionSet, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? rootFields(document, fragment.selectionSet, seen) : [];
  });
}

function isExpensive(field: FieldNode, vars: Record<string, unknown>): boolean {
  const name = field.name.value;
  if (ALWAYS.has(name)) return true;
  if (!WHEN_SEARCHING.has(name)) return false;
  const filter = field.arguments?.find((a) => a.name.value === 'filter')?.value;
  if (!filter) return false;
  if (filter.kind === Kind.VARIABLE) return isSearch(searchOf(vars[filter.name.value]));
  if (filter.kind !== Kind.OBJECT) return false;
  const search = filter.fields.find((f) => f.name.value === 'search')?.value;
  return search ? isSearch(valueOf(search, vars)) : false;
}

const searchOf = (filter: unknown) =>
  typeof filter === 'object' && filter !== null ? (filter as Record<string, unknown>).search : undefined;

const valueOf = (node: ValueNode, vars: Record<string, unknown>): unknown =>
  node.kind === Kind.VARIABLE ? vars[node.name.value] : node.kind === Kind.STRING ? node.value : undefined;

const isSearch = (value: unknown) => typeof value === 'string' && value.trim() !== '';
