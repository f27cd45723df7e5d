import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { Empty, ErrorMessage, Loading } from '../../../app/components/status';
import { useMe } from '../../auth/use-me';
import { InviteForm } from '../components/invite-form';
import { UserRow } from '../components/user-row';
import { useUsers } from '../use-users';

export function UsersPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const me = useMe();
  const allowed = ability.can('manage', 'User');
  const users = useUsers({ enabled: allowed });

  if (!allowed) return <Forbidden />;

  return (
    <section>
      <h1>{t('users.title')}</h1>
      <InviteForm />
      <h2>{t('users.title')}</h2>
      {users.isPending && <Loading />}
      {users.isError && <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && users.data.length === 0 && <Empty>{t('users.empty')}</Empty>}
      {users.data && users.data.length > 0 && (
        <div className="table-wrap card-table">
          <table data-testid="users">
            <thead>
              <tr>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.organization')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.lastSignIn')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <UserRow key={u.id} user={u} isSelf={u.id === me.data?.user.id} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
