import type { Db } from '../../db/client.ts'
import { PesanNotifikasi } from '../../shared/notifikasi.ts'
import { surelBawaan } from '../../shared/surel.ts'
import { sekarang } from '../../server/clock.ts'
import { isiSurel, tautanSurel } from './surel.isi.ts'
import * as repo from './surel.repository.ts'

/**
 * Whether this process sends mail, and the base of its links. Set once by the surel routes from the
 * config (SMTP_HOST set = on), read by `antrekanSurel` inside every `kirimNotifikasi`: the process-wide
 * state is deliberate, so that sending a notification stays one call with no config to pass around.
 */
let setelan: { appUrl: string } | null = null

export function aturSurel(o: { aktif: boolean; appUrl: string }) {
  setelan = o.aktif ? { appUrl: o.appUrl } : null
}

export const surelAktif = () => setelan !== null

/** One address, nothing a mail header could read as a list or a display name. */
const ALAMAT = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\]+$/
export const alamatSah = (s: string | null | undefined): s is string =>
  Boolean(s) && s!.length <= 254 && ALAMAT.test(s!)

/** What `kirimNotifikasi` stored: enough to write the mail. */
export interface NotifikasiTersimpan {
  id: string
  instansiId: string
  penerimaPegawaiId: string
  tipe: string | null
  parameter: unknown
  tautan: string | null
}

/**
 * Queue the mail of a notification, in its transaction (src/modules/notifikasi calls this for every one):
 * when mail is on, the recipient has a valid address in the pegawai data and wants this type by mail
 * (their choice, else the default). The text is written now, in the language of their account.
 * Answers the notification, so the caller can pass it through.
 */
export async function antrekanSurel<T extends NotifikasiTersimpan>(tx: Db, n: T): Promise<T> {
  if (!setelan || !n.tipe) return n
  const pesan = PesanNotifikasi.safeParse({ tipe: n.tipe, parameter: n.parameter })
  if (!pesan.success) return n
  const penerima = await repo.findPenerima(tx, n.instansiId, n.penerimaPegawaiId, pesan.data.tipe)
  if (!penerima || !alamatSah(penerima.email)) return n
  if (!(penerima.pilihan ?? surelBawaan(pesan.data.tipe))) return n
  const bahasa = penerima.bahasa ?? 'id'
  const isi = isiSurel(pesan.data, bahasa, tautanSurel(setelan.appUrl, n.tautan), setelan.appUrl)
  const saat = sekarang()
  await repo.insertSurel(tx, {
    instansiId: n.instansiId,
    penerimaPegawaiId: n.penerimaPegawaiId,
    notifikasiId: n.id,
    alamat: penerima.email,
    bahasa,
    ...isi,
    kirimSetelah: saat,
    createdAt: saat,
    updatedAt: saat,
  })
  return n
}
