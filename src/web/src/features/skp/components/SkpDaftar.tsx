import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { SkpRingkas } from '../../../../../shared/skp.ts'
import { formatTanggal } from '../../../lib/format.ts'
import { TerlambatBadge } from '../../../components/TerlambatBadge.tsx'
import { SkpStatusBadge } from './SkpStatusBadge.tsx'

/** My SKPs of one year as cards (one per assignment; two or more after a mutasi). */
export function SkpDaftar({ tahun, items }: { tahun: number; items: SkpRingkas[] }) {
  const { t } = useTranslation('skp')
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="md"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('saya.daftar', { tahun })}
      data-testid="skp-daftar"
    >
      {items.map((s) => (
        <Card key={s.id} withBorder padding="md" component="li" data-testid="skp-item" data-skp-id={s.id}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Anchor component={Link} to={`/skp/${s.id}`} fw={600} data-testid="skp-item-buka">
                {s.jabatan}
              </Anchor>
              <Group gap={4} justify="flex-end">
                <SkpStatusBadge status={s.status} />
                <TerlambatBadge terlambat={s.terlambat} hariTerlambat={s.hariTerlambat} />
              </Group>
            </Group>
            <Text size="sm" c="dimmed">
              {s.unor}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('saya.periode')}:{' '}
              </Text>
              {formatTanggal(s.mulai)} – {formatTanggal(s.selesai)}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('saya.penilai')}:{' '}
              </Text>
              {s.penilaiNama ?? '—'}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`enum.varian.${s.varian}`)} · {t(`enum.pendekatan.${s.pendekatan}`)}
            </Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  )
}
