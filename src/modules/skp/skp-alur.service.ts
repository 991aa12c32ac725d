import type { Db } from '../../db/client.ts'
import { KODE_BERAKHLAK } from '../../domain/berakhlak.ts'
import type { SkpAksi, SkpPeran } from '../../domain/skp-workflow.ts'
import type { GantiPenilaiInput, KembalikanInput, SetujuiInput, SkpView } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { badRequest, conflict, fieldError, forbidden, type FieldError } from '../../server/errors.ts'
import type { PesanNotifikasi, TipeNotifikasi } from '../../shared/notifikasi.ts'
import { kirimNotifikasi, perihalSkpTahun, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import * as rhkRepo from './rhk.repository.ts'
import { cekVersi, keStatus, muatSkp } from './skp-akses.ts'
import { aksiSkp, bertindakAtasNama, peranSkp } from './skp.policy.ts'
import { blokPenilaiPengganti, pindahkanPermintaan, tanggalAcuan } from './skp-snapshot.ts'
import { validasiPengajuan } from './skp-validasi.ts'
import { simpanRevisi } from './skp-revisi.service.ts'
import { muatSkpView } from './skp-view.ts'
import * as repo from './skp.repository.ts'
import type { SkpRow, SkpBaru } from './skp.repository.ts'

/**
 * The SKP workflow (PermenPANRB 6/2022, DOMAIN §2): draft → diajukan → disetujui, or dikembalikan with
 * notes; the penilai (or an admin) reopens an approved SKP, audited with the reason. Every step bumps
 * versi, writes the audit row and tells the other party in-app.
 */
function ekspektasiValid(ekspektasi: Record<string, string | null>) {
  const salah: FieldError[] = Object.keys(ekspektasi)
    .filter((k) => !(KODE_BERAKHLAK as readonly string[]).includes(k))
    .map((k) => ({
      path: `ekspektasi.${k}`,
      message: { id: 'Nilai BerAKHLAK tidak dikenal.', en: 'Unknown BerAKHLAK value.' },
    }))
  if (salah.length)
    throw badRequest(
      'VALIDATION',
      { id: 'Sebagian isian tidak valid.', en: 'Some input is not valid.' },
      salah,
    )
}

/** One transition: lock, check authority and state, apply, audit, notify, answer the new SKP. */
async function jalankan(
  db: Db,
  ctx: Ctx,
  id: string,
  aksi: SkpAksi,
  o: {
    versi?: number
    set?: (s: SkpRow) => Partial<SkpBaru>
    sebelum?: (tx: Db, s: SkpRow) => Promise<void>
    catatan?: unknown
  },
): Promise<SkpView> {
  return db.transaction(async (tx) => {
    const { s, peran } = await muatSkp(tx, ctx.actor, id, true)
    const ke = keStatus(s, aksi, peran)
    cekVersi(s, o.versi)
    await o.sebelum?.(tx, s)
    const atasNama = catatanAtasNama(ctx, s, aksi, peran)
    const snapshot = atasNama !== undefined ? { snapshot: { ...s.snapshot, atasNama } } : {}
    const row = await repo.updateSkp(tx, s.instansiId, s.id, { status: ke, ...o.set?.(s), ...snapshot })
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi,
      entitas: 'skp',
      entitasId: s.id,
      sebelum: { status: s.status, versi: s.versi },
      sesudah: {
        status: row.status,
        versi: row.versi,
        ...(o.catatan ? { catatan: o.catatan } : {}),
        ...(atasNama ? { atasNama } : {}),
      },
    })
    await kabari(tx, row, aksi)
    return muatSkpView(tx, row, peran)
  })
}

/**
 * DOMAIN §1: the non-ASN official (Bupati, Menteri …) has no account; an admin instansi approves or returns
 * on their behalf, recorded as such on the SKP and in the audit row (who, for whom). A new submission or a
 * reopening clears the record of the earlier decision. Undefined = leave the snapshot alone.
 */
function catatanAtasNama(ctx: Ctx, s: SkpRow, aksi: SkpAksi, peran: SkpPeran[]) {
  if ((aksi === 'setujui' || aksi === 'kembalikan') && bertindakAtasNama(peran, s) && s.snapshot.penilai) {
    return {
      aksi,
      olehAkunId: ctx.actor.akunId,
      olehNama: ctx.actor.nama,
      untukNama: s.snapshot.penilai.nama,
      untukJabatan: s.snapshot.penilai.jabatan,
      pada: sekarang().toISOString(),
    }
  }
  if (
    s.snapshot.atasNama &&
    (aksi === 'ajukan' || aksi === 'buka' || aksi === 'setujui' || aksi === 'kembalikan')
  )
    return null
  return undefined
}

/**
 * Submitted → the penilai; returned / approved / reopened → the pegawai. The step also settles what it
 * answers: the request to approve (approved, returned, withdrawn), a return, a reopening or new RHK from
 * the matrix (submitted again), and the subordinates waiting for this SKP (approved).
 */
async function kabari(tx: Db, s: SkpRow, aksi: SkpAksi) {
  const tahun = s.tahun
  const pesan: Partial<Record<SkpAksi, { ke: string | null; pesan: PesanNotifikasi }>> = {
    ajukan: {
      ke: s.penilaiPegawaiId,
      pesan: { tipe: 'SKP_DIAJUKAN', parameter: { nama: s.snapshot.pegawai.nama, tahun } },
    },
    kembalikan: {
      ke: s.pegawaiId,
      pesan: { tipe: 'SKP_DIKEMBALIKAN', parameter: { tahun, catatan: s.catatanPengembalian } },
    },
    setujui: { ke: s.pegawaiId, pesan: { tipe: 'SKP_DISETUJUI', parameter: { tahun } } },
    buka: { ke: s.pegawaiId, pesan: { tipe: 'SKP_DIBUKA', parameter: { tahun } } },
  }
  const selesai: Partial<Record<SkpAksi, TipeNotifikasi[]>> = {
    ajukan: ['SKP_DIKEMBALIKAN', 'SKP_DIBUKA', 'MPH_SEL', 'SKP_DIBUAT_DARI_MPH', 'RHK_ATASAN_DIUBAH'],
    tarik: ['SKP_DIAJUKAN'],
    kembalikan: ['SKP_DIAJUKAN'],
    setujui: ['SKP_DIAJUKAN'],
  }
  const tipe = selesai[aksi]
  if (tipe) await selesaikanNotifikasi(tx, s.instansiId, { tipe, perihal: s.id })
  if (aksi === 'setujui') {
    const perihal = perihalSkpTahun(s.pegawaiId, tahun)
    await selesaikanNotifikasi(tx, s.instansiId, { tipe: 'ATASAN_BELUM_SKP', perihal })
  }
  const p = pesan[aksi]
  if (!p?.ke) return
  await kirimNotifikasi(tx, {
    instansiId: s.instansiId,
    penerimaPegawaiId: p.ke,
    ...p.pesan,
    tautan: `/skp/${s.id}`,
    perihal: s.id,
  })
}

/** POST /skp/:id/ajukan — the owner submits a complete SKP to the penilai. */
export const ajukanSkp = (db: Db, ctx: Ctx, id: string, versi?: number) =>
  jalankan(db, ctx, id, 'ajukan', {
    versi,
    sebelum: validasiPengajuan,
    set: () => ({ diajukanAt: sekarang() }),
  })

/** POST /skp/:id/tarik — the owner withdraws a submission back to draft. */
export const tarikSkp = (db: Db, ctx: Ctx, id: string, versi?: number) =>
  jalankan(db, ctx, id, 'tarik', { versi, set: () => ({ diajukanAt: null }) })

/** POST /skp/:id/setujui — the penilai approves, optionally writing the BerAKHLAK expectations. */
export function setujuiSkp(db: Db, ctx: Ctx, id: string, input: SetujuiInput) {
  if (input.ekspektasi) ekspektasiValid(input.ekspektasi)
  return jalankan(db, ctx, id, 'setujui', {
    versi: input.versi,
    sebelum: async (tx, s) => {
      if (input.ekspektasi) await repo.simpanEkspektasi(tx, s.instansiId, s.id, input.ekspektasi)
      await rhkRepo.hapusCatatanRhk(tx, s.instansiId, s.id)
    },
    set: () => ({ disetujuiAt: sekarang(), catatanPengembalian: null }),
    catatan: input.ekspektasi ? { ekspektasi: input.ekspektasi } : undefined,
  })
}

/** POST /skp/:id/kembalikan — the penilai returns the SKP with notes, per RHK where given. */
export function kembalikanSkp(db: Db, ctx: Ctx, id: string, input: KembalikanInput) {
  return jalankan(db, ctx, id, 'kembalikan', {
    versi: input.versi,
    sebelum: async (tx, s) => {
      const ada = new Set((await rhkRepo.listRhkSkp(tx, s.instansiId, s.id)).map((r) => r.id))
      const salah = (input.catatanRhk ?? [])
        .map((c, i) =>
          ada.has(c.rhkId)
            ? null
            : {
                path: `catatanRhk.${i}.rhkId`,
                message: { id: 'RHK bukan bagian SKP ini.', en: 'This RHK is not part of this SKP.' },
              },
        )
        .filter((x): x is FieldError => x !== null)
      if (salah.length)
        throw badRequest(
          'VALIDATION',
          { id: 'Sebagian isian tidak valid.', en: 'Some input is not valid.' },
          salah,
        )
      await rhkRepo.hapusCatatanRhk(tx, s.instansiId, s.id)
      for (const c of input.catatanRhk ?? [])
        await rhkRepo.setCatatanRhk(tx, s.instansiId, s.id, c.rhkId, c.catatan)
    },
    set: () => ({ catatanPengembalian: input.catatan, diajukanAt: null }),
    catatan: { catatan: input.catatan, catatanRhk: input.catatanRhk ?? [] },
  })
}

/**
 * POST /skp/:id/buka — the penilai or an admin reopens an approved SKP, audited with the reason. Once
 * realisasi exists, the approved version is kept first as a revision (skp-revisi.service.ts, DOMAIN §2).
 */
export const bukaKembaliSkp = (db: Db, ctx: Ctx, id: string, alasan: string, versi?: number) =>
  jalankan(db, ctx, id, 'buka', {
    versi,
    sebelum: async (tx, s) => void (await simpanRevisi(tx, ctx, s, alasan)),
    set: () => ({ disetujuiAt: null }),
    catatan: { alasan },
  })

/** Ekspektasi khusus pimpinan per BerAKHLAK value: the penilai, while the SKP is submitted. */
export async function ubahEkspektasiSkp(
  db: Db,
  ctx: Ctx,
  id: string,
  kode: string,
  ekspektasi: string | null,
) {
  ekspektasiValid({ [kode]: ekspektasi })
  return db.transaction(async (tx) => {
    const { s, peran } = await muatSkp(tx, ctx.actor, id, true)
    if (!peran.includes('penilai')) throw forbidden()
    // the same rule that shows the field on the SKP page (aksiSkp)
    if (!aksiSkp(s.status, peran).ubahEkspektasi) {
      throw conflict('SKP.EKSPEKTASI_TIDAK_SAAT_INI', {
        id: 'Ekspektasi hanya dapat diisi saat SKP diajukan.',
        en: 'Expectations can only be written while the SKP is submitted.',
      })
    }
    const lama =
      (await repo.listPerilaku(tx, s.instansiId, s.id)).find((p) => p.kode === kode)?.ekspektasi ?? null
    await repo.simpanEkspektasi(tx, s.instansiId, s.id, { [kode]: ekspektasi })
    const row = await repo.updateSkp(tx, s.instansiId, s.id, {})
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: 'ubah_ekspektasi',
      entitas: 'skp',
      entitasId: s.id,
      sebelum: { kode, ekspektasi: lama },
      sesudah: { kode, ekspektasi },
    })
    return muatSkpView(tx, row, peran)
  })
}

const PENILAI_TIDAK_VALID = (id: string, en: string) =>
  fieldError('SKP.PENILAI_TIDAK_VALID', 'penilaiPegawaiId', { id, en })

/**
 * POST /skp/:id/penilai — DOMAIN §2: "an admin can change the pejabat penilai of a pending SKP with a
 * reason". The chosen pegawai of the same instansi becomes the penilai (their own penilai the atasan
 * penilai), kept while the blocks follow the assignments; audited with the reason, refused once approved.
 */
export async function gantiPenilaiSkp(db: Db, ctx: Ctx, id: string, input: GantiPenilaiInput) {
  return db.transaction(async (tx) => {
    const { s, peran } = await muatSkp(tx, ctx.actor, id, true)
    if (!peran.includes('admin_instansi')) throw forbidden()
    if (s.status === 'disetujui') {
      throw conflict('SKP.SUDAH_DISETUJUI', {
        id: 'SKP sudah disetujui: pejabat penilai tidak dapat diganti lagi.',
        en: 'The SKP is already approved: its pejabat penilai can no longer be changed.',
      })
    }
    cekVersi(s, input.versi)
    if (input.penilaiPegawaiId === s.pegawaiId)
      throw PENILAI_TIDAK_VALID(
        'Pegawai tidak dapat menilai SKP-nya sendiri.',
        'An employee cannot assess their own SKP.',
      )
    const calon = await repo.findPegawai(tx, s.instansiId, input.penilaiPegawaiId)
    if (!calon)
      throw PENILAI_TIDAK_VALID(
        'Pejabat penilai harus pegawai instansi yang sama.',
        'The pejabat penilai must be an employee of the same agency.',
      )
    const tanggal = tanggalAcuan(s.mulai, s.selesai)
    const namaInstansi = (await repo.findNamaInstansi(tx, s.instansiId)) ?? ''
    const blok = await blokPenilaiPengganti(tx, s.instansiId, calon.id, tanggal, namaInstansi)
    if (!blok)
      throw PENILAI_TIDAK_VALID(
        `Pegawai ini tidak memegang jabatan pada ${tanggal}.`,
        `This employee holds no position on ${tanggal}.`,
      )
    const penilaiDiganti = { alasan: input.alasan, olehNama: ctx.actor.nama, pada: sekarang().toISOString() }
    const row = await repo.updateSkp(tx, s.instansiId, s.id, {
      penilaiPegawaiId: calon.id,
      snapshot: { ...s.snapshot, ...blok, tanggal, penilaiDiganti },
    })
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: 'ganti_penilai',
      entitas: 'skp',
      entitasId: s.id,
      sebelum: { penilai: s.snapshot.penilai, versi: s.versi },
      sesudah: { penilai: blok.penilai, versi: row.versi, alasan: input.alasan },
    })
    await pindahkanPermintaan(tx, s, calon.id)
    return muatSkpView(tx, row, peranSkp(ctx.actor, row))
  })
}
