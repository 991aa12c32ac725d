import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { penugasan, skp } from '../src/db/schema/index.ts'
import { rows } from '../src/db/rows.ts'
import { createTestApp, client, type Session, type TestApp } from './helpers/app.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { buatAkun } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

/**
 * SIASN export over HTTP (DOMAIN §7): rw-skp22 rows from the current FINAL evaluation naming the last
 * penilai, periodic rows, codes, CSV quoting and formula guard, access and isolation.
 */
const Y = 2026
const V = '/api/v1/ekspor'
let t: TestApp
let w: Awaited<ReturnType<typeof buatPohon>>
let lain: Awaited<ReturnType<typeof buatPohon>>
let sesi: Record<'admin' | 'nasional' | 'staf' | 'kepala' | 'adminLain', Session>
let stafKedua: Awaited<ReturnType<typeof buatOrang>>

const get = (s: Session, url: string) => client(t.app, s).get(url)

/** CSV text → rows of cells (RFC 4180 quoting). */
function bacaCsv(teks: string): string[][] {
  const hasil: string[][] = []
  let baris: string[] = []
  let sel = ''
  let kutip = false
  for (let i = 0; i < teks.length; i++) {
    const c = teks[i]
    if (kutip && c === '"' && teks[i + 1] === '"') {
      sel += '"'
      i++
    } else if (kutip && c === '"') kutip = false
    else if (kutip) sel += c
    else if (c === '"') kutip = true
    else if (c === ',') {
      baris.push(sel)
      sel = ''
    } else if (c === '\r' && teks[i + 1] === '\n') {
      baris.push(sel)
      hasil.push(baris)
      baris = []
      sel = ''
      i++
    } else sel += c
  }
  return hasil
}

beforeAll(async () => {
  t = await createTestApp()
  w = await buatPohon(t.database, { tahun: [Y] })
  lain = await buatPohon(t.database, { tahun: [Y] })
  const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
  const adminLain = lain.admin

  // staf: two SKPs in the year (a move on 1 July): the first rated by the kepala, the second by the top leader
  const a = await buatSkpDisetujui(t.database, w.staf, { tahun: Y })
  await t.database.db
    .update(skp)
    .set({ selesai: `${Y}-06-30` })
    .where(eq(skp.id, a.skp.id))
  const [p2] = await t.database.db
    .insert(penugasan)
    .values({ ...w.staf.penugasan, id: randomUUID(), mulai: `${Y}-07-01` })
    .returning()
  const snap = a.skp.snapshot as Record<string, unknown>
  const [s2] = await t.database.db
    .insert(skp)
    .values({
      ...a.skp,
      id: randomUUID(),
      penugasanId: p2.id,
      mulai: `${Y}-07-01`,
      selesai: `${Y}-12-31`,
      penilaiPegawaiId: w.top.pegawai.id,
      snapshot: {
        ...snap,
        penilai: {
          pegawaiId: w.top.pegawai.id,
          nama: 'Pimpinan "Tertinggi", S.H.',
          nip: w.top.pegawai.nip,
          pangkat: 'Pembina Utama Muda',
          golongan: 'IV/c',
          jabatan: 'Sekretaris Daerah',
          unor: '=HYPERLINK("http://x")',
        },
      },
    })
    .returning()
  await buatEvaluasi(t.database, a.skp.id, {
    periode: 'TW1',
    ratingHasil: 'DI_ATAS',
    ratingPerilaku: 'DI_ATAS',
  })
  await buatEvaluasi(t.database, a.skp.id, {
    periode: 'FINAL',
    ratingHasil: 'DI_BAWAH',
    ratingPerilaku: 'SESUAI',
  })
  await buatEvaluasi(t.database, s2.id, { periode: 'TW3', ratingHasil: 'SESUAI', ratingPerilaku: 'DI_BAWAH' })
  await buatEvaluasi(t.database, s2.id, {
    periode: 'FINAL',
    status: 'diterima',
    ratingHasil: 'DI_ATAS',
    ratingPerilaku: 'DI_ATAS',
  })
  // the top leader: rated by the Bupati (non-ASN); a replaced version and the current one
  const top = await buatSkpDisetujui(t.database, w.top, { tahun: Y })
  await buatEvaluasi(t.database, top.skp.id, {
    periode: 'FINAL',
    status: 'digantikan',
    ratingHasil: 'DI_BAWAH',
    ratingPerilaku: 'DI_BAWAH',
  })
  await buatEvaluasi(t.database, top.skp.id, { periode: 'FINAL', versi: 2, ratingHasil: 'SESUAI' })
  // the kepala: a draft only → not a row; a second staf with an approved SKP and nothing final
  const kep = await buatSkpDisetujui(t.database, w.kepala, { tahun: Y })
  await buatEvaluasi(t.database, kep.skp.id, { periode: 'FINAL', status: 'draft' })
  stafKedua = await buatOrang(t.database, { instansiId: w.instansi.id, unorId: w.bidang.id })
  await buatSkpDisetujui(t.database, stafKedua, { tahun: Y })
  // another instansi's result: never in this instansi's export
  const l = await buatSkpDisetujui(t.database, lain.staf, { tahun: Y })
  await buatEvaluasi(t.database, l.skp.id, { periode: 'FINAL' })

  sesi = {
    admin: await masuk(t.app, w.admin),
    nasional: await masuk(t.app, nasional),
    staf: await masuk(t.app, w.staf.akun),
    kepala: await masuk(t.app, w.kepala.akun),
    adminLain: await masuk(t.app, adminLain),
  }
}, 120_000)
afterAll(() => t?.close())

describe('GET /ekspor/rw-skp22', () => {
  it('one row per pegawai from the current final FINAL evaluation, naming the last penilai', async () => {
    const res = await get(sesi.admin, `${V}/rw-skp22?tahun=${Y}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    const body = res.json()
    // staf and the top leader; the kepala (draft) and the second staf (nothing final) are counted, not rows
    expect(body.meta).toMatchObject({ jenis: 'rw-skp22', tahun: Y, jumlahBaris: 2, tanpaEvaluasiFinal: 2 })
    expect(res.headers['x-jumlah-baris']).toBe('2')
    expect(res.headers['x-tanpa-evaluasi-final']).toBe('2')
    const staf = body.data.find((b: { nip: string }) => b.nip === w.staf.pegawai.nip)
    expect(staf).toEqual({
      nip: w.staf.pegawai.nip,
      tahun: Y,
      hasilKinerja: 'DIATAS EKSPEKTASI',
      hasilKinerjaNilai: 1,
      perilakuKerja: 'DIATAS EKSPEKTASI',
      perilakuKerjaNilai: 1,
      kuadranKinerja: 'SANGAT BAIK',
      kuadranKinerjaNilai: 1,
      namaPenilai: 'Pimpinan "Tertinggi", S.H.',
      nipNrpPenilai: w.top.pegawai.nip,
      penilaiGolonganId: '43',
      penilaiJabatanNm: 'Sekretaris Daerah',
      penilaiUnorNm: '=HYPERLINK("http://x")',
      statusPenilai: 'ASN',
    })
  })

  it('a non-ASN penilai (the Bupati): NON ASN, no NIP; the replaced version is not read', async () => {
    const body = (await get(sesi.admin, `${V}/rw-skp22?tahun=${Y}`)).json()
    const top = body.data.find((b: { nip: string }) => b.nip === w.top.pegawai.nip)
    expect(top).toMatchObject({
      hasilKinerjaNilai: 2,
      perilakuKerjaNilai: 2,
      kuadranKinerja: 'BAIK',
      kuadranKinerjaNilai: 2,
      nipNrpPenilai: null,
      penilaiGolonganId: null,
      statusPenilai: 'NON ASN',
    })
  })

  it('CSV: header, quoting, formula guard, download name', async () => {
    const res = await get(sesi.admin, `${V}/rw-skp22?tahun=${Y}&format=csv`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/)
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="siasn-rw-skp22-.+-2026\.csv"$/)
    const [kepala, ...data] = bacaCsv(res.body)
    expect(kepala).toEqual([
      'nip',
      'tahun',
      'hasilKinerja',
      'hasilKinerjaNilai',
      'perilakuKerja',
      'perilakuKerjaNilai',
      'kuadranKinerja',
      'kuadranKinerjaNilai',
      'namaPenilai',
      'nipNrpPenilai',
      'penilaiGolonganId',
      'penilaiJabatanNm',
      'penilaiUnorNm',
      'statusPenilai',
    ])
    expect(data).toHaveLength(2)
    const staf = data.find((b) => b[0] === w.staf.pegawai.nip)!
    expect(staf[8]).toBe('Pimpinan "Tertinggi", S.H.')
    expect(staf[12]).toBe(`'=HYPERLINK("http://x")`)
    expect(res.body).toContain('"Pimpinan ""Tertinggi"", S.H."')
    const top = data.find((b) => b[0] === w.top.pegawai.nip)!
    expect(top.slice(9)).toEqual(['', '', expect.any(String), expect.any(String), 'NON ASN'])
  })

  it('pages through every row (keyset) with the same result', async () => {
    const { eksporInstansi, teksEkspor } = await import('../src/modules/ekspor/ekspor.service.ts')
    const pelaku = { actor: { akunId: null, nama: 'uji' }, ip: 'uji', requestId: 'uji' } as never
    const teks = async (ukuran?: number) => {
      const e = await eksporInstansi(t.database.db, pelaku, {
        jenis: 'rw-skp22',
        instansiId: w.instansi.id,
        tahun: Y,
        format: 'json',
        ukuran,
      })
      let s = ''
      for await (const c of teksEkspor(e, 'json')) s += c
      return JSON.parse(s)
    }
    expect((await teks(1)).data).toEqual((await teks()).data)
  })
})

describe('GET /ekspor/periodik', () => {
  it('one row per final periodic evaluation with months, codes and koefisien', async () => {
    const res = await get(sesi.admin, `${V}/periodik?tahun=${Y}`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.meta).toMatchObject({ jenis: 'periodik', jumlahBaris: 2 })
    expect(body.data).toEqual([
      {
        nip: w.staf.pegawai.nip,
        bulanMulaiPenilaian: 1,
        bulanSelesaiPenilaian: 3,
        tahunMulaiPenilaian: Y,
        tahunSelesaiPenilaian: Y,
        hasilKinerjaNilai: 1,
        perilakuKerjaNilai: 1,
        kuadranKinerjaNilai: 1,
        koefisienId: null,
      },
      expect.objectContaining({
        bulanMulaiPenilaian: 7,
        bulanSelesaiPenilaian: 9,
        hasilKinerjaNilai: 2,
        perilakuKerjaNilai: 3,
        kuadranKinerjaNilai: 4,
      }),
    ])
    const csv = await get(sesi.admin, `${V}/periodik?tahun=${Y}&format=csv`)
    expect(bacaCsv(csv.body)).toHaveLength(3)
  })

  it('an empty year: JSON with no rows, CSV with the header only', async () => {
    expect((await get(sesi.admin, `${V}/periodik?tahun=2030`)).json()).toMatchObject({
      meta: { jumlahBaris: 0 },
      data: [],
    })
    expect((await get(sesi.admin, `${V}/rw-skp22?tahun=2030&format=csv`)).body.split('\r\n')).toHaveLength(2)
  })
})

describe('access', () => {
  it('admin nasional: any instansi, instansiId required', async () => {
    const tanpa = await get(sesi.nasional, `${V}/rw-skp22?tahun=${Y}`)
    expect(tanpa.statusCode).toBe(400)
    expect(tanpa.json().errors[0].path).toBe('instansiId')
    const res = await get(sesi.nasional, `${V}/rw-skp22?tahun=${Y}&instansiId=${lain.instansi.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().data.map((b: { nip: string }) => b.nip)).toEqual([lain.staf.pegawai.nip])
    expect((await get(sesi.nasional, `${V}/periodik?tahun=${Y}&instansiId=${randomUUID()}`)).statusCode).toBe(
      404,
    )
  })

  it('admin instansi: own only; another instansi is invisible (404) and its rows never appear', async () => {
    expect((await get(sesi.admin, `${V}/rw-skp22?tahun=${Y}&instansiId=${w.instansi.id}`)).statusCode).toBe(
      200,
    )
    expect(
      (await get(sesi.admin, `${V}/rw-skp22?tahun=${Y}&instansiId=${lain.instansi.id}`)).statusCode,
    ).toBe(404)
    const milikLain = (await get(sesi.adminLain, `${V}/rw-skp22?tahun=${Y}`)).json()
    expect(milikLain.data.map((b: { nip: string }) => b.nip)).toEqual([lain.staf.pegawai.nip])
  })

  it('pegawai and atasan: 403; no session: 401', async () => {
    expect((await get(sesi.staf, `${V}/rw-skp22?tahun=${Y}`)).statusCode).toBe(403)
    expect((await get(sesi.kepala, `${V}/periodik?tahun=${Y}`)).statusCode).toBe(403)
    expect((await client(t.app).get(`${V}/periodik?tahun=${Y}`)).statusCode).toBe(401)
  })

  it('bad input: 400 with field errors', async () => {
    const res = await get(sesi.admin, `${V}/rw-skp22?tahun=abc&format=xml`)
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['format', 'tahun'])
  })

  it('each export is audited', async () => {
    const r = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where aksi = 'ekspor_siasn' and instansi_id = ${w.instansi.id}`,
    )
    expect(r[0].n).toBeGreaterThan(0)
  })
})
