import { QueryClient } from '@tanstack/react-query'
import i18n from '../i18n/index.ts'
import { isApiError } from './api.ts'

/** 4xx answers are final; only network trouble and 5xx are retried (once). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => count < 1 && !(isApiError(err) && err.status >= 400 && err.status < 500),
    },
    mutations: { retry: false },
  },
})

// Server texts (error messages, import reports) follow Accept-Language: reload them in the new language.
i18n.on('languageChanged', () => void queryClient.invalidateQueries())
