import { and, eq, sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { pegawai, pengaturanTahun } from '../src/db/schema/index.ts'
import { selCsv } from '../src/modules/tunjangan/tunjangan-csv.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2044
const V = '/api/v1'
const PERSEN = { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 80, KURANG: 60, SANGAT_KURANG: 40 }

/** Kadis (root) → Kabid (Bidang) → Staf + Rekan; the staf rated Baik for TW1, the rekan not yet. */
async function susun(persen: Record<string, number> | null = PERSEN) {
  aturJam(`${Y}-05-01T02:00:00.000Z`)
  const p = await buatPohon(t.database, { tahun: [Y] })
  const rekan = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama: 'Rekan' })
  await t.database.db
    .update(pengaturanTahun)
    .set({
      pengaturan: sql`${pengaturanTahun.pengaturan} || ${JSON.stringify({ persenTunjangan: persen })}::jsonb`,
    })
    .where(and(eq(pengaturanTahun.instansiId, p.instansi.id), eq(pengaturanTahun.tahun, Y)))
  const s = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [null] })
  await buatEvaluasi(t.database, s.skp.id, {
    periode: 'TW1',
    ratingHasil: 'SESUAI',
    ratingPerilaku: 'SESUAI',
  })
  const k = async (a: { username: string }) => client(t.app, await masuk(t.app, a))
  return {
    p,
    skp: s.skp,
    rekan,
    pegawai: await k(p.staf.akun),
    atasan: await k(p.kepala.akun),
    pimpinan: await k(p.top.akun),
    admin: await k(p.admin),
  }
}
type W = Awaited<ReturnType<typeof susun>>
const url = (w: W, bulan = 2, unorId = w.p.bidang.id, ekstra = '') =>
  `${V}/tunjangan/laporan?tahun=${Y}&bulan=${bulan}&unorId=${unorId}${ekstra}`

describe('tunjangan report', () => {
  it('each pegawai of the subtree with the month’s predikat and percentage; not rated first', async () => {
    const w = await susun()
    const res = await w.admin.get(url(w, 2, w.p.akar.id))
    expect(res.statusCode, res.body).toBe(200)
    const l = res.json()
    expect(l).toMatchObject({ tahun: Y, bulan: 2, unor: { id: w.p.akar.id }, jumlah: 4, belumDinilai: 3 })
    expect(l.items.at(-1)).toMatchObject({
      pegawaiId: w.p.staf.pegawai.id,
      predikat: 'BAIK',
      periode: 'TW1',
      persen: 100,
    })
    expect(
      l.items
        .slice(0, 3)
        .every((b: { predikat: null; persen: null }) => b.predikat === null && b.persen === null),
    ).toBe(true)
    // April is in TW2: not rated yet
    const april = (await w.admin.get(url(w, 4))).json()
    expect(
      april.items.find((b: { pegawaiId: string }) => b.pegawaiId === w.p.staf.pegawai.id).predikat,
    ).toBeNull()
  })

  it('a monthly period, the current version only, and a draft does not count', async () => {
    const w = await susun()
    await buatEvaluasi(t.database, w.skp.id, {
      periode: 'B02',
      ratingHasil: 'DI_BAWAH',
      ratingPerilaku: 'DI_BAWAH',
    })
    await buatEvaluasi(t.database, w.skp.id, { periode: 'B03', status: 'draft' })
    // a superseded version (a reopen or keberatan changed it) does not count; the current one does
    await buatEvaluasi(t.database, w.skp.id, { periode: 'B01', status: 'digantikan', versi: 1 })
    await buatEvaluasi(t.database, w.skp.id, { periode: 'B01', versi: 2, ratingPerilaku: 'DI_BAWAH' })
    const januari = (await w.atasan.get(url(w, 1))).json()
    expect(
      januari.items.find((b: { pegawaiId: string }) => b.pegawaiId === w.p.staf.pegawai.id),
    ).toMatchObject({
      predikat: 'KURANG',
      periode: 'B01',
      persen: 60,
    })
    const l = (await w.atasan.get(url(w, 2))).json()
    expect(l.items.find((b: { pegawaiId: string }) => b.pegawaiId === w.p.staf.pegawai.id)).toMatchObject({
      predikat: 'SANGAT_KURANG',
      periode: 'B02',
      persen: 40,
    })
    const maret = (await w.atasan.get(url(w, 3))).json()
    expect(maret.items.find((b: { pegawaiId: string }) => b.pegawaiId === w.p.staf.pegawai.id).periode).toBe(
      'TW1',
    )
  })

  it('persenTunjangan not set → 409 pointing to the settings', async () => {
    const w = await susun(null)
    const res = await w.admin.get(url(w))
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({ code: 'TUNJANGAN.BELUM_DIATUR' })
    expect(res.json().message).toMatch(/Pengaturan/)
  })

  it('CSV: BOM, `;`, quoted and formula-guarded cells', async () => {
    const w = await susun()
    await t.database.db
      .update(pegawai)
      .set({ nama: '=HYPERLINK("x";"y")' })
      .where(eq(pegawai.id, w.rekan.pegawai.id))
    const res = await w.admin.get(url(w, 2, w.p.bidang.id, '&format=csv'))
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv/)
    expect(res.headers['content-disposition']).toContain(`tunjangan-${Y}-02.csv`)
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const baris = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(baris[0]).toBe('NIP;Nama;Unit;Jabatan;Predikat;Periode;Persen tunjangan')
    expect(baris).toHaveLength(4)
    expect(baris.some((b) => b.includes(`"'=HYPERLINK(""x"";""y"")"`))).toBe(true)
    expect(baris.some((b) => b.endsWith(';Baik;TW1;100'))).toBe(true)
    expect(selCsv('-1')).toBe("'-1")
    expect(selCsv('@a')).toBe("'@a")
    expect(selCsv('+a')).toBe("'+a")
    expect(selCsv(-1)).toBe('-1')
    expect(selCsv('a\nb')).toBe('"a\nb"')
    expect(selCsv(null)).toBe('')
  })

  it('who may: admin, the unit head, heads above; not a pegawai; another instansi 404', async () => {
    const w = await susun()
    for (const c of [w.admin, w.atasan, w.pimpinan]) expect((await c.get(url(w))).statusCode).toBe(200)
    expect((await w.atasan.get(url(w, 2, w.p.akar.id))).statusCode).toBe(403)
    expect((await w.pegawai.get(url(w))).statusCode).toBe(403)
    const b = await buatPohon(t.database)
    const adminB = client(t.app, await masuk(t.app, b.admin))
    expect((await adminB.get(url(w))).statusCode).toBe(404)
    expect((await w.admin.get(url(w, 2, b.bidang.id))).statusCode).toBe(404)
    expect((await w.admin.get(url(w, 13))).statusCode).toBe(400)
  })
})
