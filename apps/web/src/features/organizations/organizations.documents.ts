// Operations live in organizations.graphql; codegen turns each into a typed document string.
export {
  OrganizationListDocument as OrganizationListQuery,
  OrganizationDetailDocument as OrganizationQuery,
  CreateOrganizationDocument as CreateOrganizationMutation,
  UpdateOrganizationDocument as UpdateOrganizationMutation,
} from '../../gql/graphql';
