import { Navigate } from 'react-router';
import { useMe } from '../../features/auth/use-me';
import { landingPath } from '../landing';

/** `/` has no page of its own yet: each role lands on the view it uses most. */
export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={landingPath(me.data?.user.roles ?? [])} replace />;
}
