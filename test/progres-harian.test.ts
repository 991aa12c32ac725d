import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { progresHarian } from '../src/db/schema/index.ts'
import { aturJam } from '../src/server/clock.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { isian, siapkanProgres, type Entri } from './helpers/progres-factories.ts'
import type { StatusProgres } from '../src/shared/enums.ts'

/**
 * Progres harian (DOMAIN §4) with the clock fixed on Wednesday 13 May 2026, 10:00 WIB: TW1 is locked
 * (5 days after 31 March), TW2 is open. Staf Satu writes, Kepala Bidang (her penilai) reviews.
 */
const V = '/api/v1/progres-harian'
let t: TestApp
let w: Awaited<ReturnType<typeof siapkanProgres>>

beforeAll(async () => {
  aturJam('2026-05-13T03:00:00Z')
  t = await createTestApp()
  w = await siapkanProgres(t)
})
afterAll(async () => {
  aturJam(undefined)
  await t?.close()
})

async function buat(o: Record<string, unknown> = {}, k = w.staf): Promise<Entri> {
  const res = await k.post(V, isian(o))
  if (res.statusCode !== 201) throw new Error(`buat: ${res.statusCode} ${res.body}`)
  return res.json()
}

async function dalamStatus(status: StatusProgres): Promise<Entri> {
  const e = await buat()
  await t.database.db.update(progresHarian).set({ status }).where(eq(progresHarian.id, e.id))
  return { ...e, status }
}

describe('writing entries', () => {
  it('creates a draft, lists the week with every day, hours per day and the day status', async () => {
    const a = await w.staf.post(V, isian({ tanggal: '2026-05-11', jamMulai: '08:00', jamSelesai: '09:30' }))
    expect(a.statusCode).toBe(201)
    expect(a.json()).toMatchObject({ status: 'draft', durasiMenit: 90, jamMulai: '08:00', versi: 1 })
    expect(a.json().aksi).toEqual({
      ubah: true,
      hapus: true,
      ajukan: true,
      setujui: false,
      kembalikan: false,
    })
    // touching ends do not overlap
    await buat({
      tanggal: '2026-05-11',
      jamMulai: '09:30',
      jamSelesai: '10:00',
      realisasi: null,
      satuan: null,
    })
    const res = await w.staf.get(`${V}?dari=2026-05-11&sampai=2026-05-17`)
    expect(res.statusCode).toBe(200)
    const d = res.json()
    expect(d.hari).toHaveLength(7)
    expect(d.hari[0]).toMatchObject({ tanggal: '2026-05-11', status: 'draft', totalMenit: 120 })
    expect(d.hari[1]).toMatchObject({ status: 'belum_diisi', totalMenit: 0, entri: [] })
    expect(d).toMatchObject({ totalMenit: 120, hariIni: '2026-05-13' })
    // a day after today cannot be filled; each day names the approved SKP it goes under
    expect(d.hari.map((h: { bisaDiisi: boolean }) => h.bisaDiisi)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ])
    expect(d.hari[0].skpId).toBe(w.skpStaf.skp.id)
  })

  it.each([
    ['a future date', { tanggal: '2026-05-14' }, 400, 'PROGRES.TANGGAL_MENDATANG'],
    ['end before start', { jamMulai: '10:00', jamSelesai: '09:00' }, 400, 'VALIDATION'],
    ['a bad time', { jamMulai: '25:00' }, 400, 'VALIDATION'],
    ['a locked period (TW1)', { tanggal: '2026-03-10' }, 409, 'REALISASI.TERKUNCI'],
    ['a date without an approved SKP', { tanggal: '2025-12-30' }, 400, 'PROGRES.TANPA_SKP'],
    ['year 0000', { tanggal: '0000-05-01' }, 400, 'VALIDATION'],
    ['a javascript: link', { tautanBukti: 'javascript:alert(1)' }, 400, 'VALIDATION'],
    ['NUL in the activity', { kegiatan: 'a\u0000b' }, 400, undefined],
    ['an oversize activity (refused, never cut)', { kegiatan: 'x'.repeat(2001) }, 400, 'VALIDATION'],
    ['a unit without a quantity', { realisasi: null }, 400, 'VALIDATION'],
    [
      'an unknown rencana aksi',
      { rencanaAksiId: '00000000-0000-4000-8000-000000000000' },
      400,
      'PROGRES.RENCANA_AKSI',
    ],
  ])('refuses %s', async (_, o, status, code) => {
    const res = await w.staf.post(V, isian(o))
    expect(res.statusCode, res.body).toBe(status)
    if (code) expect(res.json().code).toBe(code)
  })

  it('refuses overlapping times on one day with a message naming the other activity', async () => {
    await buat({
      tanggal: '2026-05-12',
      jamMulai: '13:00',
      jamSelesai: '14:00',
      kegiatan: 'Rapat koordinasi',
    })
    const res = await w.staf.post(V, isian({ tanggal: '2026-05-12', jamMulai: '13:30', jamSelesai: '15:00' }))
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'PROGRES.JAM_BERTUMPUK', errors: [{ path: 'jamMulai' }] })
    expect(res.json().message).toContain('13:00–14:00 "Rapat koordinasi"')
    // the entry's own time is no overlap on edit
    const e = await buat({ tanggal: '2026-05-12', jamMulai: '15:00', jamSelesai: '16:00' })
    const ubah = await w.staf.put(
      `${V}/${e.id}`,
      isian({ tanggal: '2026-05-12', jamMulai: '15:00', jamSelesai: '16:30', versi: 1 }),
    )
    expect(ubah.statusCode, ubah.body).toBe(200)
    expect(ubah.json()).toMatchObject({ jamSelesai: '16:30', versi: 2 })
  })

  it("honours the admin's unlock of a locked period (the pelaksanaan lock rule)", async () => {
    const buka = await w.admin.post('/api/v1/pelaksanaan/buka-kunci', {
      skpId: w.skpStaf.skp.id,
      periode: 'TW1',
      alasan: 'Pegawai sakit pada akhir periode',
    })
    expect(buka.statusCode, buka.body).toBe(201)
    expect((await w.staf.post(V, isian({ tanggal: '2026-03-10' }))).statusCode).toBe(201)
  })

  it("links a rencana aksi of the SKP in the date's period, and refuses one of another period", async () => {
    const rhkId = w.skpStaf.rhk[0].id
    const ra = async (periode: string) => {
      const res = await w.staf.post(`/api/v1/skp/${w.skpStaf.skp.id}/rencana-aksi`, {
        rhkId,
        periode,
        uraian: `Rencana ${periode}`,
      })
      if (res.statusCode !== 201) throw new Error(`rencana aksi: ${res.statusCode} ${res.body}`)
      return res.json<{ id: string }>().id
    }
    const tw2 = await ra('TW2')
    const e = await w.staf.post(V, isian({ rencanaAksiId: tw2 }))
    expect(e.statusCode, e.body).toBe(201)
    expect(e.json().rencanaAksi).toEqual({ id: tw2, uraian: 'Rencana TW2' })
    const tw3 = await ra('TW3')
    const salah = await w.staf.post(V, isian({ rencanaAksiId: tw3 }))
    expect(salah.json()).toMatchObject({ code: 'PROGRES.RENCANA_AKSI', errors: [{ path: 'rencanaAksiId' }] })
  })

  it('an account without a pegawai keeps no progres; an unknown id is 404', async () => {
    expect((await w.admin.post(V, isian())).statusCode).toBe(403)
    const kosong = '00000000-0000-4000-8000-000000000000'
    expect((await w.staf.put(`${V}/${kosong}`, isian({ versi: 1 }))).statusCode).toBe(404)
    expect((await w.staf.delete(`${V}/${kosong}`)).statusCode).toBe(404)
  })
})

/** Who × state × action: the answer of each cell (200 = done). */
type Aksi = 'ubah' | 'hapus' | 'ajukan' | 'setujui' | 'kembalikan'
type Siapa = 'staf' | 'kepala' | 'rekan' | 'admin'
const STATUS: StatusProgres[] = ['draft', 'diajukan', 'disetujui', 'dikembalikan']
function harapan(siapa: Siapa, aksi: Aksi, status: StatusProgres): number {
  const pemilik = aksi === 'ubah' || aksi === 'hapus' || aksi === 'ajukan'
  if (siapa === 'staf' && pemilik) return status === 'draft' || status === 'dikembalikan' ? 200 : 409
  if (siapa === 'kepala' && !pemilik) return status === 'diajukan' ? 200 : 409
  return 403
}
const KE: Record<Aksi, StatusProgres | null> = {
  ubah: 'draft',
  hapus: null,
  ajukan: 'diajukan',
  setujui: 'disetujui',
  kembalikan: 'dikembalikan',
}

async function lakukan(siapa: Siapa, aksi: Aksi, e: Entri) {
  const k = w[siapa]
  const entri = [{ id: e.id, versi: e.versi }]
  if (aksi === 'ubah') return k.put(`${V}/${e.id}`, { ...isian(), versi: e.versi })
  if (aksi === 'hapus') return k.delete(`${V}/${e.id}?versi=${e.versi}`)
  if (aksi === 'ajukan') return k.post(`${V}/ajukan`, { entri })
  return k.post(`${V}/tinjauan`, { keputusan: aksi, catatan: 'Lengkapi bukti', entri })
}

describe('the workflow, who × state × action', () => {
  const sel = (['staf', 'kepala', 'rekan', 'admin'] as Siapa[]).flatMap((siapa) =>
    (['ubah', 'hapus', 'ajukan', 'setujui', 'kembalikan'] as Aksi[]).flatMap((aksi) =>
      STATUS.map((status) => [siapa, aksi, status, harapan(siapa, aksi, status)] as const),
    ),
  )
  it.each(sel)('%s %s on %s → %i', async (siapa, aksi, status, kode) => {
    const e = await dalamStatus(status)
    const res = await lakukan(siapa, aksi, e)
    const ok = aksi === 'hapus' ? 204 : 200
    expect(res.statusCode, res.body).toBe(kode === 200 ? ok : kode)
    const [row] = await t.database.db.select().from(progresHarian).where(eq(progresHarian.id, e.id))
    if (kode !== 200) expect(row.status).toBe(status)
    else if (KE[aksi] === null) expect(row).toBeUndefined()
    else expect(row.status).toBe(KE[aksi])
  })
})

describe('bulk submit and review', () => {
  it('submits a week all-or-nothing: a stale version changes none', async () => {
    const a = await buat({ tanggal: '2026-05-05' })
    const b = await buat({ tanggal: '2026-05-06' })
    const res = await w.staf.post(`${V}/ajukan`, {
      entri: [
        { id: a.id, versi: 1 },
        { id: b.id, versi: 7 },
      ],
    })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({ code: 'PROGRES.VERSI_USANG', errors: [{ path: 'entri.1' }] })
    const status = await t.database.db.execute(
      sql`select status from progres_harian where id in (${a.id}, ${b.id})`,
    )
    expect((status as unknown as { rows: { status: string }[] }).rows.map((r) => r.status)).toEqual([
      'draft',
      'draft',
    ])
  })

  it('notifies the penilai once a day, resolves it when reviewed; a return tells the pegawai until resubmitted', async () => {
    const notif = async (k: typeof w.staf, tipe: string) =>
      (await k.get('/api/v1/notifikasi'))
        .json()
        .items.filter((n: { pesan: { tipe: string } | null }) => n.pesan?.tipe === tipe)
    const a = await buat({ tanggal: '2026-05-07' }, w.rekan)
    const b = await buat({ tanggal: '2026-05-07' }, w.rekan)
    const c = await buat({ tanggal: '2026-05-08' }, w.rekan)
    expect(
      (
        await w.rekan.post(`${V}/ajukan`, {
          entri: [
            { id: a.id, versi: 1 },
            { id: b.id, versi: 1 },
          ],
        })
      ).statusCode,
    ).toBe(200)
    expect((await w.rekan.post(`${V}/ajukan`, { entri: [{ id: c.id, versi: 1 }] })).statusCode).toBe(200)
    const dariDua = async () =>
      (await notif(w.kepala, 'PROGRES_HARIAN_DIAJUKAN')).filter(
        (n: { pesan: { parameter: { nama: string } } }) => n.pesan.parameter.nama === 'Staf Dua',
      )
    const masuk = await dariDua()
    expect(masuk).toHaveLength(1)
    expect(masuk[0]).toMatchObject({ selesai: false, pesan: { parameter: { nama: 'Staf Dua', jumlah: 2 } } })

    // the review list puts what waits first, the oldest first
    const daftar = (
      await w.kepala.get(`${V}/tinjauan?minggu=2026-05-07&status=diajukan&pegawaiId=${w.dua.pegawai.id}`)
    ).json()
    expect(daftar.items.map((i: Entri) => i.id).slice(0, 3)).toEqual([a.id, b.id, c.id])
    expect(daftar.items[0].aksi).toMatchObject({ setujui: true, kembalikan: true, ubah: false })

    const tanpaCatatan = await w.kepala.post(`${V}/tinjauan`, {
      keputusan: 'kembalikan',
      entri: [{ id: a.id, versi: 2 }],
    })
    expect(tanpaCatatan.statusCode).toBe(400)
    expect(tanpaCatatan.json().errors[0].path).toBe('catatan')

    const kembali = await w.kepala.post(`${V}/tinjauan`, {
      keputusan: 'kembalikan',
      catatan: 'Tautan bukti tidak dapat dibuka',
      entri: [{ id: a.id, versi: 2 }],
    })
    expect(kembali.statusCode, kembali.body).toBe(200)
    expect(kembali.json().entri[0]).toMatchObject({
      status: 'dikembalikan',
      catatanAtasan: 'Tautan bukti tidak dapat dibuka',
    })
    const dikembalikan = await notif(w.rekan, 'PROGRES_HARIAN_DIKEMBALIKAN')
    expect(dikembalikan[0]).toMatchObject({
      selesai: false,
      pesan: { parameter: { jumlah: 1, nama: 'Kepala Bidang' } },
    })

    expect(
      (
        await w.kepala.post(`${V}/tinjauan`, {
          keputusan: 'setujui',
          entri: [
            { id: b.id, versi: 2 },
            { id: c.id, versi: 2 },
          ],
        })
      ).statusCode,
    ).toBe(200)
    expect((await dariDua())[0].selesai).toBe(true)

    // fixed and submitted again: the return notice is settled, the penilai is not told twice today
    expect((await w.rekan.post(`${V}/ajukan`, { entri: [{ id: a.id, versi: 3 }] })).statusCode).toBe(200)
    expect((await notif(w.rekan, 'PROGRES_HARIAN_DIKEMBALIKAN'))[0].selesai).toBe(true)

    const audit = await t.database.db.execute(
      sql`select aksi from audit_log where entitas = 'progres_harian' and entitas_id in (${a.id}, ${b.id}) order by waktu`,
    )
    expect((audit as unknown as { rows: { aksi: string }[] }).rows.map((r) => r.aksi).sort()).toEqual([
      'progres_kembalikan',
      'progres_setujui',
    ])
  })

  it('a bulk review with one entry not submitted changes none', async () => {
    const a = await dalamStatus('diajukan')
    const b = await dalamStatus('draft')
    const res = await w.kepala.post(`${V}/tinjauan`, {
      keputusan: 'setujui',
      entri: [
        { id: a.id, versi: 1 },
        { id: b.id, versi: 1 },
      ],
    })
    expect(res.statusCode).toBe(409)
    const [row] = await t.database.db.select().from(progresHarian).where(eq(progresHarian.id, a.id))
    expect(row.status).toBe('diajukan')
  })

  it('the grid shows each subordinate × day; the penilai reads an entry, a colleague cannot', async () => {
    const e = await dalamStatus('diajukan')
    const g = (await w.kepala.get(`${V}/tinjauan/grid?minggu=2026-05-04`)).json()
    expect(g.hari).toEqual([
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-05-07',
      '2026-05-08',
      '2026-05-09',
      '2026-05-10',
    ])
    type Baris = { pegawai: { nama: string }; jumlahDiajukan: number; hari: { status: string }[] }
    const baris: Baris[] = g.baris
    expect(baris.map((b) => b.pegawai.nama).sort()).toEqual(['Staf Dua', 'Staf Satu'])
    // people with entries waiting come first
    expect(baris.map((b) => b.jumlahDiajukan > 0)).toEqual(
      [...baris.map((b) => b.jumlahDiajukan > 0)].sort().reverse(),
    )
    const satu = baris.find((b) => b.pegawai.nama === 'Staf Satu')!
    expect(satu.hari[0].status).toBe('dikembalikan') // the worst status of the day wins
    expect(satu.hari[5].status).toBe('belum_diisi')
    expect((await w.kepala.get(`${V}/${e.id}`)).statusCode).toBe(200)
    expect((await w.admin.get(`${V}/${e.id}`)).statusCode).toBe(200)
    expect((await w.rekan.get(`${V}/${e.id}`)).statusCode).toBe(403)
    // the Beranda tells the penilai how many entries wait, from how many people
    const b = (await w.kepala.get('/api/v1/beranda')).json()
    expect(b.atasan.progresHarian.jumlah).toBeGreaterThan(0)
    expect(b.atasan.progresHarian.orang).toBe(2)
    // a staff member assesses nobody: empty lists, not an error
    expect((await w.rekan.get(`${V}/tinjauan/grid`)).json().baris).toEqual([])
  })
})

describe('isolation', () => {
  it("another instansi's entry is invisible and unwritable (404)", async () => {
    const e = await dalamStatus('diajukan')
    for (const k of [w.lain, w.adminLain]) {
      expect((await k.get(`${V}/${e.id}`)).statusCode).toBe(404)
      expect((await k.put(`${V}/${e.id}`, { ...isian(), versi: 1 })).statusCode).toBe(404)
      expect((await k.delete(`${V}/${e.id}`)).statusCode).toBe(404)
      expect((await k.post(`${V}/ajukan`, { entri: [{ id: e.id, versi: 1 }] })).statusCode).toBe(404)
      expect(
        (await k.post(`${V}/tinjauan`, { keputusan: 'setujui', entri: [{ id: e.id, versi: 1 }] })).statusCode,
      ).toBe(404)
    }
    expect((await w.lain.get(`${V}?dari=2026-05-01&sampai=2026-05-13`)).json().totalMenit).toBe(0)
  })
})
