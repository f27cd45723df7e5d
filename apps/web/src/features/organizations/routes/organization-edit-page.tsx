import { useParams } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { EditOrganization } from '../components/edit-organization';
import { useOrganization } from '../use-organization';

export function OrganizationEditPage() {
  const { id = '' } = useParams();
  const ability = useAppAbility();
  const organization = useOrganization(id);
  if (!ability.can('update', 'Organization')) return <Forbidden />;
  if (organization.isPending) return <Loading />;
  if (organization.isError) {
    return <ErrorMessage error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  // Keyed by id: the form copies the stored organization once and then belongs to the user until saved.
  return <EditOrganization key={organization.data.id} initial={organization.data} />;
}
