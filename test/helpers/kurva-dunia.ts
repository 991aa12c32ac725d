import { eq } from 'drizzle-orm'
import { pegawai } from '../../src/db/schema/index.ts'
import type { Rating } from '../../src/domain/predikat.ts'
import type { StatusEvaluasi } from '../../src/shared/enums.ts'
import { client, type TestApp } from './app.ts'
import { buatEvaluasi } from './evaluasi-factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk, type Orang } from './skp-factories.ts'

/**
 * A unit for the curve tests: Bidang Uji headed by Kepala with staf + three more, one of them exempt (CLTN for
 * the whole year); the top leader heads the root unit. Approved SKPs for the year; evaluations on demand.
 */
export async function susunKurva(t: TestApp, Y: number) {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const orang = (nama: string) =>
    buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama })
  const staf = [p.staf, await orang('Staf Dua'), await orang('Staf Tiga'), await orang('Staf Empat')]
  const cltn = await orang('Staf Cuti')
  const skp = new Map<string, string>()
  for (const o of [p.top, p.kepala, ...staf, cltn])
    skp.set(o.pegawai.id, (await buatSkpDisetujui(t.database, o, { tahun: Y })).skp.id)
  await t.database.db
    .update(pegawai)
    .set({ status: 'cltn', statusMulai: `${Y - 1}-06-01`, statusSelesai: null })
    .where(eq(pegawai.id, cltn.pegawai.id))
  const k = async (a: { username: string }) => client(t.app, await masuk(t.app, a))
  async function nilai(
    o: Orang,
    ratingHasil: Rating | null,
    ratingPerilaku: Rating | null,
    status: StatusEvaluasi = 'draft',
    periode: 'TW1' | 'FINAL' = 'TW1',
  ) {
    return buatEvaluasi(t.database, skp.get(o.pegawai.id)!, { periode, status, ratingHasil, ratingPerilaku })
  }
  return {
    p,
    staf,
    cltn,
    nilai,
    top: await k(p.top.akun),
    kepala: await k(p.kepala.akun),
    pegawai: await k(p.staf.akun),
    admin: await k(p.admin),
  }
}
export type DuniaKurva = Awaited<ReturnType<typeof susunKurva>>
