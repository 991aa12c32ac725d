import type { FastifyInstance } from 'fastify'

/** The same value with object keys sorted at every level (arrays keep their order). */
function kunciUrut(nilai: unknown): unknown {
  if (Array.isArray(nilai)) return nilai.map(kunciUrut)
  if (nilai === null || typeof nilai !== 'object') return nilai
  return Object.fromEntries(
    Object.keys(nilai)
      .sort()
      .map((k) => [k, kunciUrut((nilai as Record<string, unknown>)[k])]),
  )
}

/**
 * The OpenAPI document as committed in docs/openapi.json (`npm run openapi`): keys sorted so the file
 * diffs cleanly whatever order the modules register their routes in, two-space indent, trailing newline.
 * A test compares the served document with the committed one, so a contract change is always a visible diff.
 */
export function openApiJson(app: FastifyInstance): string {
  return `${JSON.stringify(kunciUrut(app.swagger()), null, 2)}\n`
}
