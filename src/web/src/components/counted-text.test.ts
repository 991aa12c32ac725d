// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { act, createElement, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BukaInput } from '../../../shared/skp.ts'
import { setBahasa } from '../i18n/index.ts'
import { useForm } from '../lib/form.ts'
import { maxLengthOf } from '../lib/max-length.ts'
import { CountedTextarea } from './CountedText.tsx'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const MAX = maxLengthOf(BukaInput, 'alasan') // 2000, from the shared contract

/** A form like the SKP's "Buka kembali": one required text with the contract's maximum. */
function AlasanForm({ onSend }: { onSend: (alasan: string) => void }) {
  const form = useForm({ initialValues: { alasan: '' }, schema: BukaInput })
  return createElement(
    'form',
    { onSubmit: form.onSubmit((d) => onSend(d.alasan)), noValidate: true },
    createElement(CountedTextarea, { label: 'Alasan', max: MAX, ...form.field('alasan') }),
    createElement('button', { type: 'submit' }, 'Kirim'),
  )
}

let host: HTMLDivElement
let root: Root
const render = async (node: ReactNode) => {
  await act(async () => root.render(createElement(MantineProvider, null, node)))
}
const textarea = () => host.querySelector('textarea')!
const errorText = () => host.querySelector('.mantine-InputWrapper-error')?.textContent ?? null
const counter = () => host.querySelector('[data-testid="hitungan-teks"]')!

/** Types into a React-controlled field the way a browser does (native setter, then an input event). */
async function ketik(value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
  await act(async () => {
    setter.call(textarea(), value)
    textarea().dispatchEvent(new Event('input', { bubbles: true }))
  })
}
const kirim = async () => {
  await act(async () => {
    host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
  })
}

beforeEach(async () => {
  await setBahasa('id')
  host = document.createElement('div')
  document.body.appendChild(host)
  root = createRoot(host)
})
afterEach(async () => {
  await act(async () => root.unmount())
  host.remove()
})

describe('CountedTextarea', () => {
  it('shows n/max from the shared contract and never sets a truncating maxlength', async () => {
    await render(createElement(AlasanForm, { onSend: () => {} }))
    expect(MAX).toBe(2000)
    expect(counter().textContent).toBe('0/2000')
    expect(textarea().hasAttribute('maxlength')).toBe(false)
    await ketik('  Target perlu disesuaikan  ')
    // The schema trims before .max(): spaces at either end are not counted.
    expect(counter().textContent).toBe('24/2000')
  })

  it('keeps text over the limit as typed, says so at once, and refuses to send it', async () => {
    const onSend = vi.fn()
    await render(createElement(AlasanForm, { onSend }))
    const panjang = 'a'.repeat(MAX + 15)
    await ketik(panjang)
    expect(textarea().value).toBe(panjang)
    expect(counter().textContent).toBe(`${MAX + 15}/${MAX}`)
    expect(counter().getAttribute('data-over')).toBe('true')
    expect(errorText()).toBe(`Maksimal ${MAX} karakter (kelebihan 15)`)
    expect(textarea().getAttribute('aria-invalid')).toBe('true')
    await kirim()
    expect(onSend).not.toHaveBeenCalled()
    expect(errorText()).toBe(`Maksimal ${MAX} karakter`) // the contract's own message after submit
    expect(textarea().value).toBe(panjang)
  })
})

describe('useForm field errors', () => {
  it('keep an error while the value is still invalid and clear it as soon as it is valid', async () => {
    const onSend = vi.fn()
    await render(createElement(AlasanForm, { onSend }))
    await kirim()
    expect(errorText()).toBe('Wajib diisi')
    await ketik('   ') // only spaces: still empty after trim
    expect(errorText()).toBe('Wajib diisi')
    await ketik('a'.repeat(MAX + 1))
    expect(errorText()).toBe(`Maksimal ${MAX} karakter`)
    await ketik('a'.repeat(MAX))
    expect(errorText()).toBeNull()
    expect(textarea().hasAttribute('aria-invalid')).toBe(false)
    await kirim()
    expect(onSend).toHaveBeenCalledWith('a'.repeat(MAX))
  })
})
