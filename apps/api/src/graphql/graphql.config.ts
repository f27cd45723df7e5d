import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { RequestContext } from '../auth/actor.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import './enums.js';
import { formatError } from './format-error.js';
import { MAX_TOKENS, requestLimitsRule } from './request-limits.rule.js';

export const graphqlModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Sandbox and introspection only while developing; CSRF prevention stays on (Apollo's default).
    playground: false,
    graphiql: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Field resolvers pass the same guard as queries: each declares its policy, or the guard refuses it.
    fieldResolverEnhancers: ['guards'],
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [requestLimitsRule],
    formatError,
    context: ({ req, res }: RequestContext) => ({ req, res }),
  }),
});
