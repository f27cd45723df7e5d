import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_COMPLEXITY = 5_000;

/** Refuses queries whose estimated cost is too high (list fields declare their cost by page size). */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    return {
      async didResolveOperation({ request, document }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // Costing coerces the variables first, so malformed variables surface here: they are the client's error.
          if (error instanceof GraphQLError) {
            throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
          }
          throw error;
        }
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(`Query is too complex: ${complexity} (max ${MAX_COMPLEXITY})`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          });
        }
      },
    };
  }
}
