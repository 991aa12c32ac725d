import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApiJson } from '../src/server/openapi.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'

const FILE = new URL('../docs/openapi.json', import.meta.url)

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

type Dokumen = { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> }

/** "GET /api/v1/x" → the operation's JSON, to name what differs instead of printing half a megabyte. */
function operasi(doc: Dokumen): Map<string, string> {
  const m = new Map<string, string>()
  for (const [path, ops] of Object.entries(doc.paths ?? {}))
    for (const [method, op] of Object.entries(ops))
      m.set(`${method.toUpperCase()} ${path}`, JSON.stringify(op))
  return m
}

function bedanya(dilayani: Dokumen, tersimpan: Dokumen): string {
  const a = operasi(dilayani)
  const b = operasi(tersimpan)
  const baru = [...a.keys()].filter((k) => !b.has(k))
  const hilang = [...b.keys()].filter((k) => !a.has(k))
  const berubah = [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k))
  const daftar = (judul: string, xs: string[]) => (xs.length ? [`${judul}: ${xs.join(', ')}`] : [])
  const baris = [...daftar('new', baru), ...daftar('removed', hilang), ...daftar('changed', berubah)]
  return baris.length ? baris.join('\n') : 'outside the paths (info, components)'
}

describe('the API contract (docs/openapi.json)', () => {
  it('the served OpenAPI document is the committed one', async () => {
    const dilayani = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    expect(dilayani).toEqual(t.app.swagger())
    const served = openApiJson(t.app)
    let committed = ''
    try {
      committed = readFileSync(FILE, 'utf8')
    } catch {
      /* missing: reported below */
    }
    const pesan = committed
      ? `docs/openapi.json differs from the API the server serves:\n${bedanya(JSON.parse(served), JSON.parse(committed))}\n`
      : 'docs/openapi.json is missing. '
    expect(served === committed, `${pesan}Run npm run openapi and commit docs/openapi.json.`).toBe(true)
  })

  it('routes that answer a PDF declare application/pdf', () => {
    const doc = t.app.swagger() as unknown as Dokumen
    const pdf = doc.paths['/api/v1/skp/{id}/pdf'].get.responses!['200']
    expect(pdf).toMatchObject({
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    })
    // every operation under a path ending in /pdf answers a PDF
    for (const [path, ops] of Object.entries(doc.paths).filter(([p]) => p.endsWith('/pdf')))
      for (const [method, op] of Object.entries(ops))
        expect(
          Object.keys((op.responses?.['200'] as { content?: object })?.content ?? {}),
          `${method} ${path}`,
        ).toEqual(['application/pdf'])
  })
})
