import { Card, Grid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EvaluasiDetail } from '../../../../../shared/penilaian.ts'
import { InfoList } from '../../../components/InfoList.tsx'
import { bahasaAktif } from '../../../i18n/index.ts'
import { formatAngka } from '../../../lib/format.ts'
import { HasilKerjaPanel } from './HasilKerjaPanel.tsx'
import { PredikatBadge, RatingBadge } from './Lencana.tsx'

const Teks = ({ children }: { children: string }) => (
  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
    {children}
  </Text>
)

/** The evaluation read-only (the pegawai, the atasan penilai, a final or an old version): what was decided. */
export function HasilRingkas({ d }: { d: EvaluasiDetail }) {
  const { t } = useTranslation('penilaian')
  const en = bahasaAktif() === 'en'
  const umpanBalikRhk = (rhk: EvaluasiDetail['hasilKerja'][number]) =>
    rhk.umpanBalik ? (
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
        {t('form.umpanBalikRhk')}: {rhk.umpanBalik}
      </Text>
    ) : null
  const hasil = [
    { label: t('form.saranLabel'), value: <RatingBadge rating={d.saranRatingHasil} /> },
    {
      label: t('form.ratingHasil'),
      value: <RatingBadge rating={d.ratingHasil} data-testid="hasil-rating-hasil" />,
    },
    ...(d.aturanPimpinan && d.predikatOrganisasi
      ? [{ label: t('form.sumberOrganisasi'), value: t(`common:predikatOrganisasi.${d.predikatOrganisasi}`) }]
      : []),
    ...(d.alasanRatingHasil ? [{ label: t('form.alasan'), value: <Teks>{d.alasanRatingHasil}</Teks> }] : []),
    {
      label: t('form.ratingPerilaku'),
      value: <RatingBadge rating={d.ratingPerilaku} data-testid="hasil-rating-perilaku" />,
    },
    {
      label: t('form.predikat'),
      value: d.predikat ? <PredikatBadge predikat={d.predikat} data-testid="predikat" /> : null,
    },
    ...(d.catatan ? [{ label: t('form.catatan'), value: <Teks>{d.catatan}</Teks> }] : []),
    ...(d.angkaKredit
      ? [
          {
            label: t('form.angkaKredit'),
            value: (
              <Text size="sm" data-testid="angka-kredit">
                {d.angkaKredit.nilai === null
                  ? t('form.angkaKreditBelum')
                  : t('form.angkaKreditNilai', {
                      nilai: formatAngka(d.angkaKredit.nilai),
                      bulan: d.angkaKredit.bulan ?? 0,
                    })}{' '}
                · {t('form.angkaKreditKumulatif', { nilai: formatAngka(d.angkaKredit.kumulatif) })}
              </Text>
            ),
          },
        ]
      : []),
  ]
  const perilaku = d.nilaiPerilaku
    .filter((n) => d.umpanBalikPerilaku[n.kode])
    .map((n) => ({ label: en ? n.namaEn : n.nama, value: <Teks>{d.umpanBalikPerilaku[n.kode] ?? ''}</Teks> }))
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <HasilKerjaPanel d={d} umpanBalik={umpanBalikRhk} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Card withBorder padding="sm" component="section" aria-labelledby="hasil-judul">
            <Title order={2} size="h4" id="hasil-judul" mb="xs">
              {t('form.hasil')}
            </Title>
            <InfoList items={hasil} labelWidth={170} />
          </Card>
          {perilaku.length > 0 && (
            <Card withBorder padding="sm" component="section" aria-labelledby="perilaku-judul">
              <Title order={2} size="h4" id="perilaku-judul" mb="xs">
                {t('form.perilaku')}
              </Title>
              <InfoList items={perilaku} labelWidth={170} />
            </Card>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  )
}
