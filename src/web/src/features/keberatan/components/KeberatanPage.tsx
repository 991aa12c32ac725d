import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { KeberatanRingkas } from '../../../../../shared/keberatan.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { hasRole, isAdmin, useMe } from '../../../lib/session.tsx'
import { useDaftarKeberatan, type PeranDaftar } from '../api/keberatan.ts'
import { LabelPeriode, StatusKeberatan } from './KeberatanLabel.tsx'

function KartuKeberatan({ k }: { k: KeberatanRingkas }) {
  const { t } = useTranslation('keberatan')
  return (
    <Card withBorder padding="sm" component="li" data-testid="keberatan-item">
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Anchor component={Link} to={`/keberatan/${k.id}`} fw={600}>
            {k.pegawai.nama} · <LabelPeriode periode={k.periode} tahun={k.tahun} versi={k.versi} />
          </Anchor>
          <Group gap={4}>
            {k.menunggu && (
              <Badge color="orange" data-testid="keberatan-menunggu">
                {t('menunggu')}
              </Badge>
            )}
            <StatusKeberatan k={k} />
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('pemutus')}: {k.pemutus.nama}
          {k.pemutusNonAsn ? ` (${t('nonAsn')})` : ''} · {formatTanggal(k.diajukanAt)}
        </Text>
      </Stack>
    </Card>
  )
}

/**
 * Keberatan lists: mine (filed, or on an evaluation I rated), to decide (the atasan penilai), and the
 * instansi's for an admin (a non-ASN official's decision to record). The server sorts what waits first.
 */
export function KeberatanPage() {
  const { t } = useTranslation('keberatan')
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const pilihan: PeranDaftar[] = [
    ...(hasRole(me, ['pegawai']) ? (['saya', 'putuskan'] as const) : []),
    ...(isAdmin(me) ? (['admin'] as const) : []),
  ]
  const diminta = params.get('peran') as PeranDaftar | null
  // Without a choice in the address, open where something waits for this reader's decision (what to do now).
  const putuskan = useDaftarKeberatan('putuskan', !diminta && pilihan.includes('putuskan'))
  const adaMenunggu = putuskan.data?.items.some((k) => k.status === 'diajukan') ?? false
  const peran =
    diminta && pilihan.includes(diminta) ? diminta : adaMenunggu ? 'putuskan' : (pilihan[0] ?? 'saya')
  const daftar = useDaftarKeberatan(peran, pilihan.length > 0)
  return (
    <Stack gap="md">
      <PageHeader title={t('judul')} description={t('deskripsi')} />
      {pilihan.length > 1 && (
        <SegmentedControl
          aria-label={t('nav')}
          data-testid="keberatan-peran"
          value={peran}
          onChange={(v) => setParams({ peran: v }, { replace: true })}
          data={pilihan.map((p) => ({ value: p, label: t(`tab.${p}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState message={t('kosong')} />}
      >
        {(d) => (
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t(`tab.${peran}`)}
          >
            {d.items.map((k) => (
              <KartuKeberatan key={k.id} k={k} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
