import { Center } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Navigate, useLocation } from 'react-router'
import { ErrorState, LoadingState } from '../components/QueryState.tsx'
import { setUnauthorizedHandler } from '../lib/api.ts'
import { InstansiAktifProvider } from '../lib/instansi-aktif.tsx'
import { akhiriSesi, ME_KEY, MeProvider, useMeQuery } from '../lib/session.tsx'
import { AppLayout } from './AppLayout.tsx'

/** Everything behind the login: loads /me once, sends strangers to /login?next=…, then the shell. */
export function AuthLayout() {
  const me = useMeQuery()
  const location = useLocation()
  const queryClient = useQueryClient()

  useEffect(() => {
    // An expired session (401 on any request) drops the cached account, which redirects below.
    setUnauthorizedHandler(() => {
      akhiriSesi()
      queryClient.setQueryData(ME_KEY, null)
    })
  }, [queryClient])

  if (me.isPending) return <LoadingState />
  if (me.isError)
    return (
      <Center p="xl">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Center>
    )
  if (!me.data) {
    const next =
      location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`
    return <Navigate to={`/login${next}`} replace />
  }
  return (
    <MeProvider me={me.data}>
      <InstansiAktifProvider>
        <AppLayout />
      </InstansiAktifProvider>
    </MeProvider>
  )
}
