import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { fieldCostEstimator } from './field-costs.js';

export const MAX_COMPLEXITY = 5_000;

/** Refuses, before anything runs, operations whose estimated cost (`field-costs.ts`) is too high. */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    return {
      async didResolveOperation({ request, document, operation }) {
        // No operation matches operationName: execution reports that as a 400, there is nothing to cost.
        if (!operation) return;
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: operation.name?.value,
            query: document,
            variables: request.variables,
            estimators: [fieldCostEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // Costing coerces the variables first, so malformed variables surface here: they are the client's error.
          if (error instanceof GraphQLError) {
            throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          throw error;
        }
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(`Query is too complex: ${complexity} (max ${MAX_COMPLEXITY})`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', http: { status: 400 } },
          });
        }
      },
    };
  }
}
