import { and, eq } from 'drizzle-orm'
import { expect } from 'vitest'
import { pengaturanTahun } from '../../src/db/schema/index.ts'
import { pengaturanBawaan } from '../../src/domain/settings.ts'
import { aturJam } from '../../src/server/clock.ts'
import { client, type Session, type TestApp } from './app.ts'
import { multipart } from './bukti.ts'
import { buatEvaluasi } from './evaluasi-factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './skp-factories.ts'

/** The keberatan tests' world and steps (test/keberatan*.test.ts), on the test app `t()`. */
export function alatKeberatan(t: () => TestApp) {
  const Y = 2043
  const V = '/api/v1'
  /** Received Monday 5 January 2043, 10:00 WIB. */
  const FINAL = new Date(`${Y}-01-05T03:00:00Z`)
  /** 23:59 WIB of a day, and 00:00 WIB of the next. */
  const akhirHari = (d: string) => `${d}T16:59:00Z`
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

  /** Kepala Bidang rates Staf; Pimpinan Tertinggi is the atasan penilai; the Bupati (non-ASN) is Kepala's. */
  async function susun(o: { pengaturan?: Record<number, Record<string, unknown>> } = {}) {
    aturJam(`${Y}-01-06T03:00:00Z`)
    const p = await buatPohon(t().database, { tahun: [Y - 1, Y] })
    for (const [tahun, isi] of Object.entries(o.pengaturan ?? {}))
      await t()
        .database.db.update(pengaturanTahun)
        .set({ pengaturan: { ...pengaturanBawaan(Number(tahun)), ...isi } })
        .where(and(eq(pengaturanTahun.instansiId, p.instansi.id), eq(pengaturanTahun.tahun, Number(tahun))))
    const skpKepala = await buatSkpDisetujui(t().database, p.kepala, { tahun: Y - 1, intervensi: [null] })
    const skpStaf = await buatSkpDisetujui(t().database, p.staf, { tahun: Y - 1 })
    const rekan = await buatOrang(t().database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Rekan',
    })
    const k = async (a: { username: string }) => client(t().app, await masuk(t().app, a))
    return {
      p,
      skpKepala: skpKepala.skp,
      skpStaf: skpStaf.skp,
      staf: await k(p.staf.akun),
      kepala: await k(p.kepala.akun),
      top: await k(p.top.akun),
      rekan: await k(rekan.akun),
      admin: await k(p.admin),
      sesiAdmin: await masuk(t().app, p.admin),
    }
  }
  type W = Awaited<ReturnType<typeof susun>>

  /** A final evaluation of the staf (tahun Y - 1: an annual one finalised in January). */
  const evaluasiStaf = (w: W, periode: 'FINAL' | 'TW4' = 'FINAL', difinalisasiAt = FINAL) =>
    buatEvaluasi(t().database, w.skpStaf.id, { periode, difinalisasiAt })

  const ajukan = (c: W['staf'], evaluasiId: string, body: Record<string, unknown> = {}) =>
    c.post(`${V}/evaluasi/${evaluasiId}/keberatan`, { alasan: 'Capaian saya melampaui target.', ...body })

  async function diajukan(w: W, evaluasiId: string) {
    const res = await ajukan(w.staf, evaluasiId, { usulRatingHasil: 'DI_ATAS' })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string; aksi: Record<string, boolean> }>()
  }

  function putuskanAtasNama(
    sesi: Session,
    id: string,
    isian: Record<string, string>,
    isi = PDF,
    nama = 'sk.pdf',
  ) {
    const { payload, contentType } = multipart({ isian, isi, nama })
    return t().app.inject({
      method: 'POST',
      url: `${V}/keberatan/${id}/putuskan-atas-nama`,
      payload,
      headers: {
        cookie: `kinerja_sesi=${sesi.cookie}`,
        'x-csrf-token': sesi.csrf,
        'content-type': contentType,
      },
    })
  }

  return { Y, V, FINAL, akhirHari, PDF, susun, evaluasiStaf, ajukan, diajukan, putuskanAtasNama }
}
export type DuniaKeberatan = Awaited<ReturnType<ReturnType<typeof alatKeberatan>['susun']>>
