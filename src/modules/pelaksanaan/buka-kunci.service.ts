import type { Db } from '../../db/client.ts'
import { tanggalDiZona } from '../../domain/kunci-realisasi.ts'
import type { BukaKunciInput, BukaKunciQuery, BukaKunciView } from '../../shared/pelaksanaan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { assertAdminInstansi, lingkupInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang, tahunIni } from '../../server/clock.ts'
import { conflict, fieldError, forbidden } from '../../server/errors.ts'
import { kirimNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { hitungPeriodeSkp, muatPengaturanSkp, periodeTidakSah } from './kunci.ts'
import { assertDisetujui } from './pelaksanaan.policy.ts'
import * as repo from './pantau.repository.ts'

/**
 * DOMAIN §4: an admin instansi reopens a locked period's realisasi for one pegawai's SKP, with a reason,
 * until a given instant (default 7 days, at most 90). Audited; the pegawai is notified.
 */
const HARI_MS = 86_400_000
const BAWAAN_HARI = 7
const MAKS_HARI = 90

export async function bukaKunci(db: Db, ctx: Ctx, input: BukaKunciInput): Promise<BukaKunciView> {
  return db.transaction(async (tx) => {
    const { s, peran } = await muatSkp(tx, ctx.actor, input.skpId, true)
    if (!peran.includes('admin_instansi')) throw forbidden()
    assertDisetujui(s)
    const now = sekarang()
    const { pengaturan } = await muatPengaturanSkp(tx, s)
    const p = hitungPeriodeSkp(s, pengaturan, now, []).find((x) => x.kode === input.periode)
    if (!p) throw periodeTidakSah(input.periode)
    if (now.getTime() < p.terkunciPada.getTime())
      throw conflict('REALISASI.BELUM_TERKUNCI', {
        id: `Realisasi periode ${p.nama} belum terkunci; tidak ada yang perlu dibuka.`,
        en: `Entry for ${p.nama} is not locked yet; there is nothing to reopen.`,
      })
    const sampai = input.berlakuSampai
      ? new Date(input.berlakuSampai)
      : new Date(now.getTime() + BAWAAN_HARI * HARI_MS)
    if (sampai.getTime() <= now.getTime() || sampai.getTime() > now.getTime() + MAKS_HARI * HARI_MS)
      throw fieldError('BUKA_KUNCI.BERLAKU_SAMPAI', 'berlakuSampai', {
        id: `Batas pembukaan harus setelah saat ini dan paling lama ${MAKS_HARI} hari lagi.`,
        en: `The reopening must end after now and within ${MAKS_HARI} days.`,
      })
    const row = (await repo.insertBukaKunci(tx, {
      instansiId: s.instansiId,
      skpId: s.id,
      periode: input.periode,
      alasan: input.alasan,
      berlakuSampai: sampai,
      oleh: ctx.actor.akunId,
      createdAt: now,
    }))!
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: 'buka_kunci',
      entitas: 'skp',
      entitasId: s.id,
      sesudah: { periode: input.periode, alasan: input.alasan, berlakuSampai: sampai.toISOString() },
    })
    await kirimNotifikasi(tx, {
      instansiId: s.instansiId,
      penerimaPegawaiId: s.pegawaiId,
      tipe: 'REALISASI_DIBUKA',
      parameter: {
        tahun: s.tahun,
        periode: input.periode,
        sampai: tanggalDiZona(sampai, pengaturan.zonaWaktu),
        alasan: input.alasan,
      },
      tautan: `/skp/${s.id}/realisasi?periode=${input.periode}`,
      perihal: s.id,
    })
    return {
      id: row.id,
      skpId: s.id,
      periode: row.periode,
      pegawaiNama: s.snapshot.pegawai.nama,
      pegawaiNip: s.snapshot.pegawai.nip ?? '',
      alasan: row.alasan,
      berlakuSampai: row.berlakuSampai.toISOString(),
      olehNama: ctx.actor.nama,
      createdAt: row.createdAt.toISOString(),
      berlaku: true,
    }
  })
}

/** GET /pelaksanaan/buka-kunci?tahun — the instansi's unlocks of a year (admin instansi). */
export async function daftarBukaKunci(db: Db, ctx: Ctx, q: BukaKunciQuery) {
  const instansiId = lingkupInstansi(ctx.actor, undefined)
  if (!instansiId) throw forbidden()
  assertAdminInstansi(ctx.actor, instansiId)
  const now = sekarang().getTime()
  const rows = await repo.listBukaKunci(db, instansiId, q.tahun ?? tahunIni())
  return {
    items: rows.map((r) => ({
      ...r,
      berlakuSampai: r.berlakuSampai.toISOString(),
      createdAt: r.createdAt.toISOString(),
      berlaku: r.berlakuSampai.getTime() > now,
    })),
  }
}
