import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LoginInput, MeView } from '../../../../../shared/akun.ts'
import { api, setCsrfToken } from '../../../lib/api.ts'
import { ME_KEY } from '../../../lib/session.tsx'

/** POST /auth/login → MeView; the session cookie is set by the server, the CSRF token kept here. */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<MeView>('/auth/login', input, { allowUnauthorized: true }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken)
      queryClient.setQueryData(ME_KEY, me)
    },
  })
}
