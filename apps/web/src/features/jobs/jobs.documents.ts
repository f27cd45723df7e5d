// Operations live in jobs.graphql; codegen turns each into a typed document string.
export {
  DeadLetterJobsDocument as DeadLetterJobsQuery,
  DiscardDeadLetterJobDocument as DiscardDeadLetterJobMutation,
  RetryDeadLetterJobDocument as RetryDeadLetterJobMutation,
} from '../../gql/graphql';
