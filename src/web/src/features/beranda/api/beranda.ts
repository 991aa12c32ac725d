import { useQuery } from '@tanstack/react-query'
import type { BerandaView } from '../../../../../shared/beranda.ts'
import { api } from '../../../lib/api.ts'

/** GET /beranda: every section of the to-do the server computed for this account's roles. */
export const useBeranda = () =>
  useQuery({
    queryKey: ['beranda'],
    queryFn: () => api.get<BerandaView>('/beranda'),
    // what needs doing changes when others act (a submission, an approval): read it fresh on each visit
    staleTime: 0,
  })
