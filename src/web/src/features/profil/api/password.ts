import { useMutation } from '@tanstack/react-query'
import type { GantiPasswordInput } from '../../../../../shared/akun.ts'
import { api } from '../../../lib/api.ts'

/** POST /me/password; other sessions of the account end, this one stays. */
export const useGantiPassword = () =>
  useMutation({ mutationFn: (input: GantiPasswordInput) => api.post<{ ok: true }>('/me/password', input) })
