import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tanpaTataLetakOpenType } from './pdf-engine.ts'

const require = createRequire(import.meta.url)
const roboto = readFileSync(
  join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto', 'Roboto-Regular.ttf'),
)

function tagTabel(ttf: Buffer): string[] {
  return Array.from({ length: ttf.readUInt16BE(4) }, (_, i) =>
    ttf.toString('latin1', 12 + i * 16, 16 + i * 16),
  )
}

describe('tanpaTataLetakOpenType', () => {
  it('hides GSUB, GPOS and GDEF and changes nothing else', () => {
    expect(tagTabel(roboto)).toEqual(expect.arrayContaining(['GSUB', 'GPOS', 'GDEF', 'glyf', 'cmap']))
    const hasil = tanpaTataLetakOpenType(roboto)
    const tag = tagTabel(hasil)
    expect(tag).not.toContain('GSUB')
    expect(tag).not.toContain('GPOS')
    expect(tag).not.toContain('GDEF')
    expect(tag).toEqual(expect.arrayContaining(['xSUB', 'xPOS', 'xDEF', 'glyf', 'cmap', 'hmtx']))
    const berbeda = [...hasil].filter((b, i) => b !== roboto[i]).length
    expect(berbeda).toBe(3) // one letter of each of the three tags
    expect(tagTabel(roboto)).toContain('GSUB') // the input is not modified
  })

  it('refuses anything that is not a TrueType font', () => {
    expect(() => tanpaTataLetakOpenType(Buffer.from('OTTO\0\0\0\0\0\0\0\0'))).toThrow(/TrueType/)
  })
})
