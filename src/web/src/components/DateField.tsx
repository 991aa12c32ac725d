import { DateInput, type DateInputProps } from '@mantine/dates'

/** A date input that reads and writes `yyyy-mm-dd` and shows `DD/MM/YYYY` as Indonesians write it. */
export function DateField(
  props: Omit<DateInputProps, 'value' | 'onChange'> & {
    value: string | null | undefined
    onChange: (value: string | null) => void
  },
) {
  const { value, onChange, ...rest } = props
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="DD/MM/YYYY"
      clearable={!rest.required}
      value={value || null}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
      {...rest}
    />
  )
}
