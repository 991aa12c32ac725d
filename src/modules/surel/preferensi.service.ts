import type { Database } from '../../db/client.ts'
import { TIPE_NOTIFIKASI } from '../../shared/enums.ts'
import { surelBawaan, type PreferensiSurelInput, type PreferensiSurelView } from '../../shared/surel.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { sekarang } from '../../server/clock.ts'
import { forbidden } from '../../server/errors.ts'
import { surelAktif } from './surel.antrean.ts'
import * as repo from './surel.repository.ts'

/**
 * Each person's choice of which notifications also come by mail (GET/PUT /profil/notifikasi). Their own
 * only: the pegawai of the session's account. A choice equal to the default is not stored, so a type
 * whose default changes follows the new default for everyone who never touched it.
 */
export function preferensiService({ db }: Database) {
  const pemilik = (ctx: Ctx) =>
    ctx.actor.instansiId && ctx.actor.pegawaiId
      ? { instansiId: ctx.actor.instansiId, pegawaiId: ctx.actor.pegawaiId }
      : null

  async function baca(ctx: Ctx): Promise<PreferensiSurelView> {
    const p = pemilik(ctx)
    const [alamat, pilihan] = p
      ? await Promise.all([
          repo.findAlamat(db, p.instansiId, p.pegawaiId),
          repo.listPreferensi(db, p.instansiId, p.pegawaiId),
        ])
      : [undefined, []]
    const disimpan = new Map(pilihan.map((r) => [r.tipe, r.surel]))
    return {
      alamat: alamat?.email?.trim() || null,
      surelAktif: surelAktif(),
      bisaDiatur: p !== null,
      items: TIPE_NOTIFIKASI.map((tipe) => ({
        tipe,
        surel: disimpan.get(tipe) ?? surelBawaan(tipe),
        bawaan: surelBawaan(tipe),
      })),
    }
  }

  async function ubah(ctx: Ctx, input: PreferensiSurelInput): Promise<PreferensiSurelView> {
    const p = pemilik(ctx)
    if (!p)
      throw forbidden({
        id: 'Akun ini tidak terhubung ke data pegawai, jadi tidak menerima notifikasi.',
        en: 'This account has no employee data, so it receives no notifications.',
      })
    const hapus = input.items.filter((i) => i.surel === surelBawaan(i.tipe)).map((i) => i.tipe)
    const simpan = input.items.filter((i) => i.surel !== surelBawaan(i.tipe))
    await db.transaction((tx) =>
      repo.simpanPreferensi(tx, p.instansiId, p.pegawaiId, { hapus, simpan, saat: sekarang() }),
    )
    return baca(ctx)
  }

  return { baca, ubah }
}
