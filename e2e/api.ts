// eslint-disable-next-line @typescript-eslint/no-explicit-any -- journey set-up reads loosely typed JSON
type Json = any

/** A small API client for preparing data in browser journeys (same endpoints the web app uses). */
export async function apiLogin(baseURL: string, username: string, password = 'demo12345') {
  const r = await fetch(`${baseURL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  const me = await r.json()
  if (!r.ok) throw new Error(`login ${username}: ${JSON.stringify(me)}`)
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const call = async <T = Json>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseURL}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': me.csrfToken,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 400)}`)
    return JSON.parse(text) as T
  }
  return {
    get: <T = Json>(p: string) => call<T>('GET', p),
    post: <T = Json>(p: string, b: unknown = {}) => call<T>('POST', p, b),
    put: <T = Json>(p: string, b: unknown = {}) => call<T>('PUT', p, b),
  }
}
