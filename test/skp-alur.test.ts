import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, notifikasi, skp } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'
import {
  buatOrang,
  buatPohon,
  buatSkp,
  buatSkpDisetujui,
  masuk,
  type Orang,
} from './helpers/skp-factories.ts'

/**
 * The SKP workflow as a table (DOMAIN §2): every action × every state × every role, through the HTTP API,
 * against an expected table written out here (not computed from the code under test).
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

type Status = 'draft' | 'diajukan' | 'disetujui' | 'dikembalikan'
type Aksi = 'ubah' | 'ajukan' | 'tarik' | 'setujui' | 'kembalikan' | 'buka'
type Peran =
  'pemilik' | 'penilai' | 'admin_instansi' | 'admin_nasional' | 'pegawai_lain' | 'admin_instansi_lain'
const STATUS: Status[] = ['draft', 'diajukan', 'disetujui', 'dikembalikan']
const AKSI: Aksi[] = ['ubah', 'ajukan', 'tarik', 'setujui', 'kembalikan', 'buka']
const PERAN: Peran[] = [
  'pemilik',
  'penilai',
  'admin_instansi',
  'admin_nasional',
  'pegawai_lain',
  'admin_instansi_lain',
]

// who may take each action, and from → to (PermenPANRB 6/2022: only the penilai approves or returns)
const BOLEH: Record<Aksi, { peran: Peran[]; dari: Partial<Record<Status, Status>> }> = {
  ubah: { peran: ['pemilik'], dari: { draft: 'draft', dikembalikan: 'draft' } },
  ajukan: { peran: ['pemilik'], dari: { draft: 'diajukan', dikembalikan: 'diajukan' } },
  tarik: { peran: ['pemilik'], dari: { diajukan: 'draft' } },
  setujui: { peran: ['penilai'], dari: { diajukan: 'disetujui' } },
  kembalikan: { peran: ['penilai'], dari: { diajukan: 'dikembalikan' } },
  buka: { peran: ['penilai', 'admin_instansi', 'admin_nasional'], dari: { disetujui: 'draft' } },
}

function harapan(status: Status, aksi: Aksi, peran: Peran): { code: number; ke: Status } {
  // another instansi never learns the SKP exists; a colleague without a relation may not read it
  if (peran === 'admin_instansi_lain') return { code: 404, ke: status }
  if (peran === 'pegawai_lain') return { code: 403, ke: status }
  const aturan = BOLEH[aksi]
  if (!aturan.peran.includes(peran)) return { code: 403, ke: status }
  const ke = aturan.dari[status]
  return ke ? { code: 200, ke } : { code: 409, ke: status }
}

type C = ReturnType<typeof client>
let pohon: Awaited<ReturnType<typeof buatPohon>>
let sesi: Record<Exclude<Peran, 'pemilik'>, C>
const pemilik: { orang: Orang; c: C }[] = []
const rhkAtasan = new Map<number, string>()

beforeAll(async () => {
  pohon = await buatPohon(t.database)
  const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
  const asing = await buatAkun(t.database, {
    instansiId: (await buatInstansi(t.database)).id,
    peran: ['admin_instansi'],
  })
  sesi = {
    penilai: client(t.app, await masuk(t.app, pohon.kepala.akun)),
    admin_instansi: client(t.app, await masuk(t.app, pohon.admin)),
    admin_nasional: client(t.app, await login(t.app, nasional.username, PASSWORD)),
    // a colleague in another unit of the same instansi, with no relation to these SKPs
    pegawai_lain: client(
      t.app,
      await masuk(t.app, (await buatOrang(t.database, { instansiId: pohon.instansi.id })).akun),
    ),
    admin_instansi_lain: client(t.app, await login(t.app, asing.username, PASSWORD)),
  }
  for (const _ of PERAN) {
    const orang = await buatOrang(t.database, { instansiId: pohon.instansi.id, unorId: pohon.bidang.id })
    pemilik.push({ orang, c: client(t.app, await masuk(t.app, orang.akun)) })
  }
})

/** One year per (status, aksi) pair, one staff member per role: every case gets its own SKP. */
async function siapkan(tahun: number, status: Status, i: number) {
  if (!rhkAtasan.has(tahun)) {
    const { rhk } = await buatSkpDisetujui(t.database, pohon.kepala, { tahun, intervensi: [null] })
    rhkAtasan.set(tahun, rhk[0].id)
  }
  const { skp: s } = await buatSkp(t.database, pemilik[i].orang, {
    tahun,
    status,
    intervensi: [rhkAtasan.get(tahun)!],
  })
  return s
}

function jalankan(c: C, aksi: Aksi, s: { id: string; versi: number }) {
  const url = `/api/v1/skp/${s.id}`
  if (aksi === 'ubah') return c.patch(url, { pendekatan: 'kualitatif', versi: s.versi })
  const body = {
    setujui: {},
    kembalikan: { catatan: 'Perbaiki target' },
    buka: { alasan: 'Target salah ketik' },
  }
  return c.post(`${url}/${aksi}`, body[aksi as keyof typeof body] ?? {})
}

describe('SKP workflow: action × state × role', () => {
  let tahun = 2040
  for (const status of STATUS) {
    for (const aksi of AKSI) {
      const y = tahun++
      it(`${aksi} on ${status}`, async () => {
        for (const [i, peran] of PERAN.entries()) {
          const s = await siapkan(y, status, i)
          const c = peran === 'pemilik' ? pemilik[i].c : sesi[peran]
          const res = await jalankan(c, aksi, s)
          const h = harapan(status, aksi, peran)
          const [after] = await t.database.db.select().from(skp).where(eq(skp.id, s.id))
          expect({ peran, code: res.statusCode, status: after.status }).toEqual({
            peran,
            code: h.code,
            status: h.ke,
          })
          if (h.code === 200) {
            expect(res.json()).toMatchObject({ status: h.ke, versi: s.versi + 1 })
            const audit = await t.database.db
              .select()
              .from(auditLog)
              .where(and(eq(auditLog.entitasId, s.id), eq(auditLog.aksi, aksi)))
            expect(audit).toHaveLength(1)
          } else {
            expect(after.versi).toBe(s.versi)
          }
        }
      })
    }
  }
})

describe('workflow side effects', () => {
  it('notifies the penilai on submit and the pegawai on return, approve and reopen; the reason of a reopen is audited', async () => {
    const s = await siapkan(2090, 'draft', 0)
    const c = pemilik[0].c
    expect((await c.post(`/api/v1/skp/${s.id}/ajukan`)).statusCode).toBe(200)
    const rhkId = (await c.get(`/api/v1/skp/${s.id}`)).json().rhk[0].id
    const kembali = await sesi.penilai.post(`/api/v1/skp/${s.id}/kembalikan`, {
      catatan: 'Lengkapi IKI',
      catatanRhk: [{ rhkId, catatan: 'Target terlalu rendah' }],
    })
    expect(kembali.json()).toMatchObject({
      status: 'dikembalikan',
      catatanPengembalian: 'Lengkapi IKI',
      rhk: [{ catatanPengembalian: 'Target terlalu rendah' }],
    })
    expect((await c.post(`/api/v1/skp/${s.id}/ajukan`)).statusCode).toBe(200)
    const setuju = await sesi.penilai.post(`/api/v1/skp/${s.id}/setujui`, {
      ekspektasi: { AKUNTABEL: 'Tepat waktu' },
    })
    expect(setuju.json()).toMatchObject({
      status: 'disetujui',
      catatanPengembalian: null,
      rhk: [{ catatanPengembalian: null }],
    })
    expect(setuju.json().perilaku.find((p: { kode: string }) => p.kode === 'AKUNTABEL').ekspektasi).toBe(
      'Tepat waktu',
    )
    expect(
      (await sesi.penilai.post(`/api/v1/skp/${s.id}/buka`, { alasan: 'Perubahan renstra' })).statusCode,
    ).toBe(200)
    const kePenilai = await t.database.db
      .select()
      .from(notifikasi)
      .where(eq(notifikasi.penerimaPegawaiId, pohon.kepala.pegawai.id))
    expect(kePenilai.filter((n) => n.tautan === `/skp/${s.id}`).map((n) => n.tipe)).toEqual([
      'SKP_DIAJUKAN',
      'SKP_DIAJUKAN',
    ])
    const kePegawai = await t.database.db
      .select()
      .from(notifikasi)
      .where(eq(notifikasi.penerimaPegawaiId, pemilik[0].orang.pegawai.id))
    expect(kePegawai.map((n) => n.tipe).sort()).toEqual(['SKP_DIBUKA', 'SKP_DIKEMBALIKAN', 'SKP_DISETUJUI'])
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitasId, s.id), eq(auditLog.aksi, 'buka')))
    expect(audit.sesudah).toMatchObject({ status: 'draft', catatan: { alasan: 'Perubahan renstra' } })
  })

  it('refuses a return without a note, an unknown BerAKHLAK code, and ekspektasi outside diajukan', async () => {
    const s = await siapkan(2091, 'diajukan', 0)
    const tanpa = await sesi.penilai.post(`/api/v1/skp/${s.id}/kembalikan`, { catatan: ' ' })
    expect(tanpa.statusCode).toBe(400)
    expect(tanpa.json().errors[0].path).toBe('catatan')
    const kode = await sesi.penilai.post(`/api/v1/skp/${s.id}/setujui`, { ekspektasi: { JUJUR: 'x' } })
    expect(kode.json()).toMatchObject({ errors: [{ path: 'ekspektasi.JUJUR' }] })
    expect(
      (await sesi.penilai.put(`/api/v1/skp/${s.id}/perilaku/ADAPTIF`, { ekspektasi: 'Cepat belajar' }))
        .statusCode,
    ).toBe(200)
    expect(
      (await pemilik[0].c.put(`/api/v1/skp/${s.id}/perilaku/ADAPTIF`, { ekspektasi: 'Saya sendiri' }))
        .statusCode,
    ).toBe(403)
    const d = await siapkan(2092, 'draft', 0)
    expect(
      (await sesi.penilai.put(`/api/v1/skp/${d.id}/perilaku/ADAPTIF`, { ekspektasi: 'Terlalu dini' }))
        .statusCode,
    ).toBe(409)
  })
})
