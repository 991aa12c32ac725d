import { useState } from 'react'
import type { Akumulasi, Polaritas } from '../../../../../shared/enums.ts'
import { RhkInput, type RhkView, type SkpView } from '../../../../../shared/skp.ts'
import { isApiError } from '../../../lib/api.ts'
import { errorsAfterChange, validateWith, type FieldErrors } from '../../../lib/form.ts'

export interface IkiNilai {
  aspek: string
  indikator: string
  targetMin: number | string
  targetMax: number | string
  satuan: string
  /** Kualitatif: the target in words. */
  targetTeks: string
  /** Kuantitatif only (DOMAIN §4): higher or lower is better; how the periods add up. */
  polaritas: string
  akumulasi: string
}

type Pendekatan = SkpView['pendekatan']

export interface RhkNilai {
  jenis: string
  deskripsi: string
  intervensiRhkId: string | null
  klasifikasi: string
  penugasanDari: string
  perspektif: string | null
  iki: IkiNilai[]
}

export const ikiKosong = (pendekatan: Pendekatan = 'kuantitatif'): IkiNilai => ({
  aspek: pendekatan === 'kualitatif' ? '' : 'kuantitas',
  indikator: '',
  targetMin: '',
  targetMax: '',
  satuan: '',
  targetTeks: '',
  polaritas: 'naik',
  akumulasi: 'jumlah',
})

export function nilaiAwal(
  rhk: RhkView | null,
  jenis: RhkView['jenis'],
  pendekatan: Pendekatan = 'kuantitatif',
): RhkNilai {
  if (!rhk) {
    return {
      jenis,
      deskripsi: '',
      intervensiRhkId: null,
      klasifikasi: 'individu',
      penugasanDari: '',
      perspektif: null,
      iki: [ikiKosong(pendekatan)],
    }
  }
  return {
    jenis: rhk.jenis,
    deskripsi: rhk.deskripsi,
    intervensiRhkId: rhk.intervensi?.rhkId ?? null,
    klasifikasi: rhk.klasifikasi,
    penugasanDari: rhk.penugasanDari ?? '',
    perspektif: rhk.perspektif,
    iki: rhk.iki.map((i) => ({
      aspek: i.aspek ?? (pendekatan === 'kualitatif' ? '' : 'kuantitas'),
      indikator: i.indikator,
      targetMin: i.targetMin ?? '',
      targetMax: i.targetMax ?? '',
      satuan: i.satuan ?? '',
      targetTeks: i.targetTeks ?? '',
      polaritas: i.polaritas,
      akumulasi: i.akumulasi,
    })),
  }
}

/** Paths the editor shows next to a field; anything else goes to the form-level message. */
const ditampilkan = (path: string) =>
  ['jenis', 'deskripsi', 'intervensiRhkId', 'klasifikasi', 'penugasanDari', 'perspektif', 'iki'].includes(
    path,
  ) || /^iki\.\d+\.(aspek|indikator|targetMin|targetMax|satuan|targetTeks|polaritas|akumulasi)$/.test(path)

const angka = (v: number | string) => (v === '' ? undefined : Number(v))

/**
 * Form values → the request body (empty optional fields become null; zod reports empty targets). Only the
 * fields of the SKP's pendekatan are sent (DOMAIN §2): kualitatif = indikator + target in words + optional
 * unit; kuantitatif = aspek + numeric target (or range) + unit. The server checks the shape again.
 */
export const keInput = (v: RhkNilai, pendekatan: Pendekatan = 'kuantitatif') => ({
  ...v,
  penugasanDari: v.penugasanDari.trim() || null,
  iki: v.iki.map((i) =>
    pendekatan === 'kualitatif'
      ? { indikator: i.indikator, targetTeks: i.targetTeks, satuan: i.satuan.trim() || null }
      : {
          aspek: i.aspek,
          indikator: i.indikator,
          targetMin: angka(i.targetMin),
          targetMax: i.targetMax === '' ? null : Number(i.targetMax),
          satuan: i.satuan,
          polaritas: i.polaritas as Polaritas,
          akumulasi: i.akumulasi as Akumulasi,
        },
  ),
})

/** The errors the shared schema finds in these values now (none when valid). */
export function galatNilai(v: RhkNilai, pendekatan: Pendekatan): FieldErrors {
  const cek = validateWith(RhkInput, keInput(v, pendekatan))
  return cek.ok ? {} : cek.errors
}

/**
 * The RHK editor's state: nested IKI rows, errors by dotted path (`iki.1.targetMin`) from the shared zod
 * schema before sending and from the server after (same paths), one form-level message.
 */
export function useRhkForm(awal: RhkNilai, pendekatan: Pendekatan = 'kuantitatif') {
  const [values, setValues] = useState<RhkNilai>(awal)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  // a field's error goes as soon as the field is valid, and stays (updated) while it is not (lib/form.ts)
  const ubah = (next: RhkNilai, path: string) => {
    setValues(next)
    setErrors((e) => errorsAfterChange(e, path, () => galatNilai(next, pendekatan)))
  }
  const set = <K extends keyof RhkNilai>(key: K, value: RhkNilai[K]) => ubah({ ...values, [key]: value }, key)
  const setIki = (i: number, key: keyof IkiNilai, value: string | number) =>
    ubah(
      { ...values, iki: values.iki.map((x, j) => (j === i ? { ...x, [key]: value } : x)) },
      `iki.${i}.${key}`,
    )
  const tambahIki = () => setValues((v) => ({ ...v, iki: [...v.iki, ikiKosong(pendekatan)] }))
  // Row errors are keyed by index: after removing a row they would point at the wrong one.
  const hapusIki = (i: number) => {
    setValues((v) => ({ ...v, iki: v.iki.filter((_, j) => j !== i) }))
    setErrors({})
  }
  const submit = (handler: (input: RhkInput) => Promise<unknown>) => async (e: React.FormEvent) => {
    e.preventDefault()
    const cek = validateWith(RhkInput, keInput(values, pendekatan))
    setFormError(null)
    if (!cek.ok) return setErrors(cek.errors)
    setErrors({})
    setSubmitting(true)
    try {
      await handler(cek.data)
    } catch (err) {
      if (!isApiError(err)) return setFormError(String(err))
      setErrors(Object.fromEntries(err.errors.map((x) => [x.path, x.message])))
      const semuaTampil = err.errors.length > 0 && err.errors.every((x) => ditampilkan(x.path))
      setFormError(semuaTampil ? null : err.message)
    } finally {
      setSubmitting(false)
    }
  }
  return { values, errors, formError, submitting, pendekatan, set, setIki, tambahIki, hapusIki, submit }
}

export type RhkForm = ReturnType<typeof useRhkForm>
