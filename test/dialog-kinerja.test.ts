import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, notifikasi } from '../src/db/schema/index.ts'
import { formatB18Terbaru } from '../src/domain/dialog-kinerja.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatAkun } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2042
const V = '/api/v1'
const JAWABAN = Array.from({ length: formatB18Terbaru().pernyataan.length }, (_, i) => (i % 5) + 1)

/** Kepala (penilai) → staf with an approved SKP; the top leader above; a colleague without a relation. */
async function susun(status: 'disetujui' | 'diajukan' = 'disetujui') {
  aturJam(`${Y}-04-01T02:00:00.000Z`)
  const p = await buatPohon(t.database)
  const atas = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
  const s = await buatSkp(t.database, p.staf, { tahun: Y, status, intervensi: [atas.rhk[0].id] })
  const lain = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama: 'Rekan' })
  const k = async (a: { username: string }) => client(t.app, await masuk(t.app, a))
  return {
    p,
    skp: s.skp,
    pegawai: await k(p.staf.akun),
    atasan: await k(p.kepala.akun),
    pimpinan: await k(p.top.akun),
    rekan: await k(lain.akun),
    admin: await k(p.admin),
  }
}
type W = Awaited<ReturnType<typeof susun>>

const jadwalkan = async (w: W, jenis = 'bimbingan') => {
  const res = await w.atasan.post(`${V}/dialog-kinerja`, {
    skpId: w.skp.id,
    jenis,
    tanggal: `${Y}-04-10`,
    topik: 'Capaian triwulan I',
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ id: string; versi: number }>()
}
const selesai = async (w: W, d: { id: string; versi: number }) => {
  const res = await w.atasan.post(`${V}/dialog-kinerja/${d.id}/selesai`, {
    tindakLanjut: 'Menyusun rencana aksi baru',
    tanggalTindakLanjut: `${Y}-05-10`,
    versi: d.versi,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ id: string; versi: number; aksi: Record<string, boolean> }>()
}

describe('dialog kinerja: the workflow', () => {
  it('scheduled by the penilai, held, then B.1.8 by the pegawai and B.1.9 by the atasan, each once', async () => {
    const w = await susun()
    const d = await jadwalkan(w)
    expect((await w.pegawai.get(`${V}/dialog-kinerja?tahun=${Y}`)).json().items[0]).toMatchObject({
      peran: 'pegawai',
      menunggu: false,
    })
    expect((await w.atasan.get(`${V}/dialog-kinerja?tahun=${Y}`)).json().items[0]).toMatchObject({
      peran: 'atasan',
      menunggu: true,
    })
    const s = await selesai(w, d)
    expect(s.aksi).toMatchObject({ isiB19: true, selesaikan: false })
    const b18 = await w.pegawai.put(`${V}/dialog-kinerja/${d.id}/b18`, {
      versiFormat: formatB18Terbaru().versi,
      jawaban: JAWABAN,
      catatan: 'Sangat membantu',
      versi: s.versi,
    })
    expect(b18.statusCode, b18.body).toBe(200)
    const lagi = await w.pegawai.put(`${V}/dialog-kinerja/${d.id}/b18`, {
      versiFormat: 1,
      jawaban: JAWABAN,
      versi: b18.json().versi,
    })
    expect(lagi.statusCode).toBe(409)
    const b19 = await w.atasan.put(`${V}/dialog-kinerja/${d.id}/b19`, {
      penilaian: [{ kompetensi: 'Analisis data', nilai: 4, alasan: 'Mampu mengolah data triwulan' }],
      versi: b18.json().versi,
    })
    expect(b19.statusCode, b19.body).toBe(200)
    expect(b19.json()).toMatchObject({ status: 'selesai', b18Terisi: true, b19Terisi: true, menunggu: false })
    const n = await t.database.db
      .select()
      .from(notifikasi)
      .where(and(eq(notifikasi.instansiId, w.p.instansi.id), eq(notifikasi.tipe, 'DIALOG_KINERJA')))
    const aksi = (pid: string) =>
      n.filter((x) => x.penerimaPegawaiId === pid).map((x) => (x.parameter as { aksi: string }).aksi)
    expect(aksi(w.p.staf.pegawai.id).sort()).toEqual(['b19', 'dijadwalkan', 'selesai'])
    expect(aksi(w.p.kepala.pegawai.id)).toEqual(['b18'])
    const audit = await t.database.db
      .select({ aksi: auditLog.aksi })
      .from(auditLog)
      .where(eq(auditLog.instansiId, w.p.instansi.id))
    expect(audit.map((a) => a.aksi)).toEqual(
      expect.arrayContaining([
        'dialog_kinerja_buat',
        'dialog_kinerja_selesai',
        'dialog_kinerja_b18',
        'dialog_kinerja_b19',
      ]),
    )
  })

  it('a counselling session has no forms; a cancelled one takes nothing more; a stale version is refused', async () => {
    const w = await susun()
    const k = await selesai(w, await jadwalkan(w, 'konseling'))
    expect(k.aksi).toMatchObject({ isiB18: false, isiB19: false })
    const b = await w.pegawai.put(`${V}/dialog-kinerja/${k.id}/b18`, {
      versiFormat: 1,
      jawaban: JAWABAN,
      versi: k.versi,
    })
    expect(b.statusCode).toBe(409)
    const d = await jadwalkan(w)
    const usang = await w.atasan.patch(`${V}/dialog-kinerja/${d.id}`, { topik: 'Baru', versi: d.versi + 5 })
    expect(usang.json().code).toBe('DIALOG.VERSI_USANG')
    const batal = await w.atasan.post(`${V}/dialog-kinerja/${d.id}/batal`, {
      alasan: 'Dinas luar',
      versi: d.versi,
    })
    expect(batal.json()).toMatchObject({ status: 'dibatalkan', alasanBatal: 'Dinas luar' })
    const s = await w.atasan.post(`${V}/dialog-kinerja/${d.id}/selesai`, {
      tindakLanjut: 'x',
      versi: batal.json().versi,
    })
    expect(s.statusCode).toBe(409)
  })

  it('the follow-up date is not before the session', async () => {
    const w = await susun()
    const d = await jadwalkan(w)
    const res = await w.atasan.post(`${V}/dialog-kinerja/${d.id}/selesai`, {
      tindakLanjut: 'x',
      tanggalTindakLanjut: `${Y}-04-09`,
      versi: d.versi,
    })
    expect([res.statusCode, res.json().errors[0]?.path]).toEqual([400, 'tanggalTindakLanjut'])
  })

  it('only the penilai schedules, on an approved SKP, in its year', async () => {
    const w = await susun()
    const body = { skpId: w.skp.id, jenis: 'bimbingan', tanggal: `${Y}-04-10`, topik: 'Topik' }
    for (const c of [w.pegawai, w.pimpinan, w.rekan])
      expect((await c.post(`${V}/dialog-kinerja`, body)).statusCode).toBe(403)
    const luar = await w.atasan.post(`${V}/dialog-kinerja`, { ...body, tanggal: `${Y + 1}-01-05` })
    expect([luar.statusCode, luar.json().errors[0].path]).toEqual([400, 'tanggal'])
    const d = await susun('diajukan')
    expect((await d.atasan.post(`${V}/dialog-kinerja`, { ...body, skpId: d.skp.id })).statusCode).toBe(409)
  })
})

describe('dialog kinerja: forms and who reads', () => {
  it.each([
    ['eight answers', { jawaban: JAWABAN.slice(1) }, 'jawaban'],
    ['a 6', { jawaban: [6, ...JAWABAN.slice(1)] }, 'jawaban.0'],
    ['a 0', { jawaban: [0, ...JAWABAN.slice(1)] }, 'jawaban.0'],
    ['an unknown form version', { versiFormat: 99 }, 'versiFormat'],
  ])('B.1.8 with %s is refused', async (_n, ubah, path) => {
    const w = await susun()
    const s = await selesai(w, await jadwalkan(w))
    const res = await w.pegawai.put(`${V}/dialog-kinerja/${s.id}/b18`, {
      versiFormat: 1,
      jawaban: JAWABAN,
      versi: s.versi,
      ...ubah,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path)
  })

  it.each([
    ['a 6', [{ kompetensi: 'A', nilai: 6, alasan: 'x' }], 'penilaian.0.nilai'],
    ['no reason', [{ kompetensi: 'A', nilai: 3, alasan: ' ' }], 'penilaian.0.alasan'],
    ['nothing', [], 'penilaian'],
  ])('B.1.9 with %s is refused', async (_n, penilaian, path) => {
    const w = await susun()
    const s = await selesai(w, await jadwalkan(w))
    const res = await w.atasan.put(`${V}/dialog-kinerja/${s.id}/b19`, { penilaian, versi: s.versi })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path)
  })

  it('B.1.8 is the pegawai’s, B.1.9 the atasan’s', async () => {
    const w = await susun()
    const s = await selesai(w, await jadwalkan(w))
    const b18 = { versiFormat: 1, jawaban: JAWABAN, versi: s.versi }
    expect((await w.atasan.put(`${V}/dialog-kinerja/${s.id}/b18`, b18)).statusCode).toBe(403)
    const b19 = { penilaian: [{ kompetensi: 'A', nilai: 3, alasan: 'x' }], versi: s.versi }
    expect((await w.pegawai.put(`${V}/dialog-kinerja/${s.id}/b19`, b19)).statusCode).toBe(403)
  })

  it.each([
    ['pegawai', 200],
    ['atasan', 200],
    ['pimpinan', 200],
    ['admin', 200],
    ['rekan', 403],
  ] as const)('%s reads the dialog: %i', async (kolom, status) => {
    const w = await susun()
    const d = await jadwalkan(w)
    const res = await w[kolom].get(`${V}/dialog-kinerja/${d.id}`)
    expect(res.statusCode).toBe(status)
    if (status === 200 && kolom === 'pimpinan')
      expect(res.json().aksi).toMatchObject({ ubah: false, isiB18: false })
  })

  it("another instansi's dialog answers 404", async () => {
    const w = await susun()
    const d = await jadwalkan(w)
    const b = await buatPohon(t.database)
    const adminB = await buatAkun(t.database, { instansiId: b.instansi.id, peran: ['admin_instansi'] })
    for (const c of [
      client(t.app, await masuk(t.app, b.kepala.akun)),
      client(t.app, await masuk(t.app, adminB)),
    ]) {
      expect((await c.get(`${V}/dialog-kinerja/${d.id}`)).statusCode).toBe(404)
      expect((await c.post(`${V}/dialog-kinerja/${d.id}/batal`, { alasan: 'x', versi: 1 })).statusCode).toBe(
        404,
      )
      const body = { skpId: w.skp.id, jenis: 'bimbingan', tanggal: `${Y}-04-10`, topik: 'x' }
      expect((await c.post(`${V}/dialog-kinerja`, body)).statusCode).toBe(404)
    }
  })
})
