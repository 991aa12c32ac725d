import type { ReactNode } from 'react'
import type { Peran } from '../../../shared/akun.ts'
import { hasRole, useMe } from '../lib/session.tsx'
import { ForbiddenPage } from './ErrorPages.tsx'

/** Shows the page only to the roles the route names (the server checks again on every request). */
export function RoleGate({ roles, children }: { roles?: Peran[]; children: ReactNode }) {
  const me = useMe()
  return hasRole(me, roles) ? <>{children}</> : <ForbiddenPage />
}
