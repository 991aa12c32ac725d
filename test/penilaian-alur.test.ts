import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, notifikasi } from '../src/db/schema/index.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

/**
 * The evaluation workflow through HTTP (DOMAIN §5): draft —simpan/finalisasi (penilai)→ final —terima
 * (pegawai)→ diterima; buka-kembali (atasan penilai) → a new draft version; penilaian diri (pegawai) while
 * draft. Every other who × state × action answers 403 (no side) or 409 (wrong state).
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2043
const V = '/api/v1'

/** Kepala (penilai) → staf; the top leader is the staf's atasan penilai; a colleague with no relation. */
async function susun() {
  aturJam(`${Y}-12-15T02:00:00.000Z`)
  const p = await buatPohon(t.database)
  const atas = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
  const s = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [atas.rhk[0].id] })
  const lain = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama: 'Rekan' })
  const k = async (a: { username: string }) => client(t.app, await masuk(t.app, a))
  return {
    p,
    skp: s.skp,
    rhk: s.rhk,
    pegawai: await k(p.staf.akun),
    penilai: await k(p.kepala.akun),
    atasanPenilai: await k(p.top.akun),
    rekan: await k(lain.akun),
  }
}
type W = Awaited<ReturnType<typeof susun>>
type Ev = {
  id: string
  status: string
  revisi: number
  versi: number
  aksi: string[]
  predikat: string | null
}

async function buka(w: W, periode: string): Promise<Ev> {
  const res = await w.penilai.post(`${V}/skp/${w.skp.id}/evaluasi/${periode}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}
async function finalkan(w: W, periode: string): Promise<Ev> {
  const e = await buka(w, periode)
  const s = await w.penilai.put(`${V}/evaluasi/${e.id}`, {
    ratingHasil: 'DI_BAWAH',
    ratingPerilaku: 'SESUAI',
    revisi: e.revisi,
  })
  expect(s.statusCode, s.body).toBe(200)
  const f = await w.penilai.post(`${V}/evaluasi/${e.id}/finalisasi`, { revisi: s.json().revisi })
  expect(f.statusCode, f.body).toBe(200)
  return f.json()
}

describe('evaluation workflow through HTTP', () => {
  it('opened by the penilai (idempotent), self-rated, saved, finalised, acknowledged, reopened as version 2', async () => {
    const w = await susun()
    expect((await w.pegawai.post(`${V}/skp/${w.skp.id}/evaluasi/TW1`)).statusCode).toBe(403)
    const e = await buka(w, 'TW1')
    expect(e).toMatchObject({ status: 'draft', versi: 1 })
    expect(e.aksi).toEqual(['simpan', 'finalisasi'])
    expect((await buka(w, 'TW1')).id).toBe(e.id)

    // penilaian diri
    const lihat = (await w.pegawai.get(`${V}/evaluasi/${e.id}`)).json<Ev & { peran: string }>()
    expect(lihat).toMatchObject({ peran: 'pegawai', aksi: ['isi_diri', 'ajukan_diri'] })
    const diri = await w.pegawai.put(`${V}/evaluasi/${e.id}/diri`, {
      ratingHasil: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      catatan: 'Semua target tercapai',
      revisi: lihat.revisi,
    })
    expect(diri.statusCode, diri.body).toBe(200)
    const aju = await w.pegawai.post(`${V}/evaluasi/${e.id}/diri/ajukan`, { revisi: diri.json().revisi })
    expect(aju.statusCode, aju.body).toBe(200)
    expect(aju.json().diri).toMatchObject({ ratingHasil: 'DI_ATAS', catatan: 'Semua target tercapai' })
    expect(
      (await w.pegawai.post(`${V}/evaluasi/${e.id}/diri/ajukan`, { revisi: aju.json().revisi })).statusCode,
    ).toBe(409)
    const [kabar] = await t.database.db
      .select()
      .from(notifikasi)
      .where(
        and(
          eq(notifikasi.tipe, 'PENILAIAN_DIRI_DIAJUKAN'),
          eq(notifikasi.penerimaPegawaiId, w.p.kepala.pegawai.id),
        ),
      )
    expect(kabar.tautan).toBe(`/evaluasi/${e.id}`)

    // the penilai: finalising without ratings → 400; a stale revision → 409
    const rev = aju.json().revisi
    const kosong = await w.penilai.post(`${V}/evaluasi/${e.id}/finalisasi`, { revisi: rev })
    expect(kosong.statusCode).toBe(400)
    expect(kosong.json().errors[0].path).toBe('ratingHasil')
    const s = await w.penilai.put(`${V}/evaluasi/${e.id}`, {
      ratingHasil: 'DI_BAWAH',
      ratingPerilaku: 'SESUAI',
      umpanBalikPerilaku: { AKUNTABEL: 'Laporan selalu tepat waktu' },
      umpanBalikHasil: { [w.rhk[0].id]: 'Perlu percepatan' },
      catatan: 'Tingkatkan capaian',
      revisi: rev,
    })
    expect(s.statusCode, s.body).toBe(200)
    // no realisasi reported yet: no suggestion to depart from
    expect(s.json()).toMatchObject({ predikat: 'BUTUH_PERBAIKAN', saranRatingHasil: null })
    expect(s.json().umpanBalikPerilaku).toEqual({ AKUNTABEL: 'Laporan selalu tepat waktu' })
    expect(s.json().hasilKerja[0].umpanBalik).toBe('Perlu percepatan')
    expect((await w.penilai.put(`${V}/evaluasi/${e.id}`, { catatan: 'x', revisi: rev })).statusCode).toBe(409)
    const f = await w.penilai.post(`${V}/evaluasi/${e.id}/finalisasi`, { revisi: s.json().revisi })
    expect(f.statusCode, f.body).toBe(200)
    expect(f.json()).toMatchObject({
      status: 'final',
      predikat: 'BUTUH_PERBAIKAN',
      batasKeberatan: `${Y}-12-29`,
    })
    expect(f.json().aksi).toEqual([])
    const [fin] = await t.database.db
      .select()
      .from(notifikasi)
      .where(
        and(
          eq(notifikasi.tipe, 'EVALUASI_DIFINALISASI'),
          eq(notifikasi.penerimaPegawaiId, w.p.staf.pegawai.id),
        ),
      )
    expect(fin.parameter).toMatchObject({ periode: 'TW1', batas: `${Y}-12-29` })

    // the pegawai acknowledges; the notification is done
    const sayaFinal = (await w.pegawai.get(`${V}/evaluasi/${e.id}`)).json<Ev>()
    expect(sayaFinal.aksi).toEqual(['terima', 'keberatan'])
    const saya = (await w.pegawai.get(`${V}/penilaian/saya?tahun=${Y}`)).json()
    expect(saya.items[0]).toMatchObject({ id: e.id, perluTindakan: true })
    const tr = await w.pegawai.post(`${V}/evaluasi/${e.id}/terima`, { revisi: sayaFinal.revisi })
    expect(tr.statusCode, tr.body).toBe(200)
    expect(tr.json().status).toBe('diterima')
    const [selesai] = await t.database.db.select().from(notifikasi).where(eq(notifikasi.id, fin.id))
    expect(selesai.selesaiAt).not.toBeNull()

    // the atasan penilai reopens: version 2 is a draft, version 1 stays readable
    const bk = await w.atasanPenilai.post(`${V}/evaluasi/${e.id}/buka-kembali`, {
      alasan: 'Realisasi TW1 dikoreksi',
      revisi: tr.json().revisi,
    })
    expect(bk.statusCode, bk.body).toBe(200)
    expect(bk.json()).toMatchObject({ status: 'draft', versi: 2, asal: { oleh: 'buka_kembali' } })
    const lama = (await w.pegawai.get(`${V}/evaluasi/${e.id}`)).json()
    expect(lama).toMatchObject({ status: 'digantikan', versi: 1, predikat: 'BUTUH_PERBAIKAN', aksi: [] })
    expect(lama.versiLain.map((v: { versi: number }) => v.versi)).toEqual([2, 1])
    const perSkp = (await w.penilai.get(`${V}/skp/${w.skp.id}/evaluasi`)).json()
    const tw1 = perSkp.periode.find((p: { info: { kode: string } }) => p.info.kode === 'TW1')
    expect(tw1.versi.map((v: Ev) => [v.versi, v.status])).toEqual([
      [2, 'draft'],
      [1, 'digantikan'],
    ])
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, e.id))
    expect(audit.map((a) => a.aksi)).toEqual(
      expect.arrayContaining(['evaluasi_buka', 'evaluasi_simpan', 'evaluasi_finalisasi', 'evaluasi_terima']),
    )
    const [kabarBuka] = await t.database.db
      .select()
      .from(notifikasi)
      .where(
        and(
          eq(notifikasi.tipe, 'EVALUASI_DIBUKA_KEMBALI'),
          eq(notifikasi.penerimaPegawaiId, w.p.kepala.pegawai.id),
        ),
      )
    expect(kabarBuka).toBeDefined()
  })

  it('who × state × action: every cell outside the table answers 403 or 409 and changes nothing', async () => {
    const w = await susun()
    const draft = await buka(w, 'TW1')
    const final = await finalkan(w, 'TW2')
    const d3 = await finalkan(w, 'TW3')
    const terima = await w.pegawai.post(`${V}/evaluasi/${d3.id}/terima`, { revisi: d3.revisi })
    const diterima = terima.json<Ev>()
    const aksi: Record<string, (id: string, revisi: number) => [string, string, unknown]> = {
      simpan: (id, revisi) => ['put', `${V}/evaluasi/${id}`, { ratingPerilaku: 'SESUAI', revisi }],
      finalisasi: (id, revisi) => ['post', `${V}/evaluasi/${id}/finalisasi`, { revisi }],
      terima: (id, revisi) => ['post', `${V}/evaluasi/${id}/terima`, { revisi }],
      buka_kembali: (id, revisi) => ['post', `${V}/evaluasi/${id}/buka-kembali`, { alasan: 'x', revisi }],
      isi_diri: (id, revisi) => ['put', `${V}/evaluasi/${id}/diri`, { ratingHasil: 'SESUAI', revisi }],
      ajukan_diri: (id, revisi) => ['post', `${V}/evaluasi/${id}/diri/ajukan`, { revisi }],
    }
    const siapa = { pegawai: w.pegawai, penilai: w.penilai, atasanPenilai: w.atasanPenilai, rekan: w.rekan }
    // allowed cells: [action, actor, state]
    const boleh = new Set([
      'simpan:penilai:draft',
      'finalisasi:penilai:draft',
      'terima:pegawai:final',
      'buka_kembali:atasanPenilai:final',
      'buka_kembali:atasanPenilai:diterima',
      'isi_diri:pegawai:draft',
      'ajukan_diri:pegawai:draft',
    ])
    const berperan = (a: string, s: string) => [...boleh].some((b) => b.startsWith(`${a}:${s}:`))
    const keadaan = { draft, final, diterima }
    for (const [nama, e] of Object.entries(keadaan))
      for (const [a, buat] of Object.entries(aksi))
        for (const [s, c] of Object.entries(siapa)) {
          if (boleh.has(`${a}:${s}:${nama}`)) continue
          const [m, url, body] = buat(e.id, e.revisi)
          const res = m === 'put' ? await c.put(url, body) : await c.post(url, body)
          const harap = s === 'rekan' ? [403, 404] : berperan(a, s) ? [409] : [403]
          expect(harap, `${s} ${a} on ${nama}: ${res.body}`).toContain(res.statusCode)
        }
    // nothing changed
    for (const e of Object.values(keadaan)) {
      const now = (await w.penilai.get(`${V}/evaluasi/${e.id}`)).json<Ev>()
      expect([now.status, now.revisi]).toEqual([e.status, e.revisi])
    }
  })
})
