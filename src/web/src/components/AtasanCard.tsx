import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LABEL_ALASAN_ATASAN } from '../../../domain/labels.ts'
import type { AtasanView, PenilaiView } from '../../../shared/pegawai.ts'
import { formatNip, formatTanggal, labelOf, namaLengkap } from '../lib/format.ts'

type PejabatNonAsn = { nama: string; jabatan: string | null }

function Orang({
  title,
  p,
  nonAsn,
}: {
  title: string
  p: PenilaiView | null
  nonAsn?: PejabatNonAsn | null
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
        {title}
      </Text>
      {!p && nonAsn ? (
        <Stack gap={2}>
          <Text fw={600}>{nonAsn.nama}</Text>
          {nonAsn.jabatan && <Text size="sm">{nonAsn.jabatan}</Text>}
          <Group gap={4} mt={4}>
            <Badge color="gray">{t('atasan.pejabatNonAsn')}</Badge>
          </Group>
        </Stack>
      ) : p ? (
        <Stack gap={2}>
          <Text fw={600}>{namaLengkap(p)}</Text>
          <Text size="sm" c="dimmed">
            {t('field.nip')} {formatNip(p.nip)}
          </Text>
          <Text size="sm">{p.jabatan}</Text>
          <Text size="sm" c="dimmed">
            {p.unor}
          </Text>
          <Group gap={4} mt={4}>
            {p.isPltPlh && <Badge color="orange">{t('atasan.pltPlh')}</Badge>}
            {p.sumber === 'override' && <Badge color="grape">{t('atasan.override')}</Badge>}
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('atasan.tidakAda')}
        </Text>
      )}
    </Paper>
  )
}

/** Pejabat penilai and atasan pejabat penilai on a date, and why (DOMAIN.md §8: say clearly why). */
export function AtasanCard({ atasan }: { atasan: AtasanView }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm" data-testid="atasan-card">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4">
          {t('atasan.judul')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('atasan.perTanggal', { tanggal: formatTanggal(atasan.tanggal) })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Orang title={t('atasan.penilai')} p={atasan.penilai} nonAsn={atasan.penilaiNonAsn} />
        <Orang
          title={t('atasan.atasanPenilai')}
          p={atasan.atasanPenilai}
          nonAsn={atasan.atasanPenilaiNonAsn}
        />
      </SimpleGrid>
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} data-testid="atasan-alasan">
        <Text size="sm">
          <strong>{t('atasan.alasan')}:</strong> {labelOf(LABEL_ALASAN_ATASAN[atasan.alasan])}
        </Text>
        {atasan.penilaiNonAsn && (
          <Text size="sm" mt={4}>
            {t('atasan.nonAsn', {
              nama: atasan.penilaiNonAsn.nama,
              jabatan: atasan.penilaiNonAsn.jabatan ?? '',
            })}
          </Text>
        )}
      </Alert>
    </Stack>
  )
}
