// Operations live in contact-form.graphql; codegen turns each into a typed document string.
export {
  CreateContactDocument as CreateContactMutation,
  UpdateContactDocument as UpdateContactMutation,
} from '../../gql/graphql';
