import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../lib/api.ts'
import { useLive, type PeristiwaNotifikasi } from '../../../lib/live.ts'
import type { NotifikasiHalaman } from '../api/notifikasi.ts'
import { teksNotifikasi } from './teks-notifikasi.ts'

/**
 * The live connection of a logged-in pegawai (src/web/src/lib/live.ts): the bell and the Beranda refetch
 * on each event, and a new notification shows a short toast in the reader's language. The event carries
 * only the notification's id: its text comes from GET /notifikasi, like the bell's list.
 */
export function useNotifikasiLangsung(aktif: boolean) {
  const { t } = useTranslation('notifikasi')
  const tampilkan = useCallback(
    async (e: PeristiwaNotifikasi) => {
      const halaman = await api.get<NotifikasiHalaman>('/notifikasi', { belumDibaca: 'true', pageSize: 20 })
      const n = halaman.items.find((x) => x.id === e.id)
      if (!n) return
      const { judul, isi } = teksNotifikasi(t, n)
      notifications.show({
        id: `notifikasi-${n.id}`,
        title: judul,
        message: isi ?? '',
        color: 'blue',
        autoClose: 8000,
        'data-testid': 'notifikasi-langsung',
      } as Parameters<typeof notifications.show>[0])
    },
    [t],
  )
  useLive(aktif, (e) => void tampilkan(e).catch(() => {}))
}
