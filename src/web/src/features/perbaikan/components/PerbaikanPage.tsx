import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LABEL_PREDIKAT } from '../../../../../domain/labels.ts'
import type { RencanaPerbaikanView } from '../../../../../shared/perbaikan.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal, labelOf } from '../../../lib/format.ts'
import { useDaftarPerbaikan } from '../api/perbaikan.ts'

const WARNA_STATUS: Record<RencanaPerbaikanView['status'], string> = {
  berjalan: 'blue',
  selesai: 'gray',
  gugur: 'dark',
}

export function StatusPerbaikan({ r }: { r: RencanaPerbaikanView }) {
  const { t } = useTranslation('perbaikan')
  return (
    <Group gap={4}>
      {r.perluTindakLanjut && (
        <Badge color="orange" data-testid="perbaikan-perlu">
          {t('perlu')}
        </Badge>
      )}
      <Badge color={WARNA_STATUS[r.status]} variant="light" data-testid="perbaikan-status">
        {t(`status.${r.status}`)}
      </Badge>
    </Group>
  )
}

function Kartu({ r }: { r: RencanaPerbaikanView }) {
  const { t } = useTranslation('perbaikan')
  return (
    <Card withBorder padding="sm" component="li" data-testid="perbaikan-item">
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Anchor component={Link} to={`/perbaikan/${r.id}`} fw={600}>
            {r.pegawai.nama} · {labelOf(LABEL_PREDIKAT[r.predikat])}
          </Anchor>
          <StatusPerbaikan r={r} />
        </Group>
        <Text size="sm">
          {t('masa', { mulai: formatTanggal(r.mulai), selesai: formatTanggal(r.selesai) })} ·{' '}
          {t('dariEvaluasi', { periode: r.periode, tahun: r.tahun })}
        </Text>
        {r.dasarGugur && (
          <Text size="sm" c="dimmed" data-testid="perbaikan-gugur-singkat">
            {t('gugur.singkat', { predikatBaru: labelOf(LABEL_PREDIKAT[r.dasarGugur.predikatBaru]) })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t(`peran.${r.peran}`)} · {t('tindakLanjut')}: {r.tindakLanjut.length}
        </Text>
      </Stack>
    </Card>
  )
}

/**
 * /perbaikan — the improvement records I follow up (or my own, or the instansi's), in the server's order: what
 * needs action first, running ones next, closed and gugur last.
 */
export function PerbaikanPage() {
  const { t } = useTranslation('perbaikan')
  const q = useDaftarPerbaikan()
  return (
    <Stack gap="md">
      <PageHeader title={t('judul')} description={t('deskripsi')} />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState message={t('kosong')} />}
      >
        {(d) => (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('daftar')}>
            {d.items.map((r) => (
              <Kartu key={r.id} r={r} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
