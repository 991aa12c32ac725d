import { Alert, Button, Card, Grid, Group, Radio, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  EvaluasiSimpan,
  MAKS_CATATAN,
  MAKS_UMPAN_BALIK,
  RATING,
  type EvaluasiDetail,
} from '../../../../../shared/penilaian.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { bahasaAktif } from '../../../i18n/index.ts'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useFinalisasi, useSimpanEvaluasi, type EvaluasiSimpanKirim } from '../api/penilaian.ts'
import { HasilKerjaPanel } from './HasilKerjaPanel.tsx'
import { PredikatBadge, RatingBadge } from './Lencana.tsx'

const MAKS_ALASAN = 2000

type Nilai = {
  ratingHasil: string | null
  alasanRatingHasil: string
  ratingPerilaku: string | null
  catatan: string
  umpanBalikPerilaku: Record<string, string>
  umpanBalikHasil: Record<string, string>
}

const awal = (d: EvaluasiDetail): Nilai => ({
  // FINAL: the periodic ratings prefill an empty draft (the penilai decides, DOMAIN §5).
  ratingHasil: d.ratingHasil ?? d.prefill?.ratingHasil ?? null,
  alasanRatingHasil: d.alasanRatingHasil ?? '',
  ratingPerilaku: d.ratingPerilaku ?? d.prefill?.ratingPerilaku ?? null,
  catatan: d.catatan ?? '',
  umpanBalikPerilaku: Object.fromEntries(
    d.nilaiPerilaku.map((n) => [n.kode, d.umpanBalikPerilaku[n.kode] ?? '']),
  ),
  umpanBalikHasil: Object.fromEntries(d.hasilKerja.map((r) => [r.id, r.umpanBalik ?? ''])),
})

function RatingPilih({
  label,
  nama,
  value,
  onChange,
  error,
}: {
  label: string
  nama: string
  value: string | null
  onChange: (v: string) => void
  error?: string
}) {
  const { t } = useTranslation('penilaian')
  return (
    <Radio.Group label={label} value={value} onChange={onChange} error={error} name={nama} data-testid={nama}>
      <Stack gap={6} mt={6}>
        {RATING.map((r) => (
          <Radio key={r} value={r} label={t(`common:rating.${r}`)} data-testid={`${nama}-${r}`} />
        ))}
      </Stack>
    </Radio.Group>
  )
}

/**
 * The penilai's form on a draft (DOMAIN §5): hasil kerja beside the suggested rating; rating hasil kerja with
 * a reason when it differs from the suggestion (the server decides whether one is needed), or the leader
 * rule's rating read-only; umpan balik per BerAKHLAK value and one overall rating perilaku; catatan. The
 * predikat shown is the one the server computed at the last save. Finalising saves unsaved changes first.
 */
export function PenilaiForm({ d }: { d: EvaluasiDetail }) {
  const { t } = useTranslation('penilaian')
  const simpan = useSimpanEvaluasi(d.id)
  const finalisasi = useFinalisasi(d.id)
  const nilaiAwal = awal(d)
  /** The request: the leader rule's rating hasil is the server's, never sent. */
  const muatan = (v: Nilai): EvaluasiSimpanKirim => ({
    ...(d.aturanPimpinan
      ? {}
      : {
          ratingHasil: v.ratingHasil as EvaluasiSimpanKirim['ratingHasil'],
          alasanRatingHasil: v.alasanRatingHasil,
        }),
    ratingPerilaku: v.ratingPerilaku as EvaluasiSimpanKirim['ratingPerilaku'],
    catatan: v.catatan,
    umpanBalikPerilaku: v.umpanBalikPerilaku,
    umpanBalikHasil: v.umpanBalikHasil,
    revisi: d.revisi,
  })
  const form = useForm({
    initialValues: nilaiAwal,
    schema: EvaluasiSimpan,
    transform: muatan,
  })
  const v = form.values
  const berubah = JSON.stringify(v) !== JSON.stringify(nilaiAwal)
  const bisaSimpan = d.aksi.includes('simpan')
  const beda = Boolean(d.saranRatingHasil && v.ratingHasil && v.ratingHasil !== d.saranRatingHasil)
  const tampilAlasan = beda || Boolean(form.errors.alasanRatingHasil) || v.alasanRatingHasil.trim() !== ''
  const en = bahasaAktif() === 'en'

  const kirim = form.onSubmit(async (data) => {
    await simpan.mutateAsync(data)
    notifySuccess(t('form.tersimpan'))
  })
  const finalkan = async () => {
    let revisi = d.revisi
    if (berubah && bisaSimpan) {
      try {
        revisi = (await simpan.mutateAsync(muatan(form.values))).revisi
      } catch (err) {
        form.showError(err)
        return
      }
    }
    try {
      await finalisasi.mutateAsync({ revisi })
      notifySuccess(t('form.difinalisasi'))
    } catch (err) {
      form.showError(err)
    }
  }

  const umpanBalikRhk = (rhk: EvaluasiDetail['hasilKerja'][number]) => (
    <CountedTextarea
      label={t('form.umpanBalikRhk')}
      max={MAKS_UMPAN_BALIK}
      value={v.umpanBalikHasil[rhk.id] ?? ''}
      onChange={(e) =>
        form.setFieldValue('umpanBalikHasil', { ...v.umpanBalikHasil, [rhk.id]: e.currentTarget.value })
      }
      autosize
      minRows={1}
      data-testid={`umpan-rhk-${rhk.id}`}
    />
  )

  return (
    <form onSubmit={kirim} noValidate>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <HasilKerjaPanel d={d} umpanBalik={umpanBalikRhk} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Card withBorder padding="sm" component="section" aria-labelledby="rating-hasil-judul">
              <Stack gap="sm">
                <Title order={2} size="h4" id="rating-hasil-judul">
                  {t('form.ratingHasil')}
                </Title>
                <Alert color="blue" variant="light" p="xs" data-testid="saran-rating">
                  {d.saranRatingHasil ? (
                    <Group gap={6}>
                      <Text size="sm">{t('form.saranLabel')}</Text>
                      <Text size="sm" fw={700}>
                        {t(`common:rating.${d.saranRatingHasil}`)}
                      </Text>
                    </Group>
                  ) : (
                    <Text size="sm">{t('form.tanpaSaran')}</Text>
                  )}
                  {d.prefill && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {t('form.prefill')}
                    </Text>
                  )}
                </Alert>
                {d.aturanPimpinan ? (
                  <Stack gap={4} data-testid="aturan-pimpinan">
                    <Text size="sm">
                      {t('form.dariOrganisasi', {
                        predikat: d.predikatOrganisasi
                          ? t(`common:predikatOrganisasi.${d.predikatOrganisasi}`)
                          : t('kurva.belumAda'),
                      })}
                    </Text>
                    <RatingBadge rating={d.ratingHasil} />
                  </Stack>
                ) : (
                  <RatingPilih
                    label={t('form.ratingHasil')}
                    nama="rating-hasil"
                    value={v.ratingHasil}
                    onChange={(x) => form.setFieldValue('ratingHasil', x)}
                    error={form.errors.ratingHasil}
                  />
                )}
                {!d.aturanPimpinan && tampilAlasan && (
                  <CountedTextarea
                    label={t('form.alasan')}
                    description={beda ? t('form.alasanBantuan') : undefined}
                    max={MAKS_ALASAN}
                    autosize
                    minRows={2}
                    {...form.field('alasanRatingHasil')}
                    data-testid="alasan-rating"
                  />
                )}
              </Stack>
            </Card>
            <Card withBorder padding="sm" component="section" aria-labelledby="perilaku-judul">
              <Stack gap="sm">
                <Title order={2} size="h4" id="perilaku-judul">
                  {t('form.perilaku')}
                </Title>
                {d.nilaiPerilaku.map((n) => (
                  <CountedTextarea
                    key={n.kode}
                    label={t('form.umpanBalikNilai', { nilai: en ? n.namaEn : n.nama })}
                    max={MAKS_UMPAN_BALIK}
                    autosize
                    minRows={1}
                    value={v.umpanBalikPerilaku[n.kode] ?? ''}
                    onChange={(e) =>
                      form.setFieldValue('umpanBalikPerilaku', {
                        ...v.umpanBalikPerilaku,
                        [n.kode]: e.currentTarget.value,
                      })
                    }
                    data-testid={`umpan-perilaku-${n.kode}`}
                  />
                ))}
                <RatingPilih
                  label={t('form.ratingPerilaku')}
                  nama="rating-perilaku"
                  value={v.ratingPerilaku}
                  onChange={(x) => form.setFieldValue('ratingPerilaku', x)}
                  error={form.errors.ratingPerilaku}
                />
              </Stack>
            </Card>
            <Card withBorder padding="sm">
              <Stack gap="sm">
                <CountedTextarea
                  label={t('form.catatan')}
                  max={MAKS_CATATAN}
                  autosize
                  minRows={2}
                  {...form.field('catatan')}
                  data-testid="catatan"
                />
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    {t('form.predikat')}
                  </Text>
                  <div data-testid="predikat">
                    {d.predikat ? (
                      <PredikatBadge predikat={d.predikat} size="lg" />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('form.predikatBelum')}
                      </Text>
                    )}
                  </div>
                  {berubah && d.predikat && (
                    <Text size="xs" c="dimmed">
                      {t('form.predikatSimpan')}
                    </Text>
                  )}
                </Stack>
                <FormError message={form.formError} />
                <Group gap="xs">
                  {bisaSimpan && (
                    <Button type="submit" loading={simpan.isPending} data-testid="evaluasi-simpan">
                      {t('form.simpan')}
                    </Button>
                  )}
                  {d.aksi.includes('finalisasi') && (
                    <ConfirmButton
                      color="blue"
                      variant="light"
                      title={t('form.finalisasi')}
                      message={t('form.finalisasiPesan')}
                      confirmLabel={t('form.finalisasi')}
                      onConfirm={finalkan}
                      data-testid="evaluasi-finalisasi"
                    >
                      {t('form.finalisasi')}
                    </ConfirmButton>
                  )}
                </Group>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  )
}
