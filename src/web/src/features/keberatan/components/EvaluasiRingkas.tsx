import { Card, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { KeberatanDetail } from '../../../../../shared/keberatan.ts'
import { InfoList } from '../../../components/InfoList.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { LabelPeriode } from './KeberatanLabel.tsx'

type Evaluasi = KeberatanDetail['evaluasi']
type Batas = KeberatanDetail['batas']

/** The evaluation version objected to, and the window, as the server computed them. */
export function EvaluasiRingkas({
  e,
  batas,
  pemutus,
}: {
  e: Evaluasi
  batas: Batas
  pemutus?: { nama: string; nonAsn: boolean } | null
}) {
  const { t } = useTranslation('keberatan')
  const rating = (r: string | null) => (r ? t(`common:rating.${r}`) : '—')
  const items = [
    { label: t('penilai'), value: e.penilai?.nama ?? '—' },
    ...(pemutus
      ? [{ label: t('pemutus'), value: `${pemutus.nama}${pemutus.nonAsn ? ` (${t('nonAsn')})` : ''}` }]
      : []),
    { label: t('ratingHasil'), value: rating(e.ratingHasil) },
    { label: t('ratingPerilaku'), value: rating(e.ratingPerilaku) },
    {
      label: t('predikatLabel'),
      value: (
        <Text fw={700} data-testid="keberatan-predikat">
          {e.predikat ? t(`common:predikat.${e.predikat}`) : '—'}
        </Text>
      ),
    },
    ...(batas
      ? [
          { label: t('diterima'), value: formatTanggal(batas.diterima) },
          {
            label: t('batas'),
            value: (
              <Text data-testid="keberatan-batas">
                {t('batasTeks', {
                  hari: batas.hari,
                  jenis: t(`jenisHari.${batas.jenisHari}`),
                  diterima: formatTanggal(batas.diterima),
                  batas: formatTanggal(batas.batas),
                })}
              </Text>
            ),
          },
        ]
      : []),
  ]
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('evaluasi')}: <LabelPeriode periode={e.periode} tahun={e.tahun} versi={e.versi} />
        </Title>
        <InfoList items={items} />
      </Stack>
    </Card>
  )
}
