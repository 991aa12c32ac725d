import { notifications } from '@mantine/notifications'
import i18n from '../i18n/index.ts'
import { isApiError } from './api.ts'

export const notifySuccess = (message: string) =>
  notifications.show({ color: 'green', title: i18n.t('common:notify.berhasil'), message, autoClose: 4000 })

/** For failures outside a form (a form shows errors next to its fields instead). */
export const notifyError = (err: unknown) =>
  notifications.show({
    color: 'red',
    title: i18n.t('common:notify.gagal'),
    message: isApiError(err) ? err.message : i18n.t('common:error.unknown'),
    autoClose: 8000,
  })
