import { Card, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { KurvaPratinjau } from '../../../../../shared/kurva.ts'
import { api } from '../../../lib/api.ts'
import { KurvaRingkas } from '../../../lib/kurva-panel.tsx'

/** GET /kurva/pratinjau: the reader's subordinates against the pattern of the unit's organisation predikat. */
const usePratinjau = (tahun: number, periode: string) =>
  useQuery({
    queryKey: ['kurva', 'pratinjau', tahun, periode],
    queryFn: () => api.get<KurvaPratinjau>('/kurva/pratinjau', { tahun, periode }),
    retry: false,
  })

/**
 * The curve panel of Penilaian Bawahan (SE MenPANRB 3/2023): counts, percentages, the pattern's limits and
 * warnings, all from the server. Warnings never block finalisation.
 */
export function KurvaPanel({ tahun, periode }: { tahun: number; periode: string }) {
  const { t } = useTranslation('penilaian')
  const q = usePratinjau(tahun, periode)
  if (q.isPending) return null
  if (q.isError) {
    return (
      <Card withBorder padding="sm">
        <Text size="sm" c="dimmed">
          {t('kurva.gagal')}
        </Text>
      </Card>
    )
  }
  return (
    <Card withBorder padding="sm" data-testid="kurva-panel" component="section" aria-labelledby="kurva-judul">
      <Stack gap="xs">
        <Title order={2} size="h5" id="kurva-judul">
          {t('kurva.judul')}
          {q.data.unor ? ` · ${q.data.unor.nama}` : ''}
        </Title>
        <KurvaRingkas kurva={q.data.kurva} />
      </Stack>
    </Card>
  )
}
