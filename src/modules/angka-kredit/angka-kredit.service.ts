import type { Db } from '../../db/client.ts'
import { KOEFISIEN_AK_TAHUNAN } from '../../domain/angka-kredit.ts'
import type { AngkaKreditAwalInput, KoefisienAkDaftar, KoefisienAkInput } from '../../shared/angka-kredit.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import {
  assertAdminInstansi,
  assertAdminNasional,
  isAdminInstansi,
  isAdminNasional,
} from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { hariIni } from '../../server/clock.ts'
import { conflict, notFound } from '../../server/errors.ts'
import { JENJANG_FUNGSIONAL } from '../../shared/organisasi.ts'
import { angkaKreditTahun } from './angka-kredit.baca.ts'
import { muatPegawaiBaca } from './angka-kredit.policy.ts'
import * as repo from './angka-kredit.repository.ts'

const viewKoefisien = (k: repo.KoefisienAkRow) => ({
  id: k.id,
  jenjang: k.jenjang,
  koefisien: k.koefisien,
  berlakuMulai: k.berlakuMulai,
  dasarHukum: k.dasarHukum,
  createdAt: k.createdAt.toISOString(),
})

/** GET /referensi/koefisien-ak — national reference data, readable by every signed-in user. */
export async function daftarKoefisien(db: Db): Promise<KoefisienAkDaftar> {
  const bawaan = Object.fromEntries(
    JENJANG_FUNGSIONAL.map((j) => [
      j,
      KOEFISIEN_AK_TAHUNAN[j.toUpperCase() as keyof typeof KOEFISIEN_AK_TAHUNAN],
    ]),
  ) as KoefisienAkDaftar['bawaan']
  return { items: (await repo.listKoefisien(db)).map(viewKoefisien), bawaan }
}

/**
 * POST /referensi/koefisien-ak — the admin nasional publishes a jenjang's annual coefficient from a date
 * (PermenPANRB 1/2023 as amended). Published rows are never edited: a new date supersedes.
 */
export async function terbitkanKoefisien(db: Db, ctx: Ctx, input: KoefisienAkInput) {
  assertAdminNasional(ctx.actor)
  return db.transaction(async (tx) => {
    const k = await repo.insertKoefisien(tx, {
      jenjang: input.jenjang,
      koefisien: input.koefisien,
      berlakuMulai: input.berlakuMulai,
      dasarHukum: input.dasarHukum ?? null,
      dibuatOlehAkunId: ctx.actor.akunId,
    })
    if (!k)
      throw conflict('KOEFISIEN_AK.SUDAH_ADA', {
        id: 'Koefisien jenjang ini dengan tanggal berlaku yang sama sudah diterbitkan.',
        en: 'A coefficient for this level with the same effective date is already published.',
      })
    await catatAudit(tx, ctx, {
      instansiId: null,
      aksi: 'koefisien_ak_terbit',
      entitas: 'koefisien_ak',
      entitasId: k.id,
      sesudah: viewKoefisien(k),
    })
    return viewKoefisien(k)
  })
}

/** GET /pegawai/:id/angka-kredit?tahun */
export async function bacaAngkaKredit(db: Db, ctx: Ctx, pegawaiId: string, tahun: number) {
  const p = await muatPegawaiBaca(db, ctx.actor, pegawaiId)
  const hasil = await angkaKreditTahun(db, p.instansiId, p.id, tahun)
  return { ...hasil, aksi: { ubahAwal: isAdminInstansi(ctx.actor, p.instansiId) } }
}

/** PUT /pegawai/:id/angka-kredit-awal — the opening balance (angka kredit integrasi), by an admin instansi. */
export async function simpanAngkaKreditAwal(
  db: Db,
  ctx: Ctx,
  pegawaiId: string,
  input: AngkaKreditAwalInput,
) {
  const lingkup = isAdminNasional(ctx.actor) ? undefined : (ctx.actor.instansiId ?? undefined)
  if (!lingkup && !isAdminNasional(ctx.actor)) throw notFound()
  return db.transaction(async (tx) => {
    const p = await repo.findPegawai(tx, lingkup, pegawaiId)
    if (!p) throw notFound({ id: 'Pegawai', en: 'Employee' })
    assertAdminInstansi(ctx.actor, p.instansiId)
    const lama = await repo.findAwal(tx, p.instansiId, p.id, true)
    const baru = await repo.simpanAwal(tx, {
      instansiId: p.instansiId,
      pegawaiId: p.id,
      nilai: input.nilai,
      tanggal: input.tanggal,
      jenjang: input.jenjang ?? null,
      keterangan: input.keterangan || null,
      dibuatOlehAkunId: ctx.actor.akunId,
    })
    const isi = (r: repo.AngkaKreditAwalRow | undefined) =>
      r ? { nilai: r.nilai, tanggal: r.tanggal, jenjang: r.jenjang, keterangan: r.keterangan } : null
    await catatAudit(tx, ctx, {
      instansiId: p.instansiId,
      aksi: 'angka_kredit_awal_ubah',
      entitas: 'pegawai',
      entitasId: p.id,
      sebelum: isi(lama),
      sesudah: isi(baru),
    })
    // answers this year's view (the page refetches the year it shows)
    const hasil = await angkaKreditTahun(tx, p.instansiId, p.id, Number(hariIni().slice(0, 4)))
    return { ...hasil, aksi: { ubahAwal: true } }
  })
}
