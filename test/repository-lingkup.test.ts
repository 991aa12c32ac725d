import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  akun,
  atasanOverride,
  jabatan,
  notifikasi,
  pegawai,
  penugasan,
  unor,
} from '../src/db/schema/index.ts'
import { findAkunById, simpanPassword } from '../src/modules/akun/akun.repository.ts'
import { findImpor, simpanImpor } from '../src/modules/impor/impor.repository.ts'
import { insertNotifikasi, tandaiDibaca } from '../src/modules/notifikasi/notifikasi.repository.ts'
import { findJabatan, updateJabatan } from '../src/modules/organisasi/jabatan.repository.ts'
import { findUnor, updateUnor } from '../src/modules/organisasi/unor.repository.ts'
import {
  akhiriOverride,
  findOverride,
  hapusOverride,
  insertOverride,
} from '../src/modules/pegawai/atasan.repository.ts'
import {
  findPegawai,
  simpanPasswordSementara,
  updatePegawai,
} from '../src/modules/pegawai/pegawai.repository.ts'
import { rincianPenugasan } from '../src/modules/pegawai/penilai.repository.ts'
import {
  findPenugasan,
  riwayatPenugasan,
  updatePenugasan,
} from '../src/modules/pegawai/penugasan.repository.ts'
import { openTestDatabase } from './helpers/db.ts'
import { buatAkun, buatInstansi, buatPegawai } from './helpers/factories.ts'

/**
 * Repositories are scoped by construction (immich style `getById(instansiId, id)`): a by-id read with
 * another instansi's id finds nothing, and a by-id write changes nothing, whatever the caller checked first.
 */
let database: Awaited<ReturnType<typeof openTestDatabase>>
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.dispose())

async function duaInstansi() {
  const a = await buatInstansi(database)
  const b = await buatInstansi(database)
  const orangA = await buatPegawai(database, { instansiId: a.id })
  const atasanA = await buatPegawai(database, { instansiId: a.id, unorId: orangA.unorId, isKepala: true })
  const orangB = await buatPegawai(database, { instansiId: b.id })
  const akunA = await buatAkun(database, { instansiId: a.id, pegawaiId: orangA.pegawai.id })
  return { a, b, orangA, atasanA, orangB, akunA }
}

const baca = async <T>(q: Promise<T[]>) => (await q)[0]

describe('by-id writes with another instansi change nothing', () => {
  it('pegawai, penugasan, unor and jabatan', async () => {
    const { a, b, orangA } = await duaInstansi()
    const unitSebelum = await baca(database.db.select().from(unor).where(eq(unor.id, orangA.unorId)))
    expect(await updatePegawai(database.db, b.id, orangA.pegawai.id, { nama: 'Diubah B' })).toBeUndefined()
    expect(await updatePenugasan(database.db, b.id, orangA.penugasan.id, { nomorSk: 'SK-B' })).toBeUndefined()
    expect(await updateUnor(database.db, b.id, orangA.unorId, { nama: 'Unit B' })).toBeUndefined()
    expect(await updateJabatan(database.db, b.id, orangA.jabatan.id, { nama: 'Jabatan B' })).toBeUndefined()

    const p = await baca(database.db.select().from(pegawai).where(eq(pegawai.id, orangA.pegawai.id)))
    const t = await baca(database.db.select().from(penugasan).where(eq(penugasan.id, orangA.penugasan.id)))
    const u = await baca(database.db.select().from(unor).where(eq(unor.id, orangA.unorId)))
    const j = await baca(database.db.select().from(jabatan).where(eq(jabatan.id, orangA.jabatan.id)))
    expect([p.nama, t.nomorSk, u.nama, j.nama]).toEqual([
      orangA.pegawai.nama,
      orangA.penugasan.nomorSk,
      unitSebelum.nama,
      orangA.jabatan.nama,
    ])

    // …and the same calls inside the right instansi do change the rows: the scope is the only difference.
    expect((await updatePegawai(database.db, a.id, orangA.pegawai.id, { nama: 'Diubah A' }))?.nama).toBe(
      'Diubah A',
    )
  })

  it('atasan overrides: ending and deleting', async () => {
    const { a, b, orangA, atasanA } = await duaInstansi()
    const o = await insertOverride(database.db, {
      instansiId: a.id,
      pegawaiId: orangA.pegawai.id,
      atasanPegawaiId: atasanA.pegawai.id,
      mulai: '2030-01-01',
      alasan: 'Uji lingkup',
    })
    expect(await akhiriOverride(database.db, b.id, o.id, '2030-06-30')).toBeUndefined()
    await hapusOverride(database.db, b.id, o.id)
    const tetap = await baca(database.db.select().from(atasanOverride).where(eq(atasanOverride.id, o.id)))
    expect(tetap).toMatchObject({ id: o.id, selesai: null })
    expect(await findOverride(database.db, b.id, o.id)).toBeUndefined()
    expect((await findOverride(database.db, a.id, o.id))?.override.id).toBe(o.id)
  })

  it('notifications: marking read', async () => {
    const { a, b, orangA, orangB } = await duaInstansi()
    const n = await insertNotifikasi(database.db, {
      instansiId: a.id,
      penerimaPegawaiId: orangA.pegawai.id,
      tipe: 'SKP_DISETUJUI',
      parameter: { tahun: 2026 },
    })
    expect(await tandaiDibaca(database.db, b.id, orangB.pegawai.id, n.id)).toBeUndefined()
    expect(await tandaiDibaca(database.db, b.id, orangA.pegawai.id, n.id)).toBeUndefined()
    const row = await baca(database.db.select().from(notifikasi).where(eq(notifikasi.id, n.id)))
    expect(row.dibacaAt).toBeNull()
  })

  it('accounts: reading and setting the password', async () => {
    const { a, b, akunA } = await duaInstansi()
    expect(await findAkunById(database.db, b.id, akunA.id)).toBeUndefined()
    expect(await findAkunById(database.db, null, akunA.id)).toBeUndefined()
    expect((await findAkunById(database.db, a.id, akunA.id))?.id).toBe(akunA.id)
    await simpanPassword(database.db, b.id, akunA.id, 'hash-dari-b')
    await simpanPassword(database.db, null, akunA.id, 'hash-tanpa-instansi')
    await simpanPasswordSementara(database.db, b.id, akunA.id, 'hash-sementara-dari-b')
    const row = await baca(database.db.select().from(akun).where(eq(akun.id, akunA.id)))
    expect(row).toMatchObject({ passwordHash: akunA.passwordHash, wajibGantiPassword: false })
  })
})

describe('by-id reads with another instansi find nothing', () => {
  it('pegawai, penugasan, unor, jabatan and import runs', async () => {
    const { a, b, orangA } = await duaInstansi()
    const imporId = randomUUID()
    await simpanImpor(database.db, {
      id: imporId,
      instansiId: a.id,
      jenis: 'pegawai',
      namaFile: 'pegawai.csv',
      status: 'selesai',
      totalBaris: 1,
      barisValid: 1,
      laporan: { ringkasan: {}, kesalahan: [] },
    })
    expect([
      await findPegawai(database.db, b.id, orangA.pegawai.id),
      await findPenugasan(database.db, b.id, orangA.penugasan.id),
      await findUnor(database.db, b.id, orangA.unorId),
      await findJabatan(database.db, b.id, orangA.jabatan.id),
      await findImpor(database.db, b.id, imporId),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined])
    expect((await findImpor(database.db, a.id, imporId))?.id).toBe(imporId)
  })

  it("an assignment never shows another instansi's position or unit, even if a row names one", async () => {
    // penugasan has no FK to jabatan/unor (import speed): the joins carry the instansi instead.
    const { a, orangA, orangB } = await duaInstansi()
    const [salah] = await database.db
      .insert(penugasan)
      .values({
        instansiId: a.id,
        pegawaiId: orangA.pegawai.id,
        unorId: orangB.unorId,
        jabatanId: orangB.jabatan.id,
        mulai: '2031-01-01',
      })
      .returning()
    const riwayat = await riwayatPenugasan(database.db, a.id, orangA.pegawai.id)
    expect(riwayat.map((r) => r.penugasan.id)).toEqual([orangA.penugasan.id])
    expect(await findPenugasan(database.db, a.id, salah.id)).toBeUndefined()
    expect(await rincianPenugasan(database.db, a.id, [salah.id])).toEqual([])
  })
})
