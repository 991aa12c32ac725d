import { useQuery } from '@tanstack/react-query'
import { createContext, useContext, type ReactNode } from 'react'
import type { MeView, Peran } from '../../../shared/akun.ts'
import { api, isApiError, setCsrfToken } from './api.ts'
import { setHariIniServer } from './hari-ini.ts'
import { tutupLangsung } from './live.ts'

export type { MeView, Peran }

export const ME_KEY = ['me'] as const

/**
 * Whether this browser holds a session, remembered next to the (httpOnly, unreadable) cookie: set by a
 * login or a /me answer, cleared by a logout or a 401. Without it /me is not asked: the answer would be
 * the expected 401, which the browser logs as a console error on every visit to the login page.
 * null when storage is unavailable (then /me is asked).
 */
const PETUNJUK_SESI = 'kinerja.sesi'

export function adaSesi(): boolean | null {
  try {
    return window.localStorage.getItem(PETUNJUK_SESI) === '1'
  } catch {
    return null
  }
}

export function tandaiSesi(ada: boolean) {
  try {
    if (ada) window.localStorage.setItem(PETUNJUK_SESI, '1')
    else window.localStorage.removeItem(PETUNJUK_SESI)
  } catch {
    // Private mode without storage: /me is simply asked every time.
  }
}

/** The logged-in account, or null when nobody is logged in. Keeps the CSRF token for writes. */
export async function fetchMe(): Promise<MeView | null> {
  if (adaSesi() === false) {
    setCsrfToken(null)
    return null
  }
  try {
    return terimaMe(await api.get<MeView>('/me', undefined, { allowUnauthorized: true }))
  } catch (err) {
    if (isApiError(err) && err.status === 401) {
      akhiriSesi()
      return null
    }
    throw err
  }
}

/** Keep what every later request needs from a /me (or login) answer: the CSRF token and the server's today. */
export function terimaMe(me: MeView): MeView {
  setCsrfToken(me.csrfToken)
  setHariIniServer(me.hariIni)
  tandaiSesi(true)
  return me
}

/** After a logout or a 401: no CSRF token, no session hint, no live connection. */
export function akhiriSesi() {
  setCsrfToken(null)
  tandaiSesi(false)
  tutupLangsung()
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
