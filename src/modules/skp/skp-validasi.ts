import type { Db } from '../../db/client.ts'
import { badRequest, type FieldError } from '../../server/errors.ts'
import { galatIntervensi, konteksIntervensi, periksaIntervensi } from './intervensi.service.ts'
import * as rhkRepo from './rhk.repository.ts'
import type { SkpRow } from './skp.repository.ts'

/**
 * Before submitting (PermenPANRB 6/2022, DOMAIN §2): at least one utama RHK; every RHK has an IKI in the
 * shape of the SKP's pendekatan (cekBentukIki); perspektif on every RHK of an SKP JPT and nowhere else; every intervensi link still allowed (the
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
        // a cell of the Matriks Peran Hasil gives an RHK with no IKI: name the RHK so its owner finds it
        message: {
          id: `RHK "${r.deskripsi}" belum memiliki indikator (IKI); tambahkan minimal satu.`,
          en: `The RHK "${r.deskripsi}" has no indicator (IKI) yet; add at least one.`,
        },
      })
    }
    salah.push(...cekBentukIki(s.pendekatan, milik, `rhk.${i}.iki`))
    if (r.perspektif && s.varian !== 'jpt') {
      salah.push({
        path: `rhk.${i}.perspektif`,
        message: { id: 'Perspektif hanya untuk SKP JPT.', en: 'Perspektif is for SKP JPT only.' },
      })
    }
    // DOMAIN §2: in the SKP for JPT and pimpinan unit kerja mandiri every RHK names its perspektif.
    if (!r.perspektif && s.varian === 'jpt') {
      salah.push({
        path: `rhk.${i}.perspektif`,
        message: {
          id: 'Perspektif wajib diisi pada setiap RHK SKP JPT.',
          en: 'Every RHK of an SKP for JPT needs a perspektif.',
        },
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

type Pendekatan = SkpRow['pendekatan']

/** 400 for IKI that do not have the shape of the SKP's pendekatan. */
export const galatBentukIki = (pendekatan: Pendekatan, salah: FieldError[]) =>
  badRequest(
    'RHK.BENTUK_IKI',
    pendekatan === 'kualitatif'
      ? {
          id: 'IKI pendekatan kualitatif berupa ukuran keberhasilan dengan target uraian, tanpa aspek dan angka.',
          en: 'A kualitatif IKI is a measure of success with a target in words, without aspek or number.',
        }
      : {
          id: 'IKI pendekatan kuantitatif memerlukan aspek, target angka, dan satuan.',
          en: 'A kuantitatif IKI needs an aspek, a numeric target and a unit.',
        },
    salah,
  )

/** The fields an IKI is checked on, as input or as a stored row (numeric columns may come as strings). */
interface BentukIki {
  aspek?: string | null
  targetMin?: number | string | null
  targetMax?: number | string | null
  satuan?: string | null
  targetTeks?: string | null
  polaritas?: string | null
}

const kosong = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '')

const galat = (path: string, id: string, en: string): FieldError => ({ path, message: { id, en } })

/**
 * The IKI shape follows the pendekatan (PermenPANRB 6/2022, DOMAIN §2). Kuantitatif: an aspek and a
 * positive numeric target (a range max ≥ min) with its unit, no target in words. Kualitatif: a target in
 * words, unit optional, and neither aspek nor number. Returns every problem, each at `${prefix}.${j}.field`.
 */
export function cekBentukIki(pendekatan: Pendekatan, list: BentukIki[], prefix: string): FieldError[] {
  const salah: FieldError[] = []
  for (const [j, x] of list.entries()) {
    const p = `${prefix}.${j}`
    if (pendekatan === 'kualitatif') {
      if (kosong(x.targetTeks))
        salah.push(
          galat(`${p}.targetTeks`, 'Target (uraian) wajib diisi.', 'The target (in words) is required.'),
        )
      if (!kosong(x.aspek))
        salah.push(
          galat(
            `${p}.aspek`,
            'IKI pendekatan kualitatif tidak memakai aspek.',
            'A kualitatif IKI has no aspek.',
          ),
        )
      for (const f of ['targetMin', 'targetMax'] as const)
        if (!kosong(x[f]))
          salah.push(
            galat(
              `${p}.${f}`,
              'IKI pendekatan kualitatif tidak memakai target angka; tuliskan targetnya dalam kata-kata.',
              'A kualitatif IKI has no numeric target; write the target in words.',
            ),
          )
      continue
    }
    if (kosong(x.aspek)) salah.push(galat(`${p}.aspek`, 'Aspek wajib dipilih.', 'Choose an aspek.'))
    if (kosong(x.satuan)) salah.push(galat(`${p}.satuan`, 'Satuan wajib diisi.', 'The unit is required.'))
    if (!kosong(x.targetTeks))
      salah.push(
        galat(
          `${p}.targetTeks`,
          'IKI pendekatan kuantitatif memakai target angka, bukan uraian.',
          'A kuantitatif IKI has a numeric target, not one in words.',
        ),
      )
    const min = kosong(x.targetMin) ? NaN : Number(x.targetMin)
    salah.push(...cekTarget(p, min, x.targetMax, x.polaritas === 'turun'))
  }
  return salah
}

/**
 * A target is a positive number, or a range; 0 (zero findings, zero cases) only where lower is better or as
 * the lower end of a range (DOMAIN §4, capaian.ts: a higher-is-better target of 0 has no percentage).
 */
function cekTarget(
  path: string,
  min: number,
  maxMentah: number | string | null | undefined,
  turun: boolean,
): FieldError[] {
  const max = kosong(maxMentah) ? null : Number(maxMentah)
  const nolBoleh = turun || (max !== null && max > 0)
  if (!(min > 0 || (min === 0 && nolBoleh))) {
    return [
      {
        path: `${path}.targetMin`,
        message:
          min === 0
            ? {
                id: 'Target 0 hanya untuk indikator "semakin rendah semakin baik".',
                en: 'A target of 0 only fits a "lower is better" indicator.',
              }
            : { id: 'Target harus lebih dari 0.', en: 'Target must be greater than 0.' },
      },
    ]
  }
  if (max !== null && max < min) {
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
