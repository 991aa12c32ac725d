import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import type { z } from 'zod'
import i18n from '../i18n/index.ts'
import { ApiError, isApiError } from './api.ts'
import { zodIssueMessage, zodIssuePath } from './zod-messages.ts'

export type FieldErrors = Record<string, string>

/**
 * Splits the server's `errors[]` into messages for the form's own fields (by path; the first message
 * per field wins) and the rest, which the form shows in one alert.
 */
export function fieldErrorsFromApi(err: ApiError, fields: readonly string[]) {
  const known = new Set(fields)
  const fieldErrors: FieldErrors = {}
  const other: string[] = []
  for (const e of err.errors) {
    const path = known.has(e.path) ? e.path : fields.find((f) => e.path.startsWith(`${f}.`))
    if (path && !fieldErrors[path]) fieldErrors[path] = e.message
    else if (!path) other.push(e.message)
  }
  return { fieldErrors, other }
}

/** Client-side check with a shared zod schema, messages in the current language. */
export function validateWith<S extends z.ZodType>(schema: S, values: unknown) {
  const result = schema.safeParse(values)
  if (result.success) return { ok: true as const, data: result.data as z.output<S> }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const path = zodIssuePath(issue)
    if (!errors[path]) errors[path] = zodIssueMessage(issue)
  }
  return { ok: false as const, errors }
}

interface UseFormOptions<T, S extends z.ZodType | undefined> {
  initialValues: T
  /** Shared zod schema checked before sending; the server checks again. */
  schema?: S
  /** Turns input values into the request shape (e.g. '' → null) before the schema check. */
  transform?: (values: T) => unknown
  /** Fields that must not be empty; checked first, with a plain "required" message. */
  required?: (keyof T & string)[]
}

type Submitted<T, S> = S extends z.ZodType ? z.output<S> : T

/** Empty strings become null (cleared optional fields); other values pass through. */
export const emptyToNull = <T extends Record<string, unknown>>(values: T) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' ? null : v])) as {
    [K in keyof T]: T[K] extends string ? T[K] | null : T[K]
  }

/** Empty strings are left out (fields not given); other values pass through. */
export const emptyToUndefined = <T extends Record<string, unknown>>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== null)) as Partial<T>

const eventValue = (arg: unknown) => {
  const target = (arg as { currentTarget?: HTMLInputElement } | null)?.currentTarget
  if (!target || typeof target !== 'object' || !('value' in target)) return arg
  return target.type === 'checkbox' ? target.checked : target.value
}

type Checked<D> = { ok: true; data: D } | { ok: false; errors: FieldErrors; formError: string | null }

/**
 * Every field error the values have now: a required field left empty ("required"), then the schema's
 * messages for the other fields. Unlike checkInput it does not stop at the empty required fields, so a
 * change to one field can be judged while another is still empty.
 */
export function currentErrors<T extends Record<string, unknown>, S extends z.ZodType | undefined>(
  values: T,
  options: UseFormOptions<T, S>,
): FieldErrors {
  const errors: FieldErrors = {}
  if (options.schema) {
    const input = options.transform ? options.transform(values) : values
    const checked = validateWith(options.schema, input)
    if (!checked.ok) Object.assign(errors, checked.errors)
  }
  for (const k of options.required ?? []) {
    if (values[k] === '' || values[k] === null || values[k] === undefined) {
      errors[k] = i18n.t('common:status.wajib')
    }
  }
  return errors
}

/**
 * The errors after `key` changed: its own errors (and those of its nested paths, `iki.0.satuan` under
 * `iki`) stay while the new value is still invalid and go as soon as it is valid; other fields keep theirs.
 * An error the server gave about the old value goes with the change.
 */
export function errorsAfterChange(
  errors: FieldErrors,
  key: string,
  /** The errors of the new values (only asked when `key` has an error to judge). */
  errorsNow: () => FieldErrors,
): FieldErrors {
  const own = (path: string) => path === key || path.startsWith(`${key}.`)
  if (!Object.keys(errors).some((path) => own(path) && errors[path])) return errors
  const now = errorsNow()
  const next: FieldErrors = {}
  for (const [path, message] of Object.entries(errors)) {
    if (!own(path)) next[path] = message
    else if (message && now[path]) next[path] = now[path]
  }
  return next
}

/** Required fields first (plain "required"), then the request shape against the shared schema. */
export function checkInput<T extends Record<string, unknown>, S extends z.ZodType | undefined>(
  values: T,
  options: UseFormOptions<T, S>,
): Checked<Submitted<T, S>> {
  const kosong = (options.required ?? []).filter(
    (k) => values[k] === '' || values[k] === null || values[k] === undefined,
  )
  if (kosong.length) {
    return {
      ok: false,
      errors: Object.fromEntries(kosong.map((k) => [k, i18n.t('common:status.wajib')])),
      formError: null,
    }
  }
  const input = options.transform ? options.transform(values) : values
  if (!options.schema) return { ok: true, data: input as Submitted<T, S> }
  const checked = validateWith(options.schema, input)
  if (checked.ok) return { ok: true, data: checked.data as Submitted<T, S> }
  // Errors on paths that are not one of the form's fields (e.g. a cross-field rule) go to the alert.
  const other = Object.entries(checked.errors).filter(([path]) => !(path in values))
  return {
    ok: false,
    errors: checked.errors,
    formError: other.length ? other.map(([, msg]) => msg).join(' ') : null,
  }
}

/** Keyboard and screen-reader users land on the first field that needs attention. */
const focusFirstInvalid = (form: HTMLFormElement | undefined) =>
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0)

type SetState<V> = (next: V | ((current: V) => V)) => void

function useFieldState<T extends Record<string, unknown>>(
  initialValues: T,
  /** The field errors the values have now (for errorsAfterChange); none when the form has no rules. */
  errorsOf: (values: T) => FieldErrors = () => ({}),
) {
  const initial = useRef(initialValues)
  // Values and errors in one state, so a change and the errors it clears are one update.
  const [state, setState] = useState<{ values: T; errors: FieldErrors }>({
    values: initialValues,
    errors: {},
  })
  const [formError, setFormError] = useState<string | null>(null)
  const { values, errors } = state
  const setValues: SetState<T> = useCallback(
    (next) => setState((s) => ({ ...s, values: typeof next === 'function' ? next(s.values) : next })),
    [],
  )
  const setErrors: SetState<FieldErrors> = useCallback(
    (next) => setState((s) => ({ ...s, errors: typeof next === 'function' ? next(s.errors) : next })),
    [],
  )
  const rules = useRef(errorsOf)
  useEffect(() => {
    rules.current = errorsOf
  })
  const setFieldValue = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setState((s) => {
      const next = { ...s.values, [key]: value }
      return { values: next, errors: errorsAfterChange(s.errors, key as string, () => rules.current(next)) }
    })
  }, [])
  const base = <K extends keyof T & string>(key: K) => ({
    name: key,
    onChange: (arg: unknown) => setFieldValue(key, eventValue(arg) as T[K]),
    error: errors[key] || undefined,
  })
  /** value/onChange/error for any Mantine input bound to `key`. */
  const field = <K extends keyof T & string>(key: K) => ({ ...base(key), value: values[key] })
  /** checked/onChange/error for a Checkbox or Switch. */
  const checkbox = <K extends keyof T & string>(key: K) => ({ ...base(key), checked: Boolean(values[key]) })
  const reset = (next?: T) => {
    if (next) initial.current = next
    setState({ values: initial.current, errors: {} })
    setFormError(null)
  }
  return {
    values,
    setValues,
    setFieldValue,
    errors,
    setErrors,
    formError,
    setFormError,
    field,
    checkbox,
    reset,
  }
}

/**
 * Small form state for Mantine inputs: values, field errors (from zod or the server), one form error.
 * `form.field('nama')` spreads value/onChange/error onto any Mantine input (text, select, date).
 */
export function useForm<T extends Record<string, unknown>, S extends z.ZodType | undefined = undefined>(
  options: UseFormOptions<T, S>,
) {
  const state = useFieldState(options.initialValues, (values) => currentErrors(values, options))
  const [submitting, setSubmitting] = useState(false)

  /** Shows a failed request next to the fields it names; anything else goes to the form alert. */
  const showError = (err: unknown) => {
    if (!isApiError(err)) return state.setFormError(String((err as Error)?.message ?? err))
    const { fieldErrors, other } = fieldErrorsFromApi(err, Object.keys(state.values))
    state.setErrors(fieldErrors)
    const matched = Object.keys(fieldErrors).length > 0
    state.setFormError(!matched || other.length ? [err.message, ...other].join(' ') : null)
  }

  const onSubmit =
    (handler: (data: Submitted<T, S>) => Promise<unknown> | unknown) => async (e?: FormEvent) => {
      e?.preventDefault()
      const formEl = e?.currentTarget as HTMLFormElement | undefined
      const checked = checkInput(state.values, options)
      state.setErrors(checked.ok ? {} : checked.errors)
      state.setFormError(checked.ok ? null : checked.formError)
      if (!checked.ok) return void focusFirstInvalid(formEl)
      setSubmitting(true)
      try {
        await handler(checked.data)
      } catch (err) {
        showError(err)
        focusFirstInvalid(formEl)
      } finally {
        setSubmitting(false)
      }
    }

  return { ...state, onSubmit, submitting, showError }
}
