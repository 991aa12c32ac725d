import { ActionIcon, Indicator, Tooltip } from '@mantine/core'
import { IconBell } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatAngka } from '../../../lib/format.ts'
import { useMe } from '../../../lib/session.tsx'
import { useJumlahBelumDibaca } from '../api/notifikasi.ts'
import { useNotifikasiLangsung } from './NotifikasiLangsung.ts'

/**
 * The bell for the app header: links to /notifikasi with the count of new notifications (unread and not
 * yet resolved: a request to approve stops counting once the SKP is approved), updated live (and polled
 * each minute as a fallback).
 * Accounts without a pegawai (admins) have no notifications and get nothing.
 */
export function NotifikasiBadge() {
  const { t } = useTranslation('notifikasi')
  const me = useMe()
  const jumlah = useJumlahBelumDibaca(Boolean(me.pegawai)).data ?? 0
  // The bell is in the header of every page of a logged-in pegawai: it holds the live connection too.
  useNotifikasiLangsung(Boolean(me.pegawai) && !me.wajibGantiPassword)
  if (!me.pegawai) return null
  const label = jumlah > 0 ? t('badgeJumlah', { jumlah: formatAngka(jumlah) }) : t('badge')
  return (
    <Tooltip label={label}>
      <Indicator
        label={jumlah > 99 ? '99+' : jumlah}
        size={16}
        color="red"
        disabled={jumlah === 0}
        offset={4}
      >
        <ActionIcon
          component={Link}
          to="/notifikasi"
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={label}
          data-testid="notifikasi-badge"
          data-jumlah={jumlah}
        >
          <IconBell size={20} />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  )
}
