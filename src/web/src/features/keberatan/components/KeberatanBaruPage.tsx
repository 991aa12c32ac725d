import { Alert, Anchor, Button, Card, Group, Select, Stack } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { RATING } from '../../../../../shared/enums.ts'
import {
  KeberatanInput,
  MAKS_ALASAN_KEBERATAN,
  type BatasKeberatanView,
} from '../../../../../shared/keberatan.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useAjukanKeberatan, useBatasKeberatan } from '../api/keberatan.ts'
import { EvaluasiRingkas } from './EvaluasiRingkas.tsx'

function Formulir({ b }: { b: BatasKeberatanView }) {
  const { t } = useTranslation('keberatan')
  const navigate = useNavigate()
  const ajukan = useAjukanKeberatan(b.evaluasi.id)
  const form = useForm({
    initialValues: {
      alasan: '',
      usulRatingHasil: null as string | null,
      usulRatingPerilaku: null as string | null,
    },
    schema: KeberatanInput,
    required: ['alasan'],
  })
  const pilihan = RATING.map((r) => ({ value: r, label: t(`common:rating.${r}`) }))
  const submit = form.onSubmit(async (input) => {
    const k = await ajukan.mutateAsync(input as KeberatanInput)
    notifySuccess(t('sukses'))
    void navigate(`/keberatan/${k.id}`)
  })
  return (
    <Card withBorder padding="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={form.formError} />
          <CountedTextarea
            label={t('alasan')}
            description={t('alasanBantuan')}
            required
            autosize
            minRows={4}
            max={MAKS_ALASAN_KEBERATAN}
            {...form.field('alasan')}
            data-testid="keberatan-alasan"
          />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('usulHasil')}
              data={pilihan}
              clearable
              {...form.field('usulRatingHasil')}
              data-testid="keberatan-usul-hasil"
            />
            <Select
              label={t('usulPerilaku')}
              data={pilihan}
              clearable
              {...form.field('usulRatingPerilaku')}
              data-testid="keberatan-usul-perilaku"
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} data-testid="keberatan-ajukan">
              {t('ajukan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}

function Isi({ b }: { b: BatasKeberatanView }) {
  const { t } = useTranslation('keberatan')
  const pemutus = b.pemutus ? { nama: b.pemutus.nama, nonAsn: b.pemutusNonAsn } : null
  return (
    <Stack gap="md">
      <EvaluasiRingkas e={b.evaluasi} batas={b.batas} pemutus={pemutus} />
      {b.boleh ? (
        <Formulir b={b} />
      ) : (
        <Alert color="orange" icon={<IconAlertCircle size={18} />} data-testid="keberatan-tidak-boleh">
          <Stack gap={4}>
            {b.alasan ? t(`tidakBoleh.${b.alasan}`) : null}
            {b.keberatanId && (
              <Anchor component={Link} to={`/keberatan/${b.keberatanId}`}>
                {t('lihat')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  )
}

/** /keberatan/baru?evaluasi=<id>: the result, the deadline, and the filing form while the window is open. */
export function KeberatanBaruPage() {
  const { t } = useTranslation('keberatan')
  const [params] = useSearchParams()
  const evaluasiId = params.get('evaluasi') ?? ''
  const batas = useBatasKeberatan(evaluasiId)
  return (
    <Stack gap="md">
      <PageHeader title={t('ajukanJudul')} description={t('deskripsi')} />
      {evaluasiId ? (
        <QueryState query={batas}>{(b) => <Isi b={b} />}</QueryState>
      ) : (
        <EmptyState message={t('tanpaEvaluasi')} />
      )}
      <Anchor component={Link} to="/keberatan" size="sm">
        {t('kembali')}
      </Anchor>
    </Stack>
  )
}
