import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { MonitoringKurvaBaris } from '../../../../../shared/kurva.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { KurvaRingkas } from '../../../lib/kurva-panel.tsx'
import { useMonitoringKurva } from '../api/kurva.ts'
import { PeriodeSelect, pilihanDari } from './PeriodeSelect.tsx'

function KartuUnit({ b, tahun, periode }: { b: MonitoringKurvaBaris; tahun: number; periode: string }) {
  const { t } = useTranslation('kurva')
  return (
    <Card withBorder padding="sm" component="li" data-testid="monitoring-unit">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text fw={600}>{b.unorNama}</Text>
            <Text size="xs" c="dimmed">
              {[b.indukNama, b.kepalaNama].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Anchor
            component={Link}
            size="sm"
            to={`/kalibrasi?unorId=${b.unorId}&tahun=${tahun}&periode=${periode}`}
            data-testid="monitoring-ke-kalibrasi"
          >
            {t('monitoring.kalibrasi')}
          </Anchor>
        </Group>
        <KurvaRingkas kurva={b.kurva} ringkas />
      </Stack>
    </Card>
  )
}

/** Monitoring Kurva: each unit in the reader's scope against its pattern, those that deviate first. */
export function MonitoringKurvaPage() {
  const { t } = useTranslation('kurva')
  const [params, setParams] = useSearchParams()
  const { tahun, periode } = pilihanDari(params, tahunIni())
  const { instansiId, canChoose } = useInstansiAktif()
  const q = useMonitoringKurva(tahun, periode, canChoose ? instansiId : null)
  // the period the server answered for (its default when none was chosen)
  const dijawab = periode ?? q.data?.periode ?? null
  const pilih = (x: { tahun?: number; periode?: string }) =>
    setParams(
      x.periode ? { tahun: String(tahun), periode: x.periode } : { tahun: String(x.tahun ?? tahun) },
      {
        replace: true,
      },
    )
  return (
    <Stack gap="md">
      <PageHeader title={t('monitoring.judul')} description={t('monitoring.deskripsi')} />
      <Group align="flex-end" wrap="wrap">
        <TahunSelect value={tahun} onChange={(x) => pilih({ tahun: x })} testId="monitoring-tahun" />
        <PeriodeSelect
          value={dijawab}
          pilihan={q.data?.periodeTersedia}
          onChange={(x) => pilih({ periode: x })}
        />
      </Group>
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState message={t('monitoring.kosong')} />}
      >
        {(d) => (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('monitoring.daftar')}
          >
            {d.items.map((b) => (
              <KartuUnit key={b.unorId} b={b} tahun={d.tahun} periode={d.periode} />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  )
}
