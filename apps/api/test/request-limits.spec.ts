import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  validate,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { fromDatabaseError } from '../src/common/database-errors.js';
import { MAX_COMPLEXITY } from '../src/graphql/complexity.plugin.js';
import { fieldCostEstimator } from '../src/graphql/field-costs.js';
import { MAX_TOKENS, requestLimitsRule } from '../src/graphql/request-limits.rule.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let member: string;
beforeAll(async () => {
  t = await TestApp.start();
  member = (await t.signInAs(['member'])).cookie;
});
afterAll(() => t.close());

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Sends the query and counts the SQL statements the whole request issued. */
async function refusedBeforeSql(query: string) {
  const { result, statements } = await t.countQueries(() => t.gql(query, {}, member));
  return { result, statements };
}

describe('alias and cost bombs', () => {
  it('refuses 1 600 aliased working-view searches while parsing, before running any SQL', async () => {
    const query = aliased(1600, 'materials(limit: 1, view: working, filter: { search: "договор" }) { items { id } }');
    expect(query.length).toBeGreaterThan(100_000);
    const { result, statements } = await refusedBeforeSql(query);
    expect(result.status).toBe(400);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0].message).toMatch(/more tha[nt] 2000 tokens/);
    expect(statements).toBe(0);
  });

  it('refuses 2 400 aliased material(id) lookups before running any SQL', async () => {
    const { result, statements } = await refusedBeforeSql(
      aliased(2400, 'material(id: "00000000-0000-4000-8000-000000000000") { id }'),
    );
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(statements).toBe(0);
  });

  it('caps root fields: 21 aliased lookups are refused before running any SQL', async () => {
    const { result, statements } = await refusedBeforeSql(
      aliased(21, 'material(id: "00000000-0000-4000-8000-000000000000") { id }'),
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'rootFields' });
    expect(result.errors?.[0].message).toMatch(/21 root fields \(max 20\)/);
    expect(statements).toBe(0);
  });

  it('charges searches far more than scalars: 20 aliased searches exceed the cost limit', async () => {
    const { result, statements } = await refusedBeforeSql(
      aliased(20, 'materials(limit: 25, view: working, filter: { search: "договор" }) { items { id } }'),
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(statements).toBe(0);
    // The same page without the search is an ordinary request.
    const plain = await t.gql(aliased(2, 'materials(limit: 25, view: working) { items { id } }'), {}, member);
    expect(plain.errors).toBeUndefined();
  });

  it('caps the fields of one request, fragments expanded, without expanding them exponentially', async () => {
    const wide = await t.gql(`{ me { ${'abilityRules '.repeat(1200)} } }`);
    expect(wide.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'fields' });

    // Each fragment spreads the previous one twice: 2^40 fields once expanded.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Viewer { ...F${i} ...F${i} }`);
    const bomb = await t.gql(`{ me { ...F40 } } fragment F0 on Viewer { abilityRules }\n${fragments.join('\n')}`);
    expect(bomb.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'fields' });
  });

  it('lets every document of the web app through at the largest page size, with a search', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const source = readFileSync(path.resolve(import.meta.dirname, '../../web/src/gql/graphql.ts'), 'utf8');
    const documents = [...source.matchAll(/new TypedDocumentString\(`([\s\S]*?)`/g)].map((m) => m[1]);
    expect(documents.length).toBeGreaterThan(30);
    const tooCostly: string[] = [];
    for (const text of documents) {
      const document = parse(text, { maxTokens: MAX_TOKENS });
      expect(validate(schema, document, [requestLimitsRule])).toEqual([]);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sample(typeFromAST(schema, v.type as never) as GraphQLInputType),
        ]),
      );
      const cost = getComplexity({
        schema,
        query: document,
        variables,
        estimators: [fieldCostEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
      if (cost > MAX_COMPLEXITY) tooCostly.push(`${operation.name?.value}: ${cost}`);
    }
    expect(tooCostly).toEqual([]);
  });
});

/** The most expensive value a variable can take: every optional input filled, pages of 100, a search. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return 100;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return '2026-01-01T00:00:00Z';
    default:
      return 'договор';
  }
}

describe('statement timeout', () => {
  let quick: TestApp;
  let locker: pg.Client;
  beforeAll(async () => {
    quick = await TestApp.start({ STATEMENT_TIMEOUT_MS: '500' });
    locker = new pg.Client({ connectionString: quick.config.databaseUrl });
    await locker.connect();
  });
  afterAll(async () => {
    await locker.end();
    await quick.close();
  });

  it('cancels a statement of the API that runs longer than configured', async () => {
    const error = await quick.dataSource.query('SELECT pg_sleep(5)').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(fromDatabaseError(error)?.extensions).toEqual({ code: 'TIMEOUT' });
  });

  it('reports a request stuck in the database as TIMEOUT, not a hang or a generic 500', async () => {
    const { cookie } = await quick.signInAs(['member']);
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE contact IN ACCESS EXCLUSIVE MODE');
    try {
      const result = await quick.gql('{ contacts { total items { id } } }', {}, cookie);
      expect(result.errors?.[0].extensions).toEqual({ code: 'TIMEOUT' });
      expect(result.errors?.[0].message).toMatch(/took too long/);
    } finally {
      await locker.query('ROLLBACK');
    }
  });
});

describe('other requests while hostile ones run', () => {
  it('answers { me } before a search held up in the database, while alias bombs arrive alongside', async () => {
    const { cookie } = await t.signInAs(['member']);
    const locker = new pg.Client({ connectionString: t.config.databaseUrl });
    await locker.connect();
    const finished: string[] = [];
    try {
      // The search cannot finish until the test lets it; before the limits, the bombs' 1 600 resolvers each took
      // a pooled connection, queued on the same lock, and { me } waited behind them.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE material IN ACCESS EXCLUSIVE MODE');
      const stuck = t
        .gql('{ materials(view: working, filter: { search: "договор" }) { total items { id } } }', {}, cookie)
        .then((r) => {
          finished.push('search');
          return r;
        });
      await waitForLockWait(locker);
      const bomb = aliased(1600, 'materials(limit: 1, view: working, filter: { search: "договор" }) { items { id } }');
      const bombs = Promise.all(Array.from({ length: 4 }, () => t.gql(bomb, {}, cookie)));
      const me = await t.gql('{ me { user { id } } }', {}, cookie);
      finished.push('me');
      expect(me.errors).toBeUndefined();
      expect(me.data?.me).toBeTruthy();
      await locker.query('ROLLBACK');
      expect((await bombs).map((r) => r.errors?.[0].extensions?.code)).toEqual(Array(4).fill('GRAPHQL_PARSE_FAILED'));
      expect((await stuck).errors).toBeUndefined();
      expect(finished).toEqual(['me', 'search']);
    } finally {
      await locker.end();
    }
  });
});

/** Until one of the API's statements waits for a lock held by the test. */
async function waitForLockWait(client: pg.Client) {
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'portal-api' AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
