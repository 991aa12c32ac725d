import type { Readable } from 'node:stream'
import type { FastifyBaseLogger, FastifyReply } from 'fastify'
import type { Db } from '../../db/client.ts'
import {
  MAKS_BUKTI_PER_IKI,
  type BuktiDaftar,
  type BuktiTautanInput,
  type BuktiUnggahInput,
  type BuktiView,
} from '../../shared/bukti.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { AppError, conflict, fieldError, notFound } from '../../server/errors.ts'
import {
  BATAS_UNGGAH_MB_BAWAAN,
  buangObjek,
  cariBerkas,
  catatBerkas,
  hapusBerkas,
  kirimBerkas,
  terimaBerkas,
} from '../berkas/berkas.service.ts'
import type { Penyimpanan } from '../berkas/penyimpanan.ts'
import { periksaPeriodeTerbuka } from '../pelaksanaan/kunci.ts'
import { muatTulisIki } from '../pelaksanaan/tulis-iki.ts'
import { pengaturanBerlaku } from '../skp/pengaturan.service.ts'
import { berkasDirujukRevisi } from '../skp/skp-revisi.baca.ts'
import { muatSkp, type SkpRow } from '../skp/skp-akses.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { susunBukti } from './bukti.baca.ts'
import { belumDisetujui, bolehUbah, muatUntukUbahBukti } from './bukti.policy.ts'
import * as repo from './bukti.repository.ts'

/** Bukti dukung (DOMAIN §4): evidence of an IKI's realisasi per period, a stored file or a link. */

const BUKTI = { id: 'Bukti dukung', en: 'Evidence' }
const ENTITAS = 'bukti_dukung'

const batasUnggahMb = async (db: Db, s: SkpRow) =>
  (await pengaturanBerlaku(db, s.instansiId, s.tahun))?.batasUnggahMb ?? BATAS_UNGGAH_MB_BAWAAN

const ikiBukanMilikSkp = () =>
  fieldError('BUKTI.IKI_TIDAK_DIKENAL', 'ikiId', {
    id: 'IKI tidak ada pada SKP ini.',
    en: 'The IKI is not in this SKP.',
  })

const terlaluBanyak = () =>
  conflict('BUKTI.TERLALU_BANYAK', {
    id: `Satu IKI paling banyak memiliki ${MAKS_BUKTI_PER_IKI} bukti dukung per periode. Hapus yang tidak diperlukan terlebih dahulu.`,
    en: `An IKI has at most ${MAKS_BUKTI_PER_IKI} pieces of evidence per period. Delete the ones no longer needed first.`,
  })

/** Inside the write's transaction: the IKI is this SKP's and has room for one more piece of evidence. */
async function periksaIki(
  tx: Db,
  s: SkpRow,
  o: { ikiId: string; periode: repo.KodePeriode; tautan?: string },
) {
  const k = await repo.keadaanIki(tx, { instansiId: s.instansiId, skpId: s.id, ...o })
  if (!k) throw ikiBukanMilikSkp()
  if (k.samaId) return k.samaId
  if (k.jumlah >= MAKS_BUKTI_PER_IKI) throw terlaluBanyak()
  return null
}

/** Whether the period is open for this SKP's realisasi (the write path's 409, asked without a lock). */
async function periodeTerbuka(db: Db, s: SkpRow, periode: repo.KodePeriode) {
  try {
    await periksaPeriodeTerbuka(db, s, periode)
    return true
  } catch (e) {
    if (e instanceof AppError && (e.status === 409 || e.status === 400)) return false
    throw e
  }
}

async function baris(db: Db, instansiId: string, id: string) {
  const r = await repo.findBuktiDaftar(db, instansiId, id)
  if (!r) throw notFound(BUKTI)
  return susunBukti(r)
}

/** GET /skp/:id/bukti?periode= — the period's evidence of every IKI, with what the web app needs to upload. */
export async function daftarBuktiSkp(
  db: Db,
  ctx: Ctx,
  skpId: string,
  periode: repo.KodePeriode,
): Promise<BuktiDaftar> {
  const { s } = await muatSkp(db, ctx.actor, skpId)
  const items = (await repo.listBukti(db, s.instansiId, s.id, periode)).map(susunBukti)
  const bisaUbah = bolehUbah(ctx, s) && s.status === 'disetujui' && (await periodeTerbuka(db, s, periode))
  return { items, batasUnggahMb: await batasUnggahMb(db, s), maksPerIki: MAKS_BUKTI_PER_IKI, bisaUbah }
}

/**
 * POST /skp/:id/bukti/tautan — a link as evidence; the same link again answers the existing row. On the
 * month-end path: the SKP read and the period check, then one statement that checks again and writes the row
 * with its audit row (no explicit transaction, no row lock).
 */
export async function tambahTautan(db: Db, ctx: Ctx, skpId: string, input: BuktiTautanInput) {
  const { r: s } = await muatTulisIki(
    db,
    ctx,
    { id: skpId, ikiId: input.ikiId, periode: input.periode },
    { ikiTidakAda: ikiBukanMilikSkp, belumDisetujui },
  )
  const keterangan = input.keterangan || null
  const r = await repo.tambahTautan(
    db,
    {
      instansiId: s.instansiId,
      skpId: s.skpId,
      ikiId: input.ikiId,
      periode: input.periode,
      jenis: input.jenis,
      tautan: input.tautan,
      keterangan,
    },
    MAKS_BUKTI_PER_IKI,
    {
      akunId: ctx.actor.akunId,
      pegawaiId: ctx.actor.pegawaiId,
      nama: ctx.actor.nama,
      ip: ctx.ip,
      requestId: ctx.requestId,
    },
  )
  const link = (x: {
    id: string
    jenis: BuktiView['jenis']
    keterangan: string | null
    createdAt: Date
  }) => ({
    id: x.id,
    ikiId: input.ikiId,
    periode: input.periode,
    jenis: x.jenis,
    berkas: null,
    tautan: input.tautan,
    keterangan: x.keterangan,
    dibuatPada: x.createdAt.toISOString(),
  })
  if (r.sama) return { baru: false, bukti: link(r.sama) }
  if (!r.disetujui) throw belumDisetujui()
  if (!r.baru) throw terlaluBanyak()
  return { baru: true, bukti: link({ ...r.baru, jenis: input.jenis, keterangan }) }
}

export interface Unggahan {
  isi: Readable
  namaFile: string | undefined
  terpotong: () => boolean
}

/**
 * POST /skp/:id/bukti — an uploaded file. Checked before a byte is stored (the SKP, the period, the IKI),
 * received and checked as it streams (berkas.service.ts), then recorded in one transaction that checks
 * again; a stored object whose row did not commit is removed.
 */
export async function unggahBukti(
  db: Db,
  p: Penyimpanan,
  ctx: Ctx,
  skpId: string,
  input: BuktiUnggahInput,
  unggahan: Unggahan,
  log?: FastifyBaseLogger,
): Promise<BuktiView> {
  const s = await db.transaction(async (tx) => {
    const s = await muatUntukUbahBukti(tx, ctx, skpId, input.periode)
    await periksaIki(tx, s, { ikiId: input.ikiId, periode: input.periode })
    return s
  })
  const diterima = await terimaBerkas(p, unggahan, {
    instansiId: s.instansiId,
    tahun: s.tahun,
    batasMb: await batasUnggahMb(db, s),
  })
  try {
    return await db.transaction(async (tx) => {
      const s2 = await muatUntukUbahBukti(tx, ctx, skpId, input.periode)
      await periksaIki(tx, s2, { ikiId: input.ikiId, periode: input.periode })
      const b = await catatBerkas(tx, s2.instansiId, ctx.actor.akunId, diterima)
      const row = await repo.insertBukti(tx, {
        instansiId: s2.instansiId,
        skpId: s2.id,
        ikiId: input.ikiId,
        periode: input.periode,
        jenis: input.jenis,
        berkasId: b.id,
        keterangan: input.keterangan || null,
        dibuatOleh: ctx.actor.pegawaiId,
      })
      const { kunci: _k, ...berkasAudit } = b
      await catatAudit(tx, ctx, {
        instansiId: s2.instansiId,
        aksi: 'bukti_unggah',
        entitas: ENTITAS,
        entitasId: row.id,
        sesudah: { ...row, berkas: berkasAudit },
      })
      return baris(tx, s2.instansiId, row.id)
    })
  } catch (e) {
    await buangObjek(p, diterima.kunci, log)
    throw e
  }
}

async function muatBukti(db: Db, ctx: Ctx, id: string) {
  const b = await repo.findBukti(db, lingkupSkp(ctx.actor), id)
  if (!b) throw notFound(BUKTI)
  return b
}

/** GET /bukti/:id/berkas — the file, for whoever may read the SKP. */
export async function unduhBukti(db: Db, p: Penyimpanan, ctx: Ctx, id: string, reply: FastifyReply) {
  const b = await muatBukti(db, ctx, id)
  await muatSkp(db, ctx.actor, b.skpId)
  const f = b.berkasId ? await cariBerkas(db, b.instansiId, b.berkasId) : undefined
  if (!f) throw notFound({ id: 'Berkas', en: 'File' })
  return kirimBerkas(reply, p, f)
}

/**
 * DELETE /bukti/:id — the owner, while the period is open; the stored file goes after commit, unless an
 * earlier version of the SKP names it.
 */
export async function hapusBukti(db: Db, p: Penyimpanan, ctx: Ctx, id: string, log?: FastifyBaseLogger) {
  const kunci = await db.transaction(async (tx) => {
    const b = await muatBukti(tx, ctx, id)
    await muatUntukUbahBukti(tx, ctx, b.skpId, b.periode)
    const f = b.berkasId ? await cariBerkas(tx, b.instansiId, b.berkasId) : undefined
    await repo.deleteBukti(tx, b.instansiId, b.id)
    // a file an earlier version of the SKP names stays stored (skp-revisi: earlier versions stay readable)
    const simpan = f ? await berkasDirujukRevisi(tx, f.instansiId, f.id) : false
    if (f && !simpan) await hapusBerkas(tx, f)
    await catatAudit(tx, ctx, {
      instansiId: b.instansiId,
      aksi: 'bukti_hapus',
      entitas: ENTITAS,
      entitasId: b.id,
      sebelum: {
        ...b,
        berkas: f ? { nama: f.nama, mime: f.mime, ukuran: f.ukuran, sha256: f.sha256 } : null,
      },
    })
    return simpan ? undefined : f?.kunci
  })
  if (kunci) await buangObjek(p, kunci, log)
}
