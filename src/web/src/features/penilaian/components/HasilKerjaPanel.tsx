import { Anchor, Badge, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { EvaluasiDetail, RhkEvaluasiView } from '../../../../../shared/penilaian.ts'
import { labelTarget } from '../../../../../shared/skp.ts'
import { formatAngka } from '../../../lib/format.ts'

type Iki = RhkEvaluasiView['iki'][number]

function Nilai({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  )
}

/** The target of the period the capaian is measured against (the year's for FINAL), as the server sent it. */
function targetTeks(i: Iki) {
  if (i.targetTeks) return i.targetTeks
  if (i.target) return labelTarget(i.target.min, i.target.max, i.satuan ?? '')
  return i.targetLabel
}

function realisasiTeks(i: Iki) {
  if (i.realisasiTeks) return i.realisasiTeks
  if (i.realisasi === null) return '—'
  return `${formatAngka(i.realisasi)}${i.satuan ? ` ${i.satuan}` : ''}`
}

function KartuIki({ i }: { i: Iki }) {
  const { t } = useTranslation('penilaian')
  const tahunan = i.target && i.targetLabel !== targetTeks(i) ? i.targetLabel : null
  return (
    <Paper withBorder p="xs" data-testid={`eval-iki-${i.id}`}>
      <Text size="sm" fw={500}>
        {i.indikator}
      </Text>
      <SimpleGrid cols={{ base: 3 }} spacing="xs" mt={4}>
        <Nilai label={t('form.target')}>{targetTeks(i)}</Nilai>
        <Nilai label={t('form.realisasi')}>{realisasiTeks(i)}</Nilai>
        <Nilai label={t('form.capaian')}>
          <span data-testid="capaian">{i.capaian === null ? '—' : `${formatAngka(i.capaian)}%`}</span>
        </Nilai>
      </SimpleGrid>
      {tahunan && (
        <Text size="xs" c="dimmed" mt={2}>
          {t('form.targetTahunan', { target: tahunan })}
        </Text>
      )}
      <Group gap={6} mt={4}>
        <Badge variant="light" color="gray" size="sm">
          {t('form.bukti', { n: i.jumlahBukti })}
        </Badge>
        <Badge variant="light" color="gray" size="sm">
          {t('form.umpanBalik', { n: i.jumlahUmpanBalik })}
        </Badge>
      </Group>
    </Paper>
  )
}

/**
 * Hasil kerja of the period beside the rating: per RHK and IKI the target, realisasi and capaian the server
 * computed, the counts of evidence and feedback, and a link to the realisasi page where they live.
 * `umpanBalik` renders the penilai's feedback on one RHK (a field while editing, the text otherwise).
 */
export function HasilKerjaPanel({
  d,
  umpanBalik,
}: {
  d: EvaluasiDetail
  umpanBalik: (rhk: RhkEvaluasiView) => ReactNode
}) {
  const { t } = useTranslation('penilaian')
  const periode = d.periode === 'FINAL' ? '' : `?periode=${d.periode}`
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="hasil-kerja-judul">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="hasil-kerja-judul">
          {t('form.hasilKerja')}
        </Title>
        <Anchor
          component={Link}
          to={`/skp/${d.skpId}/realisasi${periode}`}
          size="sm"
          data-testid="ke-realisasi"
        >
          {t('form.lihatRealisasi')}
        </Anchor>
      </Group>
      <Stack gap="sm">
        {d.hasilKerja.map((rhk) => (
          <Stack key={rhk.id} gap={6} data-testid={`eval-rhk-${rhk.id}`}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                {t(rhk.jenis === 'utama' ? 'form.rhkUtama' : 'form.rhkTambahan')}
              </Badge>
              <Text size="sm" fw={600}>
                {rhk.deskripsi}
              </Text>
            </Group>
            {rhk.iki.map((i) => (
              <KartuIki key={i.id} i={i} />
            ))}
            {umpanBalik(rhk)}
          </Stack>
        ))}
      </Stack>
    </Card>
  )
}
