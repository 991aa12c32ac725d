import i18n from '../i18n/index.ts'

/** One field problem reported by the server: `path` is the dotted input path (`passwordBaru`, `baris.3.nip`). */
export interface ApiFieldError {
  path: string
  message: string
}

/** Every failed request becomes an ApiError carrying the server's `{ code, message, errors }` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: ApiFieldError[] = [],
    /** The whole response body, for endpoints that add data to an error (e.g. an import report). */
    readonly body: unknown = undefined,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  query?: QueryParams
  /** Leave a 401 to the caller instead of sending the user to the login page (used by /me and login). */
  allowUnauthorized?: boolean
  signal?: AbortSignal
}

export const API_BASE = '/api/v1'
let csrfToken: string | null = null

/** The session's CSRF token, taken from GET /me or the login response; sent on every write. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token
}

/**
 * The headers every write carries (language, CSRF token), for a request made outside `request`: an upload
 * with progress goes through XMLHttpRequest, which fetch cannot report (components/bukti/api.ts).
 */
export const headerTulis = (): Record<string, string> => ({
  Accept: 'application/json',
  'Accept-Language': i18n.language,
  ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
})

/** Where a 401 sends the user; the app replaces this with a router navigation. */
let onUnauthorized = () => {
  if (window.location.pathname !== '/login') {
    const next = encodeURIComponent(window.location.pathname + window.location.search)
    window.location.assign(`/login?next=${next}`)
  }
}
export const setUnauthorizedHandler = (handler: () => void) => {
  onUnauthorized = handler
}

/** `/pegawai`, `{ q: 'budi', page: 2 }` → `/api/v1/pegawai?q=budi&page=2` (empty values dropped). */
export function apiUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const qs = params.toString()
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`
}

async function request<T>(
  method: string,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language }
  const isForm = body instanceof FormData
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  let response: Response
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal: options.signal,
    })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err
    throw new ApiError(0, 'NETWORK', i18n.t('common:error.network'))
  }
  const data = await readBody(response)
  if (response.ok) return data as T
  if (response.status === 401 && !options.allowUnauthorized) onUnauthorized()
  throw toApiError(response.status, data)
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('application/json')) return response.json().catch(() => undefined)
  return response.text()
}

function toApiError(status: number, data: unknown): ApiError {
  const body = (data ?? {}) as Partial<{ code: string; message: string; errors: ApiFieldError[] }>
  const message =
    typeof body.message === 'string' && body.message ? body.message : i18n.t('common:error.unknown')
  return new ApiError(
    status,
    body.code ?? `HTTP_${status}`,
    message,
    Array.isArray(body.errors) ? body.errors : [],
    data,
  )
}

/** The only way the SPA talks to the server. Paths are relative to /api/v1. */
export const api = {
  get: <T>(path: string, query?: QueryParams, options?: Omit<RequestOptions, 'query'>) =>
    request<T>('GET', path, undefined, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, body ?? {}, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, body ?? {}, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
  /** Multipart upload of one file (field `file` unless told otherwise). */
  upload: <T>(path: string, file: File, options?: RequestOptions & { field?: string }) => {
    const form = new FormData()
    form.append(options?.field ?? 'file', file)
    return request<T>('POST', path, form, options)
  },
}

/** A failed XMLHttpRequest's answer as an ApiError, as `request` makes it (a 401 goes to the login page). */
export function galatXhr(status: number, data: unknown): ApiError {
  if (status === 0) return new ApiError(0, 'NETWORK', i18n.t('common:error.network'))
  if (status === 401) onUnauthorized()
  return toApiError(status, data)
}

export const isApiError = (err: unknown): err is ApiError => err instanceof ApiError
