import { lazy, type ComponentType } from 'react'

/**
 * A page loaded on first visit (one chunk per page). `lazyPage(() => import('…/X.tsx'), 'X')`
 * keeps named exports (React.lazy alone needs a default export).
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }))
  return <Page />
}
