// Operations live in campaigns.graphql; codegen turns each into a typed document string.
export {
  CampaignsDocument as CampaignsQuery,
  CampaignDocument as CampaignQuery,
  CreateCampaignDocument as CreateCampaignMutation,
  UpdateCampaignDocument as UpdateCampaignMutation,
  TransitionCampaignDocument as TransitionCampaignMutation,
  AddCampaignPlanItemDocument as AddCampaignPlanItemMutation,
  UpdateCampaignPlanItemDocument as UpdateCampaignPlanItemMutation,
} from '../../gql/graphql';
