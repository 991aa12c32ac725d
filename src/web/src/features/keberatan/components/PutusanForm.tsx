import { Card, FileInput, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core'
import { IconUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RATING } from '../../../../../shared/enums.ts'
import {
  MAKS_ALASAN_KEBERATAN,
  PutusanKeberatanInput,
  type KeberatanDetail,
} from '../../../../../shared/keberatan.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { usePutuskanAtasNama, usePutuskanKeberatan } from '../api/keberatan.ts'

/** The signed letter: a PDF or a scan. */
const ACCEPT_SURAT = 'application/pdf,image/png,image/jpeg,image/webp,image/gif'

/**
 * The decision (PP 30/2019 Pasal 59): keep the result or change the ratings, with the reasons; final. For a
 * non-ASN atasan penilai an admin records the official's decision with the signed letter (`atasNama`).
 */
export function PutusanForm({ k, atasNama }: { k: KeberatanDetail; atasNama: boolean }) {
  const { t } = useTranslation('keberatan')
  const putuskan = usePutuskanKeberatan(k.id)
  const putuskanAtasNama = usePutuskanAtasNama(k.id)
  const [surat, setSurat] = useState<File | null>(null)
  // DOMAIN §5 leader rule: a unit head's rating hasil kerja follows the unit's predikat organisasi
  const pimpinan = k.evaluasi.sumberRatingHasil === 'predikat_organisasi'
  const [galatSurat, setGalatSurat] = useState<string | null>(null)
  const form = useForm({
    initialValues: {
      keputusan: 'tetap' as 'tetap' | 'ubah',
      ratingHasil: (pimpinan ? k.evaluasi.ratingHasil : (k.usulRatingHasil ?? k.evaluasi.ratingHasil)) as
        string | null,
      ratingPerilaku: (k.usulRatingPerilaku ?? k.evaluasi.ratingPerilaku) as string | null,
      alasan: '',
    },
    schema: PutusanKeberatanInput,
    required: ['alasan'],
  })
  const pilihan = RATING.map((r) => ({ value: r, label: t(`common:rating.${r}`) }))
  const submit = form.onSubmit(async (input) => {
    const data = input as PutusanKeberatanInput
    const body = data.keputusan === 'ubah' ? data : { keputusan: data.keputusan, alasan: data.alasan }
    if (atasNama) {
      if (!surat) return setGalatSurat(t('suratWajib'))
      setGalatSurat(null)
      await putuskanAtasNama.mutateAsync({ ...body, surat })
    } else await putuskan.mutateAsync(body)
    notifySuccess(t('diputuskanSukses'))
  })
  const ubah = form.values.keputusan === 'ubah'
  return (
    <Card withBorder padding="md" data-testid="keberatan-putusan-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {atasNama ? t('putuskanAtasNama') : t('putuskan')}
          </Title>
          {atasNama && (
            <Text size="sm" c="dimmed">
              {t('atasNamaBantuan')}
            </Text>
          )}
          <FormError message={form.formError} />
          <SegmentedControl
            aria-label={t('keputusan.label')}
            data={[
              { value: 'tetap', label: t('keputusan.tetap') },
              { value: 'ubah', label: t('keputusan.ubah') },
            ]}
            value={form.values.keputusan}
            onChange={(v) => form.setFieldValue('keputusan', v as 'tetap' | 'ubah')}
            data-testid="keberatan-keputusan"
            style={{ alignSelf: 'flex-start' }}
          />
          {ubah && (
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t('ratingHasil')}
                data={pilihan}
                required
                {...form.field('ratingHasil')}
                disabled={pimpinan}
                description={pimpinan ? t('ratingHasilPimpinan') : undefined}
                data-testid="keberatan-rating-hasil"
              />
              <Select
                label={t('ratingPerilaku')}
                data={pilihan}
                required
                {...form.field('ratingPerilaku')}
                data-testid="keberatan-rating-perilaku"
              />
            </Group>
          )}
          <CountedTextarea
            label={t('alasanKeputusan')}
            required
            autosize
            minRows={3}
            max={MAKS_ALASAN_KEBERATAN}
            {...form.field('alasan')}
            data-testid="keberatan-alasan-keputusan"
          />
          {atasNama && (
            <FileInput
              label={t('surat')}
              required
              accept={ACCEPT_SURAT}
              leftSection={<IconUpload size={16} />}
              value={surat}
              onChange={setSurat}
              error={galatSurat}
              clearable
              data-testid="keberatan-surat"
            />
          )}
          <Text size="xs" c="dimmed">
            {t('putusanFinal')}
          </Text>
          <Group justify="flex-end">
            {/* final (PP 30/2019 Pasal 59): asked once more before it is sent */}
            <ConfirmButton
              color="blue"
              message={t('konfirmasi')}
              confirmLabel={atasNama ? t('putuskanAtasNama') : t('putuskan')}
              onConfirm={() => submit()}
              loading={form.submitting}
              data-testid="keberatan-putuskan"
            >
              {atasNama ? t('putuskanAtasNama') : t('putuskan')}
            </ConfirmButton>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}
