import type { Db } from '../../db/client.ts'
import { badRequest, type FieldError } from '../../server/errors.ts'
import { galatIntervensi, konteksIntervensi, periksaIntervensi } from './intervensi.service.ts'
import * as rhkRepo from './rhk.repository.ts'
import type { SkpRow } from './skp.repository.ts'

/**
 * Before submitting (PermenPANRB 6/2022, DOMAIN §2): at least one utama RHK; every RHK has an IKI with
 * positive targets (max ≥ min); perspektif only in SKP JPT; every intervensi link still allowed (the
 * atasan's SKP may have been reopened since). Every problem is reported at once, with its field path.
 */
export async function validasiPengajuan(tx: Db, s: SkpRow) {
  const rhk = await rhkRepo.listRhkSkp(tx, s.instansiId, s.id)
  const iki = await rhkRepo.listIkiSkp(
    tx,
    s.instansiId,
    rhk.map((r) => r.id),
  )
  const salah: FieldError[] = []
  if (!rhk.some((r) => r.jenis === 'utama')) {
    salah.push({
      path: 'rhk',
      message: { id: 'Minimal satu RHK utama.', en: 'At least one main (utama) RHK.' },
    })
  }
  const konteks = await konteksIntervensi(tx, s)
  for (const [i, r] of rhk.entries()) {
    const milik = iki.filter((x) => x.rhkId === r.id)
    if (milik.length === 0) {
      salah.push({
        path: `rhk.${i}.iki`,
        message: { id: 'Minimal satu indikator (IKI).', en: 'At least one indicator (IKI).' },
      })
    }
    for (const [j, x] of milik.entries())
      salah.push(...cekTarget(`rhk.${i}.iki.${j}`, Number(x.targetMin), x.targetMax))
    if (r.perspektif && s.varian !== 'jpt') {
      salah.push({
        path: `rhk.${i}.perspektif`,
        message: { id: 'Perspektif hanya untuk SKP JPT.', en: 'Perspektif is for SKP JPT only.' },
      })
    }
    const kode = await periksaIntervensi(tx, s, konteks, r.id, r.intervensiRhkId)
    if (kode) salah.push(...galatIntervensi(kode, `rhk.${i}.intervensiRhkId`).fieldErrors)
  }
  // DOMAIN §2 Tim Kerja: a member's SKP carries at least one IKI for each team assignment.
  for (const tim of await rhkRepo.cekTimKerja(tx, s.instansiId, s.id)) {
    if (tim.terpenuhi) continue
    salah.push({
      path: 'timKerja',
      message: {
        id: `Belum ada RHK dengan IKI untuk tim kerja "${tim.nama}".`,
        en: `No RHK with an IKI for the team "${tim.nama}" yet.`,
      },
    })
  }
  if (salah.length > 0) {
    throw badRequest(
      'SKP.BELUM_LENGKAP',
      { id: 'SKP belum dapat diajukan.', en: 'The SKP cannot be submitted yet.' },
      salah,
    )
  }
}

function cekTarget(path: string, min: number, max: number | null): FieldError[] {
  if (!(min > 0)) {
    return [
      {
        path: `${path}.targetMin`,
        message: { id: 'Target harus lebih dari 0.', en: 'Target must be greater than 0.' },
      },
    ]
  }
  if (max !== null && Number(max) < min) {
    return [
      {
        path: `${path}.targetMax`,
        message: {
          id: 'Target maksimal tidak boleh kurang dari minimal.',
          en: 'Maximum target must not be below the minimum.',
        },
      },
    ]
  }
  return []
}
