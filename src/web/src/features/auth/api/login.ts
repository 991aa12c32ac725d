import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LoginInput, MeView } from '../../../../../shared/akun.ts'
import { api } from '../../../lib/api.ts'
import { ME_KEY, terimaMe } from '../../../lib/session.tsx'

/** POST /auth/login → MeView; the session cookie is set by the server, the CSRF token kept here. */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<MeView>('/auth/login', input, { allowUnauthorized: true }),
    onSuccess: (me) => {
      queryClient.setQueryData(ME_KEY, terimaMe(me))
    },
  })
}
