import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { AtasanOverrideCreate } from '../../../../../shared/pegawai.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { PegawaiSelect } from '../../../components/PegawaiSelect.tsx'
import { emptyToNull, useForm } from '../../../lib/form.ts'
import { hariIni } from '../../../lib/format.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useBuatOverride } from '../api/atasan.ts'

const awal = () => ({
  atasanPegawaiId: null as string | null,
  mulai: hariIni() as string | null,
  selesai: null as string | null,
  alasan: '',
})

/** Admin sets another pegawai as penilai for a period (DOMAIN.md §1: the admin can override). */
export function OverrideForm({ pegawaiId, instansiId }: { pegawaiId: string; instansiId: string }) {
  const { t } = useTranslation('pegawai')
  const buat = useBuatOverride(pegawaiId)
  const form = useForm({
    initialValues: awal(),
    schema: AtasanOverrideCreate,
    transform: emptyToNull,
    required: ['atasanPegawaiId', 'mulai', 'alasan'],
  })
  const submit = form.onSubmit(async (input) => {
    await buat.mutateAsync(input)
    form.reset(awal())
    notifySuccess(t('override.sukses'))
  })
  return (
    <form onSubmit={submit} noValidate data-testid="override-form">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('override.judul')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('override.bantuan')}
          </Text>
        </div>
        <FormError message={form.formError} />
        <PegawaiSelect
          label={t('override.atasan')}
          instansiId={instansiId}
          excludeId={pegawaiId}
          required
          {...form.field('atasanPegawaiId')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField label={t('override.mulai')} required {...form.field('mulai')} />
          <DateField label={t('override.selesai')} {...form.field('selesai')} />
        </SimpleGrid>
        <CountedTextarea
          label={t('override.alasan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(AtasanOverrideCreate, 'alasan')}
          {...form.field('alasan')}
        />
        <Group>
          <Button type="submit" variant="light" loading={form.submitting} data-testid="override-simpan">
            {t('override.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
