import { Badge, Group, Select, Text } from '@mantine/core'
import { IconLock, IconLockOpen } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PeriodeView } from '../../../../../shared/pelaksanaan.ts'
import { formatSaatInstansi, formatTanggal } from '../../../lib/format.ts'

/** The lock state of a period in words: open until, locked since, reopened until, or starts on. */
export function KeteranganPeriode({ p }: { p: PeriodeView }) {
  const { t } = useTranslation('realisasi')
  if (p.dibukaSampai) return <>{t('periode.dibuka', { saat: formatSaatInstansi(p.dibukaSampai) })}</>
  if (!p.terbuka) return <>{t('periode.terkunci', { saat: formatSaatInstansi(p.terkunciPada) })}</>
  if (!p.sudahDimulai) return <>{t('periode.belumMulai', { tanggal: formatTanggal(p.mulai) })}</>
  return <>{t('periode.terbuka', { saat: formatSaatInstansi(p.terkunciPada) })}</>
}

/** The period picker: every period of the SKP with its lock state, and the chosen one's dates. */
export function PeriodePilih({
  daftar,
  nilai,
  onChange,
}: {
  daftar: PeriodeView[]
  nilai: string | null
  onChange: (kode: string) => void
}) {
  const { t } = useTranslation('realisasi')
  const p = daftar.find((x) => x.kode === nilai)
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('periode.label')}
        data={daftar.map((x) => ({ value: x.kode, label: `${x.nama}${x.terbuka ? '' : ' 🔒'}` }))}
        value={nilai}
        onChange={(v) => v && onChange(v)}
        allowDeselect={false}
        w={{ base: '100%', xs: 240 }}
        data-testid="periode-pilih"
      />
      {p && (
        <Group gap={6} pb={6}>
          <Badge
            color={p.terbuka ? 'green' : 'gray'}
            variant="light"
            leftSection={p.terbuka ? <IconLockOpen size={12} /> : <IconLock size={12} />}
            data-testid="periode-status"
          >
            {formatTanggal(p.mulai)} – {formatTanggal(p.selesai)}
          </Badge>
          <Text size="sm" c="dimmed">
            <KeteranganPeriode p={p} />
          </Text>
        </Group>
      )}
    </Group>
  )
}
