import { Group, Text, Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Counted {
  /** The field's maximum from the shared zod contract: `maxLengthOf(RhkInput, 'deskripsi')`. */
  max: number
  value: string
}

/**
 * The length the server checks: the shared schemas trim before `.max()`, so spaces at either end
 * are not counted (and not saved).
 */
export const panjangTeks = (value: string) => value.trim().length

/**
 * "n/max" under the field, and an error as soon as the text is too long. Nothing is cut: a browser
 * `maxlength` would drop pasted text silently, so the text stays as typed and the form refuses it
 * (the shared schema's `.max()` on submit, a 400 field error from the API).
 */
function useCounter({ max, value, error }: Counted & { error: ReactNode }) {
  const { t } = useTranslation()
  const n = panjangTeks(value ?? '')
  const over = n > max
  const counter = (children: ReactNode) => (
    <>
      {children}
      <Group justify="flex-end" mt={2}>
        <Text
          size="xs"
          c={over ? 'var(--mantine-color-error)' : 'dimmed'}
          fw={over ? 600 : undefined}
          data-testid="hitungan-teks"
          data-over={over || undefined}
        >
          {t('teks.hitungan', { n, max })}
        </Text>
      </Group>
    </>
  )
  return {
    inputContainer: counter,
    error: error || (over ? t('teks.terlaluPanjang', { max, lebih: n - max }) : undefined),
  }
}

type CountedTextInputProps = Omit<TextInputProps, 'maxLength' | 'value'> & Counted

/** A TextInput with a character counter against the contract's maximum (never truncates). */
export function CountedTextInput({ max, value, error, ...rest }: CountedTextInputProps) {
  return <TextInput value={value} {...rest} {...useCounter({ max, value, error })} />
}

type CountedTextareaProps = Omit<TextareaProps, 'maxLength' | 'value'> & Counted

/** A Textarea with a character counter against the contract's maximum (never truncates). */
export function CountedTextarea({ max, value, error, ...rest }: CountedTextareaProps) {
  return <Textarea value={value} {...rest} {...useCounter({ max, value, error })} />
}
