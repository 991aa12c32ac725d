import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/db/client.ts'
import { JENIS_JABATAN } from '../src/db/schema/index.ts'
import { pangkatDari, type GolonganPns } from '../src/db/seed/pangkat.ts'
import {
  DEMO_AKUN,
  DEMO_PASSWORD,
  seedDemo,
  seedDemoIfEmpty,
  type SeedDemoHasil,
} from '../src/db/seed/index.ts'
import { resolvePenilaiBanyak, type DataAtasan } from '../src/domain/atasan.ts'
import { parseNip } from '../src/domain/nip.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { openTestDatabase } from './helpers/db.ts'

let t: TestApp
let hasil: SeedDemoHasil
beforeAll(async () => {
  t = await createTestApp()
  hasil = await seedDemo(t.database)
})
afterAll(() => t.close())

const TANGGAL = '2026-07-01'

interface PegawaiBaris {
  id: string
  nip: string
  nama: string
  jenis_kelamin: 'L' | 'P'
  tanggal_lahir: string
  jenis_asn: string
  golongan: string
  pangkat: string | null
  status: string
  instansi: string
}

const pegawaiDi = (db: Database, kode: string) =>
  db.query<PegawaiBaris>(
    `select p.id, p.nip, p.nama, p.jenis_kelamin, p.tanggal_lahir::text, p.jenis_asn, p.golongan, p.pangkat,
       p.status, i.kode as instansi
     from pegawai p join instansi i on i.id = p.instansi_id where i.kode = $1 order by p.nip`,
    [kode],
  )

/** Who holds what: the comparable content of a seeded database (ids differ between runs). */
const isiDemo = (db: Database) =>
  db.query(
    `select p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.golongan, p.status, u.kode as unor, j.nama as jabatan,
       a.jenis, a.mulai::text, a.selesai::text
     from penugasan a join pegawai p on p.id = a.pegawai_id join unor u on u.id = a.unor_id
     join jabatan j on j.id = a.jabatan_id order by p.nip, a.mulai`,
  )

async function dataAtasan(db: Database, kode: string): Promise<DataAtasan> {
  const units = await db.query<{ id: string; parentId: string | null }>(
    `select u.id, u.parent_id as "parentId" from unor u join instansi i on i.id = u.instansi_id where i.kode = $1`,
    [kode],
  )
  const penugasan = await db.query<DataAtasan['penugasan'][number]>(
    `select a.id, a.pegawai_id as "pegawaiId", a.unor_id as "unitId", a.is_kepala as "isKepala", a.jenis,
       a.mulai::text as mulai, a.selesai::text as selesai
     from penugasan a join instansi i on i.id = a.instansi_id where i.kode = $1`,
    [kode],
  )
  return { units, penugasan, overrides: [] }
}

describe('deterministic demo seed', () => {
  it('produces the same people, positions and dates in a second fresh database', async () => {
    const kedua = await openTestDatabase()
    try {
      await seedDemoIfEmpty(kedua, { info: () => {} })
      expect(await isiDemo(kedua)).toEqual(await isiDemo(t.database))
      expect((await isiDemo(kedua)).length).toBeGreaterThan(400)
    } finally {
      await kedua.dispose()
    }
  })

  it('does nothing when an account already exists', async () => {
    const sebelum = await t.database.query<{ n: number }>('select count(*)::int as n from pegawai')
    await seedDemoIfEmpty(t.database, { info: () => {} })
    expect(await t.database.query('select count(*)::int as n from pegawai')).toEqual(sebelum)
  })

  it('lists the demo accounts exactly as DEMO_AKUN (the README and browser tests rely on it)', () => {
    expect(hasil.akunDemo).toEqual(DEMO_AKUN)
    const dokumen = readFileSync(new URL('../docs/DEMO.md', import.meta.url), 'utf8')
    for (const a of Object.values(DEMO_AKUN)) expect(dokumen).toContain(`\`${a.username}\``)
  })
})

describe('pegawai', () => {
  it('every NIP is valid and matches birth date, gender and PNS/PPPK; PNS pangkat matches golongan', async () => {
    const semua = [...(await pegawaiDi(t.database, 'KAB-CONTOH')), ...(await pegawaiDi(t.database, 'BCN'))]
    expect(semua.length).toBe(hasil.jumlah.pegawai)
    for (const p of semua) {
      const r = parseNip(p.nip)
      if (!r.ok) throw new Error(`${p.nip}: ${r.code}`)
      expect(r.parts.tanggalLahir).toBe(p.tanggal_lahir)
      expect(r.parts.jenisKelamin).toBe(p.jenis_kelamin)
      expect(r.parts.jenisAsn).toBe(p.jenis_asn === 'pns' ? 'PNS' : 'PPPK')
      expect(Number(r.parts.tmtTahun)).toBeLessThanOrEqual(2024)
      if (p.jenis_asn === 'pns') expect(p.pangkat).toBe(pangkatDari(p.golongan as GolonganPns))
      else expect([p.pangkat, /^(V|VII|IX)$/.test(p.golongan)]).toEqual([null, true])
    }
    expect(new Set(semua.map((p) => p.nama)).size).toBeGreaterThan(semua.length * 0.97)
  })

  it('Kabupaten Contoh has ~400 pegawai, ~15 % PPPK, both genders and the SKP-exempt states', async () => {
    const kab = await pegawaiDi(t.database, 'KAB-CONTOH')
    expect(kab.length).toBeGreaterThanOrEqual(380)
    expect(kab.length).toBeLessThanOrEqual(440)
    const pppk = kab.filter((p) => p.jenis_asn === 'pppk').length / kab.length
    expect(pppk).toBeGreaterThan(0.1)
    expect(pppk).toBeLessThan(0.2)
    expect(new Set(kab.map((p) => p.jenis_kelamin))).toEqual(new Set(['L', 'P']))
    const status = kab.map((p) => p.status)
    for (const s of ['tugas_belajar', 'cltn', 'mpp']) expect(status).toContain(s)
  })

  it('every kind of jabatan exists; fungsional ones carry a jenjang; heads have a head-level golongan', async () => {
    const jabatan = await t.database.query<{ instansi: string; jenis: string; jenjang: string | null }>(
      `select distinct i.kode as instansi, j.jenis, j.jenjang from penugasan a join jabatan j on j.id = a.jabatan_id
       join instansi i on i.id = a.instansi_id`,
    )
    const kab = new Set(jabatan.filter((j) => j.instansi === 'KAB-CONTOH').map((j) => j.jenis))
    expect(kab).toEqual(new Set(['jpt_pratama', 'administrator', 'pengawas', 'pelaksana', 'fungsional']))
    expect(new Set(jabatan.map((j) => j.jenis))).toEqual(new Set(JENIS_JABATAN))
    for (const j of jabatan) expect(j.jenjang !== null).toBe(j.jenis === 'fungsional')
    const jenjang = jabatan.map((j) => j.jenjang)
    for (const j of ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'terampil', 'mahir'])
      expect(jenjang).toContain(j)
    const jpt = await t.database.query<{ golongan: string }>(
      `select p.golongan from penugasan a join jabatan j on j.id = a.jabatan_id join pegawai p on p.id = a.pegawai_id
       where j.jenis like 'jpt%' and a.jenis = 'definitif'`,
    )
    for (const p of jpt) expect(p.golongan).toMatch(/^IV\/[b-e]$/)
  })
})

describe('assignments', () => {
  it('every definitif assignment started in a past year, after the first appointment', async () => {
    const rows = await t.database.query<{ nip: string; mulai: string }>(
      `select p.nip, a.mulai::text from penugasan a join pegawai p on p.id = a.pegawai_id where a.jenis = 'definitif'`,
    )
    for (const r of rows) {
      expect(r.mulai < '2026-01-01').toBe(true)
      expect(Number(r.mulai.slice(0, 4))).toBeGreaterThanOrEqual(Number(r.nip.slice(8, 12)))
    }
  })

  it('has exactly one Plt: a head elsewhere acting in a vacant head position', async () => {
    const plt = await t.database.query<{
      pegawai_id: string
      unor_id: string
      is_kepala: boolean
      nip: string
    }>(
      `select a.pegawai_id, a.unor_id, a.is_kepala, p.nip from penugasan a join pegawai p on p.id = a.pegawai_id
       where a.jenis = 'plt'`,
    )
    expect(plt).toHaveLength(1)
    expect(plt[0]).toMatchObject({ is_kepala: true, nip: DEMO_AKUN.pltKepalaDinas.username })
    const [{ n }] = await t.database.query<{ n: number }>(
      `select count(*)::int as n from penugasan where unor_id = $1 and is_kepala and jenis = 'definitif'`,
      [plt[0].unor_id],
    )
    expect(n).toBe(0)
    const sendiri = await t.database.query(
      `select 1 from penugasan where pegawai_id = $1 and jenis = 'definitif' and is_kepala and selesai is null`,
      [plt[0].pegawai_id],
    )
    expect(sendiri).toHaveLength(1)
  })

  it('has one pegawai with a mutasi history: an ended assignment in another unit, then the current one', async () => {
    const rows = await t.database.query<{
      nip: string
      unor_id: string
      mulai: string
      selesai: string | null
    }>(
      `select p.nip, a.unor_id, a.mulai::text, a.selesai::text from penugasan a join pegawai p on p.id = a.pegawai_id
       where a.pegawai_id in (select pegawai_id from penugasan where jenis = 'definitif' group by 1 having count(*) > 1)
       order by a.mulai`,
    )
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => r.nip)).toEqual([
      DEMO_AKUN.pegawaiMutasi.username,
      DEMO_AKUN.pegawaiMutasi.username,
    ])
    expect(rows[0]).toMatchObject({ selesai: '2025-01-01' })
    expect(rows[1]).toMatchObject({ mulai: '2025-01-02', selesai: null })
    expect(rows[0].unor_id).not.toBe(rows[1].unor_id)
  })
})

describe('atasan from the tree', () => {
  for (const kode of ['KAB-CONTOH', 'BCN']) {
    it(`${kode}: every pegawai but the top leader has a penilai; the top leader is PIMPINAN_TERTINGGI`, async () => {
      const data = await dataAtasan(t.database, kode)
      const ids = (await pegawaiDi(t.database, kode)).map((p) => p.id)
      const struktur = kode === 'BCN' ? hasil.bcn : hasil.kabupaten
      const hasilPenilai = resolvePenilaiBanyak(data, ids, TANGGAL)
      for (const [id, r] of hasilPenilai) {
        if (id === struktur.pimpinanTertinggiPegawaiId) {
          expect(r).toMatchObject({ penilai: null, alasan: 'PIMPINAN_TERTINGGI' })
          continue
        }
        expect(r.penilai, id).not.toBeNull()
        expect(['KEPALA_UNIT_SENDIRI', 'KEPALA_UNIT_INDUK']).toContain(r.alasan)
      }
    })
  }

  it('the Sekda is the top leader; the Sekretaris of the Plt-led dinas is assessed by the Plt', async () => {
    const pegawai = await pegawaiDi(t.database, 'KAB-CONTOH')
    const idDari = (nip: string) => pegawai.find((p) => p.nip === nip)!.id
    expect(hasil.kabupaten.pimpinanTertinggiPegawaiId).toBe(idDari(DEMO_AKUN.sekda.username))
    const sek = hasil.kabupaten.pegawai.find((p) => p.unorKode === 'DISKOMINFO.SEK' && p.isKepala)!
    const r = resolvePenilaiBanyak(await dataAtasan(t.database, 'KAB-CONTOH'), [sek.pegawaiId], TANGGAL).get(
      sek.pegawaiId,
    )!
    expect(r.penilai).toMatchObject({ pegawaiId: idDari(DEMO_AKUN.pltKepalaDinas.username), isPltPlh: true })
    const pelaksana = idDari(DEMO_AKUN.pelaksana.username)
    const rp = resolvePenilaiBanyak(await dataAtasan(t.database, 'KAB-CONTOH'), [pelaksana], TANGGAL).get(
      pelaksana,
    )!
    expect(rp.penilai!.pegawaiId).toBe(idDari(DEMO_AKUN.kepalaSeksi.username))
  })

  it('exports the structure an SKP seed builds on: unit ids by code and the head of every unit', () => {
    const k = hasil.kabupaten
    expect(k.kepalaPerUnor.size).toBe(k.unorPerKode.size)
    expect(k.kepalaPerUnor.get(k.unorPerKode.get('DISKOMINFO')!)!.jenis).toBe('plt')
    expect(k.kepalaPerUnor.get(k.unorPerKode.get('SETDA')!)!.pegawaiId).toBe(k.pimpinanTertinggiPegawaiId)
  })
})

describe('demo accounts', () => {
  it('admin / demo12345 logs in as the national admin; a pegawai logs in with NIP / demo12345', async () => {
    const admin = await client(t.app).post('/api/v1/auth/login', {
      username: 'admin',
      password: DEMO_PASSWORD,
    })
    expect(admin.statusCode).toBe(200)
    expect(admin.json()).toMatchObject({ peran: ['admin_nasional'], instansi: null })
    const nip = DEMO_AKUN.pelaksana.username
    const pegawai = await client(t.app).post('/api/v1/auth/login', { username: nip, password: DEMO_PASSWORD })
    expect(pegawai.statusCode).toBe(200)
    expect(pegawai.json()).toMatchObject({ pegawai: { nip }, instansi: { kode: 'KAB-CONTOH' } })
    const salah = await client(t.app).post('/api/v1/auth/login', { username: nip, password: 'demo54321' })
    expect(salah.statusCode).toBe(401)
  })

  it('every demo account has the roles docs/DEMO.md lists', async () => {
    for (const a of Object.values(DEMO_AKUN)) {
      const s = await login(t.app, a.username, DEMO_PASSWORD)
      const me = (await client(t.app, s).get('/api/v1/me')).json()
      expect([a.username, [...me.peran].sort()]).toEqual([a.username, [...a.peran]])
    }
  })

  it('the Kepala BKPSDM has the stored pimpinan role over the whole kabupaten', async () => {
    const [a] = await t.database.query<{ peran: string[]; lingkup: string }>(
      `select a.peran, u.kode as lingkup from akun a join unor u on u.id = a.lingkup_unor_id where a.username = $1`,
      [DEMO_AKUN.kepalaBkpsdm.username],
    )
    expect(a).toEqual({ peran: ['pegawai', 'pimpinan'], lingkup: 'SETDA' })
  })
})
