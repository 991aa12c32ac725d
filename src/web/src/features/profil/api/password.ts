import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { GantiPasswordInput } from '../../../../../shared/akun.ts'
import { api } from '../../../lib/api.ts'
import { ME_KEY } from '../../../lib/session.tsx'

/**
 * POST /me/password; other sessions of the account end, this one stays. /me is read again: a temporary
 * password's flag (and with it the redirect to this page) is gone.
 */
export const useGantiPassword = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: GantiPasswordInput) => api.post<{ ok: true }>('/me/password', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  })
}
