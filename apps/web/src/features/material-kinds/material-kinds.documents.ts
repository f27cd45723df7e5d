// Operations live in material-kinds.graphql; the list itself is the materials feature's MaterialKinds query.
export { SaveMaterialKindDocument as SaveMaterialKindMutation } from '../../gql/graphql';
