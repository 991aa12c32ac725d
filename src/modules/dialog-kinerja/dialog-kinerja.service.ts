import type { Db } from '../../db/client.ts'
import {
  aksiDialog,
  formatB18Terbaru,
  formatB18Versi,
  menungguDialog,
  type AksiDialog,
  type KeadaanDialog,
  type PeranDialog,
} from '../../domain/dialog-kinerja.ts'
import type {
  B18Input,
  B19Input,
  DialogBatal,
  DialogCreate,
  DialogDetail,
  DialogRingkas,
  DialogSelesai,
  DialogUpdate,
} from '../../shared/dialog-kinerja.ts'
import type { AKSI_NOTIFIKASI_DIALOG } from '../../shared/notifikasi.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict, fieldError, forbidden, notFound } from '../../server/errors.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { harusPeran, peranDialog } from './dialog-kinerja.policy.ts'
import * as repo from './dialog-kinerja.repository.ts'

const NAMA = { id: 'Dialog kinerja', en: 'Performance dialogue' }
const perihal = (id: string) => `dialog:${id}`

const keadaan = (d: repo.DialogRow): KeadaanDialog => ({
  status: d.status,
  jenis: d.jenis,
  b18Terisi: d.b18DiisiAt !== null,
  b19Terisi: d.b19DiisiAt !== null,
})

function ringkas(r: repo.DialogDenganNama, peran: PeranDialog): DialogRingkas {
  const d = r.d
  return {
    id: d.id,
    skpId: d.skpId,
    tahun: d.tahun,
    jenis: d.jenis,
    status: d.status,
    tanggal: d.tanggal,
    topik: d.topik,
    pegawai: { pegawaiId: d.pegawaiId, nama: r.namaPegawai },
    atasan: d.atasanPegawaiId ? { pegawaiId: d.atasanPegawaiId, nama: r.namaAtasan ?? '' } : null,
    peran,
    menunggu: menungguDialog(keadaan(d), peran),
    b18Terisi: d.b18DiisiAt !== null,
    b19Terisi: d.b19DiisiAt !== null,
  }
}

function detail(r: repo.DialogDenganNama, peran: PeranDialog): DialogDetail {
  const d = r.d
  const format = (d.b18Versi && formatB18Versi(d.b18Versi)) || formatB18Terbaru()
  return {
    ...ringkas(r, peran),
    tindakLanjut: d.tindakLanjut,
    tanggalTindakLanjut: d.tanggalTindakLanjut,
    alasanBatal: d.alasanBatal,
    b18:
      d.b18Jawaban && d.b18DiisiAt
        ? {
            versiFormat: d.b18Versi ?? format.versi,
            jawaban: d.b18Jawaban,
            catatan: d.b18Catatan,
            diisiAt: d.b18DiisiAt.toISOString(),
          }
        : null,
    b19:
      d.b19Penilaian && d.b19DiisiAt
        ? { penilaian: d.b19Penilaian, diisiAt: d.b19DiisiAt.toISOString() }
        : null,
    formatB18: format,
    aksi: aksiDialog(keadaan(d), peran),
    versi: d.versi,
  }
}

/** GET /dialog-kinerja — the actor's dialogs (either side) of a year: what waits for them first, then newest. */
export async function daftarDialog(db: Db, ctx: Ctx, tahun?: number) {
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId) return { items: [] }
  const items = (await repo.listDialogSaya(db, instansiId, pegawaiId, tahun)).map((r) =>
    ringkas(r, r.d.pegawaiId === pegawaiId ? 'pegawai' : 'atasan'),
  )
  // stable sort: the query's order (newest first) holds within each group
  return { items: items.sort((a, b) => Number(b.menunggu) - Number(a.menunggu)) }
}

/** GET /dialog-kinerja/calon — the subordinates whose approved SKP the actor assesses. */
export async function calonDialog(db: Db, ctx: Ctx, tahun: number) {
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId) return { items: [] }
  return { items: await repo.calonDialog(db, instansiId, pegawaiId, tahun) }
}

async function muat(db: Db, ctx: Ctx, id: string, kunci = false) {
  const r = await repo.findDialog(db, lingkupSkp(ctx.actor), id, kunci)
  if (!r) throw notFound(NAMA)
  return { r, peran: await peranDialog(db, ctx.actor, r.d) }
}

/** GET /dialog-kinerja/:id */
export async function bacaDialog(db: Db, ctx: Ctx, id: string) {
  const { r, peran } = await muat(db, ctx, id)
  return detail(r, peran)
}

/** POST /dialog-kinerja — the penilai schedules a session about a subordinate's approved SKP. */
export async function buatDialog(db: Db, ctx: Ctx, input: DialogCreate) {
  return db.transaction(async (tx) => {
    const { s, peran } = await muatSkp(tx, ctx.actor, input.skpId)
    if (!peran.includes('penilai'))
      throw forbidden({
        id: 'Dialog kinerja dijadwalkan oleh pejabat penilai.',
        en: 'A performance dialogue is scheduled by the assessor.',
      })
    if (s.status !== 'disetujui')
      throw conflict('DIALOG.SKP_BELUM_DISETUJUI', {
        id: 'Dialog kinerja dilakukan atas SKP yang telah disetujui.',
        en: 'A performance dialogue is held on an approved SKP.',
      })
    cekTanggal(input.tanggal, s.tahun)
    const d = await repo.insertDialog(tx, {
      instansiId: s.instansiId,
      skpId: s.id,
      pegawaiId: s.pegawaiId,
      atasanPegawaiId: s.penilaiPegawaiId,
      dibuatOlehAkunId: ctx.actor.akunId,
      tahun: s.tahun,
      jenis: input.jenis,
      tanggal: input.tanggal,
      topik: input.topik,
      createdAt: sekarang(),
    })
    await catat(tx, ctx, d, 'dialog_kinerja_buat', null)
    await beritahu(tx, ctx, d, 'pegawai', 'dijadwalkan')
    return bacaDialog(tx, ctx, d.id)
  })
}

/** The session is in the SKP's year (coaching is part of that year's pembinaan). */
function cekTanggal(tanggal: string, tahun: number) {
  if (Number(tanggal.slice(0, 4)) !== tahun)
    throw fieldError('DIALOG.TANGGAL_DI_LUAR_TAHUN', 'tanggal', {
      id: `Tanggal harus dalam tahun ${tahun}.`,
      en: `The date must be in ${tahun}.`,
    })
}

/** A change by one side: load locked, check the side, the state and the version, write, audit, notify. */
async function ubahDengan(
  db: Db,
  ctx: Ctx,
  id: string,
  o: {
    oleh: PeranDialog
    aksi: keyof AksiDialog
    versi: number
    set: (d: repo.DialogRow) => Partial<repo.DialogBaru>
    audit: string
    kabar: (typeof AKSI_NOTIFIKASI_DIALOG)[number]
  },
) {
  return db.transaction(async (tx) => {
    const { r, peran } = await muat(tx, ctx, id, true)
    harusPeran(peran, o.oleh)
    if (!aksiDialog(keadaan(r.d), peran)[o.aksi])
      throw conflict('DIALOG.TIDAK_DAPAT', {
        id: 'Langkah ini tidak dapat dilakukan pada dialog kinerja dalam keadaan sekarang.',
        en: 'This step cannot be taken on the performance dialogue in its current state.',
      })
    if (o.versi !== r.d.versi)
      throw conflict('DIALOG.VERSI_USANG', {
        id: 'Dialog kinerja telah diubah oleh orang lain. Muat ulang lalu coba lagi.',
        en: 'The performance dialogue was changed by someone else. Reload and try again.',
      })
    const set = o.set(r.d)
    const d = await repo.updateDialog(tx, r.d.instansiId, r.d.id, set)
    await catat(tx, ctx, d, o.audit, r.d)
    await beritahu(tx, ctx, d, o.oleh === 'atasan' ? 'pegawai' : 'atasan', o.kabar)
    return bacaDialog(tx, ctx, d.id)
  })
}

export const ubahDialog = (db: Db, ctx: Ctx, id: string, input: DialogUpdate) =>
  ubahDengan(db, ctx, id, {
    oleh: 'atasan',
    aksi: 'ubah',
    versi: input.versi,
    set: (d) => {
      if (input.tanggal) cekTanggal(input.tanggal, d.tahun)
      return { jenis: input.jenis, tanggal: input.tanggal, topik: input.topik }
    },
    audit: 'dialog_kinerja_ubah',
    kabar: 'diubah',
  })

export const selesaikanDialog = (db: Db, ctx: Ctx, id: string, input: DialogSelesai) =>
  ubahDengan(db, ctx, id, {
    oleh: 'atasan',
    aksi: 'selesaikan',
    versi: input.versi,
    set: (d) => {
      if (input.tanggalTindakLanjut && input.tanggalTindakLanjut < d.tanggal)
        throw fieldError('DIALOG.TINDAK_LANJUT_SEBELUM_DIALOG', 'tanggalTindakLanjut', {
          id: 'Tanggal tindak lanjut tidak boleh sebelum tanggal dialog.',
          en: 'The follow-up date cannot be before the date of the dialogue.',
        })
      return {
        status: 'selesai',
        topik: input.topik,
        tindakLanjut: input.tindakLanjut,
        tanggalTindakLanjut: input.tanggalTindakLanjut ?? null,
      }
    },
    audit: 'dialog_kinerja_selesai',
    kabar: 'selesai',
  })

export const batalkanDialog = (db: Db, ctx: Ctx, id: string, input: DialogBatal) =>
  ubahDengan(db, ctx, id, {
    oleh: 'atasan',
    aksi: 'batalkan',
    versi: input.versi,
    set: () => ({ status: 'dibatalkan', alasanBatal: input.alasan }),
    audit: 'dialog_kinerja_batal',
    kabar: 'dibatalkan',
  })

/** Format B.1.8, filled once by the pegawai after a coaching session. */
export const isiB18 = (db: Db, ctx: Ctx, id: string, input: B18Input) =>
  ubahDengan(db, ctx, id, {
    oleh: 'pegawai',
    aksi: 'isiB18',
    versi: input.versi,
    set: () => ({
      b18Versi: input.versiFormat,
      b18Jawaban: input.jawaban,
      b18Catatan: input.catatan || null,
      b18DiisiAt: sekarang(),
    }),
    audit: 'dialog_kinerja_b18',
    kabar: 'b18',
  })

/** Format B.1.9, filled once by the atasan after a coaching session. */
export const isiB19 = (db: Db, ctx: Ctx, id: string, input: B19Input) =>
  ubahDengan(db, ctx, id, {
    oleh: 'atasan',
    aksi: 'isiB19',
    versi: input.versi,
    set: () => ({ b19Penilaian: input.penilaian, b19DiisiAt: sekarang() }),
    audit: 'dialog_kinerja_b19',
    kabar: 'b19',
  })

/** Audited against the SKP (the audit trail names it), with the dialog's id and the fields changed. */
async function catat(tx: Db, ctx: Ctx, d: repo.DialogRow, aksi: string, sebelum: repo.DialogRow | null) {
  const isi = (x: repo.DialogRow) => ({
    dialogId: x.id,
    status: x.status,
    jenis: x.jenis,
    tanggal: x.tanggal,
    topik: x.topik,
    tindakLanjut: x.tindakLanjut,
    b18: x.b18Jawaban,
    b19: x.b19Penilaian,
  })
  await catatAudit(tx, ctx, {
    instansiId: d.instansiId,
    aksi,
    entitas: 'skp',
    entitasId: d.skpId,
    sebelum: sebelum ? isi(sebelum) : null,
    sesudah: isi(d),
  })
}

/** Tell the other side; whatever the actor was told about this dialog is now dealt with. */
async function beritahu(
  tx: Db,
  ctx: Ctx,
  d: repo.DialogRow,
  kepada: 'pegawai' | 'atasan',
  aksi: (typeof AKSI_NOTIFIKASI_DIALOG)[number],
) {
  if (ctx.actor.pegawaiId && ctx.actor.instansiId === d.instansiId)
    await selesaikanNotifikasi(tx, d.instansiId, {
      tipe: 'DIALOG_KINERJA',
      perihal: perihal(d.id),
      penerimaPegawaiId: ctx.actor.pegawaiId,
    })
  const penerima = kepada === 'pegawai' ? d.pegawaiId : d.atasanPegawaiId
  if (!penerima) return
  await kirimNotifikasi(tx, {
    instansiId: d.instansiId,
    penerimaPegawaiId: penerima,
    tipe: 'DIALOG_KINERJA',
    parameter: { nama: ctx.actor.nama.slice(0, 300) || '-', aksi, jenis: d.jenis, tanggal: d.tanggal },
    tautan: `/dialog-kinerja/${d.id}`,
    perihal: perihal(d.id),
  })
}
