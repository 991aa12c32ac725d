import { useQuery } from '@tanstack/react-query'
import { createContext, useContext, type ReactNode } from 'react'
import type { MeView, Peran } from '../../../shared/akun.ts'
import { api, isApiError, setCsrfToken } from './api.ts'
import { setHariIniServer } from './hari-ini.ts'

export type { MeView, Peran }

export const ME_KEY = ['me'] as const

/** The logged-in account, or null when nobody is logged in. Keeps the CSRF token for writes. */
export async function fetchMe(): Promise<MeView | null> {
  try {
    return terimaMe(await api.get<MeView>('/me', undefined, { allowUnauthorized: true }))
  } catch (err) {
    if (isApiError(err) && err.status === 401) {
      setCsrfToken(null)
      return null
    }
    throw err
  }
}

/** Keep what every later request needs from a /me (or login) answer: the CSRF token and the server's today. */
export function terimaMe(me: MeView): MeView {
  setCsrfToken(me.csrfToken)
  setHariIniServer(me.hariIni)
  return me
}

export const useMeQuery = () => useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 })

const MeContext = createContext<MeView | null>(null)

export function MeProvider({ me, children }: { me: MeView; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>
}

/** The logged-in account inside the authenticated layout. */
export function useMe(): MeView {
  const me = useContext(MeContext)
  if (!me) throw new Error('useMe() used outside the authenticated layout')
  return me
}

export const hasRole = (me: Pick<MeView, 'peran'>, roles?: readonly Peran[]) =>
  !roles || roles.length === 0 || roles.some((r) => me.peran.includes(r))

export const ADMIN: readonly Peran[] = ['admin_instansi', 'admin_nasional']
export const isAdmin = (me: Pick<MeView, 'peran'>) => hasRole(me, ADMIN)

export function useHasRole(...roles: Peran[]) {
  return hasRole(useMe(), roles)
}
