import type { Db } from '../../db/client.ts'
import { isoDate, lastDayOfMonth } from '../../domain/iso-date.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { isAdminInstansi, isAdminNasional } from '../../server/auth/policy.ts'
import { hariIni } from '../../server/clock.ts'
import { conflict, forbidden, notFound } from '../../server/errors.ts'
import type { LaporanTunjangan, TunjanganQuery } from '../../shared/tunjangan.ts'
import { dilihatDariAtas } from '../pegawai/hierarki.ts'
import { muatPengaturanSkp } from '../pelaksanaan/kunci.ts'
import * as repo from './tunjangan.repository.ts'

/** The periodic codes that cover a month: monthly, quarterly and semester periods (DOMAIN §4). */
export const kodeBulan = (bulan: number) => [
  `B${String(bulan).padStart(2, '0')}`,
  `TW${Math.ceil(bulan / 3)}`,
  `S${Math.ceil(bulan / 6)}`,
]

/**
 * GET /tunjangan/laporan — DOMAIN §7: the predikat feeds Tukin/TPP through each instansi's own percentage table.
 * For the admin instansi, or whoever sees the unit from above (its head, a head above, a pimpinan over it).
 */
export async function laporanTunjangan(db: Db, ctx: Ctx, q: TunjanganQuery): Promise<LaporanTunjangan> {
  const lingkup = isAdminNasional(ctx.actor) ? undefined : (ctx.actor.instansiId ?? undefined)
  if (!lingkup && !isAdminNasional(ctx.actor)) throw notFound()
  const u = await repo.findUnor(db, lingkup, q.unorId)
  if (!u) throw notFound({ id: 'Unit organisasi', en: 'Organisation unit' })
  const boleh =
    isAdminInstansi(ctx.actor, u.instansiId) ||
    (await dilihatDariAtas(db, {
      instansiId: u.instansiId,
      unorId: u.id,
      akunId: ctx.actor.akunId,
      pembacaPegawaiId: ctx.actor.pegawaiId,
      tanggal: hariIni(),
    }))
  if (!boleh) throw forbidden()
  const { pengaturan } = await muatPengaturanSkp(db, { instansiId: u.instansiId, tahun: q.tahun })
  const persen = pengaturan.persenTunjangan
  if (!persen)
    throw conflict('TUNJANGAN.BELUM_DIATUR', {
      id: `Tabel persentase tunjangan per predikat tahun ${q.tahun} belum diatur. Admin instansi mengisinya di Pengaturan → Tunjangan.`,
      en: `The allowance percentage per rating for ${q.tahun} is not set. An agency admin sets it in Settings → Allowance.`,
    })
  const baris = await repo.laporan(db, {
    instansiId: u.instansiId,
    unorId: u.id,
    tahun: q.tahun,
    awal: isoDate(q.tahun, q.bulan, 1),
    akhir: lastDayOfMonth(q.tahun, q.bulan),
    kode: kodeBulan(q.bulan),
  })
  const items = baris.map((b) => ({ ...b, persen: b.predikat ? (persen[b.predikat] ?? null) : null }))
  return {
    tahun: q.tahun,
    bulan: q.bulan,
    unor: { id: u.id, nama: u.nama },
    persenTunjangan: persen,
    items,
    jumlah: items.length,
    belumDinilai: items.filter((b) => b.predikat === null).length,
  }
}
