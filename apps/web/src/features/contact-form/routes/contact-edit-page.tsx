import { useParams } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { useContact } from '../../contacts/use-contact';
import { EditContact } from '../components/edit-contact';

export function ContactEditPage() {
  const { id = '' } = useParams();
  const ability = useAppAbility();
  const contact = useContact(id);
  if (!ability.can('update', 'Contact')) return <Forbidden />;
  if (contact.isPending) return <Loading />;
  if (contact.isError) return <ErrorMessage error={contact.error} onRetry={() => void contact.refetch()} />;
  // Keyed by id: the form copies the stored contact once and then belongs to the user until saved.
  return <EditContact key={contact.data.id} initial={contact.data} />;
}
