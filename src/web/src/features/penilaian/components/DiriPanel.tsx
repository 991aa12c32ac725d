import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { EvaluasiDiri, MAKS_CATATAN, RATING, type EvaluasiDetail } from '../../../../../shared/penilaian.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { InfoList } from '../../../components/InfoList.tsx'
import { formatWaktu } from '../../../lib/format.ts'
import { useForm } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useAjukanDiri, useSimpanDiri } from '../api/penilaian.ts'
import { RatingBadge } from './Lencana.tsx'

function DiriForm({ d }: { d: EvaluasiDetail }) {
  const { t } = useTranslation('penilaian')
  const simpan = useSimpanDiri(d.id)
  const ajukan = useAjukanDiri(d.id)
  const form = useForm({
    initialValues: {
      ratingHasil: d.diri.ratingHasil as string | null,
      ratingPerilaku: d.diri.ratingPerilaku as string | null,
      catatan: d.diri.catatan ?? '',
    },
    schema: EvaluasiDiri,
    transform: (v) => ({ ...v, revisi: d.revisi }),
  })
  const pilihan = RATING.map((r) => ({ value: r, label: t(`common:rating.${r}`) }))
  const kirim = form.onSubmit(async (data) => {
    await simpan.mutateAsync(data)
    notifySuccess(t('diri.tersimpan'))
  })
  return (
    <form onSubmit={kirim} noValidate>
      <Stack gap="sm">
        <Select
          label={t('diri.ratingHasil')}
          data={pilihan}
          clearable
          {...form.field('ratingHasil')}
          data-testid="diri-rating-hasil"
        />
        <Select
          label={t('diri.ratingPerilaku')}
          data={pilihan}
          clearable
          {...form.field('ratingPerilaku')}
          data-testid="diri-rating-perilaku"
        />
        <CountedTextarea
          label={t('diri.catatan')}
          max={MAKS_CATATAN}
          autosize
          minRows={2}
          {...form.field('catatan')}
          data-testid="diri-catatan"
        />
        <FormError message={form.formError} />
        <Group gap="xs">
          {d.aksi.includes('isi_diri') && (
            <Button type="submit" loading={simpan.isPending} data-testid="diri-simpan">
              {t('diri.simpan')}
            </Button>
          )}
          {d.aksi.includes('ajukan_diri') && (
            <ConfirmButton
              color="blue"
              variant="light"
              title={t('diri.ajukan')}
              message={t('diri.ajukanPesan')}
              confirmLabel={t('diri.ajukan')}
              onConfirm={() =>
                ajukan.mutateAsync({ revisi: d.revisi }).then(
                  () => notifySuccess(t('diri.ajukan')),
                  (err: unknown) => notifyError(err),
                )
              }
              data-testid="diri-ajukan"
            >
              {t('diri.ajukan')}
            </ConfirmButton>
          )}
        </Group>
      </Stack>
    </form>
  )
}

/**
 * Penilaian diri (the pegawai's self-evaluation before the penilai rates): a form for the pegawai while the
 * server offers it, otherwise what was submitted, shown to the penilai beside the rating.
 */
export function DiriPanel({ d }: { d: EvaluasiDetail }) {
  const { t } = useTranslation('penilaian')
  const bisaIsi = d.aksi.includes('isi_diri') || d.aksi.includes('ajukan_diri')
  const ada = d.diri.diajukanAt || d.diri.ratingHasil || d.diri.ratingPerilaku || d.diri.catatan
  if (!bisaIsi && !ada && d.peran === 'pegawai') return null
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="diri-judul" data-testid="diri-panel">
      <Title order={2} size="h4" id="diri-judul" mb="xs">
        {d.peran === 'pegawai' ? t('diri.judul') : t('form.diri')}
      </Title>
      {d.diri.diajukanAt && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('diri.diajukan', { saat: formatWaktu(d.diri.diajukanAt) })}
        </Text>
      )}
      {bisaIsi ? (
        <DiriForm key={d.revisi} d={d} />
      ) : ada ? (
        <InfoList
          items={[
            { label: t('diri.ratingHasil'), value: <RatingBadge rating={d.diri.ratingHasil} /> },
            { label: t('diri.ratingPerilaku'), value: <RatingBadge rating={d.diri.ratingPerilaku} /> },
            {
              label: t('diri.catatan'),
              value: d.diri.catatan ? <Text style={{ whiteSpace: 'pre-wrap' }}>{d.diri.catatan}</Text> : null,
            },
          ]}
          labelWidth={170}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('form.diriBelum')}
        </Text>
      )}
    </Card>
  )
}
