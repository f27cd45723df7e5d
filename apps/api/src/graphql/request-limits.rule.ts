import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Tokens in one document, checked while parsing: refusing a 100 KB document after parsing and validating it
 * still cost over a second of the one thread. The web app's largest operation has about 150.
 */
export const MAX_TOKENS = 2_000;
export const MAX_DEPTH = 8;
/** Aliases make one request many: 1 600 aliased searches in one body took 12 s before this cap. */
export const MAX_ROOT_FIELDS = 20;
/** Every field selected, fragments expanded: far above what any page of the web app selects. */
export const MAX_FIELDS = 1_000;

interface Shape {
  /** Nesting of selection sets below this one (`{ me { user { id } } }` is 2 deep). */
  depth: number;
  /** Fields selected, fragments expanded. */
  fields: number;
  /** Fields at this level, through fragments: the root fields of an operation. */
  top: number;
}

const EMPTY: Shape = { depth: 0, fields: 0, top: 0 };

/**
 * Depth, root-field and total-field limits in one validation rule. It expands each fragment once (memoised), so a
 * fragment used many times costs nothing extra to check, and it is cycle-safe: a fragment that spreads itself counts
 * as empty here and graphql's own NoFragmentCyclesRule reports it (graphql-depth-limit recursed until the stack
 * overflowed). Unknown fragments likewise count as empty; KnownFragmentNamesRule reports them.
 */
export function requestLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const shapes = new Map<string, Shape>();
  const expanding = new Set<string>();

  const fragmentShape = (name: string): Shape => {
    const known = shapes.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || expanding.has(name)) return EMPTY;
    expanding.add(name);
    const shape = selectionShape(fragment.selectionSet);
    expanding.delete(name);
    shapes.set(name, shape);
    return shape;
  };

  const selectionShape = (set: SelectionSetNode): Shape => {
    let depth = 0;
    let fields = 0;
    let top = 0;
    for (const selection of set.selections) {
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? selectionShape(selection.selectionSet) : undefined;
        // Introspection is off in production; its nested type references would otherwise trip the depth limit.
        const introspection = selection.name.value.startsWith('__');
        inner = { depth: child && !introspection ? child.depth + 1 : 0, fields: (child?.fields ?? 0) + 1, top: 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionShape(selection.selectionSet);
      } else {
        inner = fragmentShape(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      fields += inner.fields;
      top += inner.top;
    }
    return { depth, fields, top };
  };

  const refuse = (message: string, limit: string) =>
    context.reportError(new GraphQLError(message, { extensions: { limit } }));

  return {
    OperationDefinition(operation) {
      const name = operation.name?.value ?? 'anonymous';
      const shape = selectionShape(operation.selectionSet);
      if (shape.top > MAX_ROOT_FIELDS) {
        refuse(`Operation '${name}' selects ${shape.top} root fields (max ${MAX_ROOT_FIELDS})`, 'rootFields');
      }
      if (shape.fields > MAX_FIELDS) {
        refuse(`Operation '${name}' selects ${shape.fields} fields (max ${MAX_FIELDS})`, 'fields');
      }
      if (shape.depth > MAX_DEPTH) {
        refuse(`Operation '${name}' is ${shape.depth} levels deep (max ${MAX_DEPTH})`, 'depth');
      }
      return false;
    },
  };
}
