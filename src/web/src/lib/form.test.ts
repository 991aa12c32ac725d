// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { GantiPasswordInput } from '../../../shared/akun.ts'
import { setBahasa } from '../i18n/index.ts'
import { ApiError } from './api.ts'
import { checkInput, currentErrors, emptyToNull, errorsAfterChange, fieldErrorsFromApi } from './form.ts'

describe('fieldErrorsFromApi', () => {
  it('puts each server error next to its field, nested paths on their top field, the rest aside', () => {
    const err = new ApiError(400, 'VALIDATION', 'Sebagian isian tidak valid.', [
      { path: 'passwordBaru', message: 'terlalu pendek' },
      { path: 'passwordBaru', message: 'kedua' },
      { path: 'penugasan.mulai', message: 'tanggal salah' },
      { path: 'baris.3.NIP', message: 'NIP salah' },
    ])
    const { fieldErrors, other } = fieldErrorsFromApi(err, ['passwordBaru', 'penugasan'])
    expect(fieldErrors).toEqual({ passwordBaru: 'terlalu pendek', penugasan: 'tanggal salah' })
    expect(other).toEqual(['NIP salah'])
  })
})

describe('checkInput', () => {
  const values = { passwordLama: 'lama-sekali', passwordBaru: 'lama-sekali' }

  it('reports empty required fields first, in the current language', async () => {
    await setBahasa('id')
    const r = checkInput(
      { ...values, passwordLama: '' },
      { initialValues: values, required: ['passwordLama'] },
    )
    expect(r).toEqual({ ok: false, errors: { passwordLama: 'Wajib diisi' }, formError: null })
  })

  it('localises the shared schema messages ("id|en")', async () => {
    await setBahasa('en')
    const r = checkInput(values, { initialValues: values, schema: GantiPasswordInput })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.passwordBaru).toBe('The new password must differ from the current one')
    await setBahasa('id')
    const again = checkInput(values, { initialValues: values, schema: GantiPasswordInput })
    if (!again.ok) expect(again.errors.passwordBaru).toBe('Kata sandi baru harus berbeda')
  })

  it('returns the transformed, parsed request when valid', () => {
    const r = checkInput(
      { nama: 'x', lokasi: '' },
      { initialValues: { nama: '', lokasi: '' }, transform: emptyToNull },
    )
    expect(r).toEqual({ ok: true, data: { nama: 'x', lokasi: null } })
  })
})

describe('errorsAfterChange', () => {
  const errors = { nama: 'Wajib diisi', 'iki.0.satuan': 'Wajib diisi', lokasi: 'terlalu panjang' }

  it('keeps the changed field’s error (with the current message) while it is still invalid', () => {
    const next = errorsAfterChange(errors, 'nama', () => ({ nama: 'Nama minimal 3 karakter' }))
    expect(next).toEqual({ ...errors, nama: 'Nama minimal 3 karakter' })
  })

  it('drops it, and only it, as soon as the value is valid; nested paths go with their field', () => {
    expect(errorsAfterChange(errors, 'nama', () => ({ lokasi: 'x' }))).toEqual({
      'iki.0.satuan': 'Wajib diisi',
      lokasi: 'terlalu panjang',
    })
    expect(errorsAfterChange(errors, 'iki', () => ({}))).toEqual({
      nama: 'Wajib diisi',
      lokasi: 'terlalu panjang',
    })
  })

  it('does not check at all when the changed field has no error (no schema run per keystroke)', () => {
    let asked = false
    const same = errorsAfterChange(errors, 'golongan', () => {
      asked = true
      return {}
    })
    expect(same).toBe(errors)
    expect(asked).toBe(false)
  })
})

describe('currentErrors', () => {
  it('reports an empty required field and the schema errors of the others together', async () => {
    await setBahasa('id')
    const values = { passwordLama: '', passwordBaru: 'pendek' }
    const errors = currentErrors(values, {
      initialValues: values,
      required: ['passwordLama'],
      schema: GantiPasswordInput,
    })
    // checkInput stops at the empty required field; currentErrors also judges the field being typed.
    expect(errors).toEqual({
      passwordLama: 'Wajib diisi',
      passwordBaru: 'Kata sandi baru minimal 10 karakter',
    })
  })
})
