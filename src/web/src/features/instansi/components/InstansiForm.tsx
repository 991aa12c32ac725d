import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { InstansiCreate, InstansiUpdate, type InstansiView } from '../../../../../shared/organisasi.ts'
import { FormError } from '../../../components/FormError.tsx'
import { emptyToNull, useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useCreateInstansi, useUpdateInstansi } from '../api/instansi.ts'
import { CountedTextInput } from '../../../components/CountedText.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'

const nilaiAwal = (i?: InstansiView) => ({
  kode: i?.kode ?? '',
  nama: i?.nama ?? '',
  jenis: (i?.jenis ?? 'daerah') as string | null,
  lokasi: i?.lokasi ?? '',
  pejabatNonAsnNama: i?.pejabatNonAsnNama ?? '',
  pejabatNonAsnJabatan: i?.pejabatNonAsnJabatan ?? '',
})

interface Props {
  /** Absent: create a new instansi. */
  instansi?: InstansiView
  onDone?: () => void
  onCancel?: () => void
}

/** Create (national admin) or edit an instansi; the code is fixed once created. */
export function InstansiForm({ instansi, onDone, onCancel }: Props) {
  const { t } = useTranslation('instansi')
  const { t: tc } = useTranslation()
  const create = useCreateInstansi()
  const update = useUpdateInstansi()
  const baru = !instansi
  const form = useForm({
    initialValues: nilaiAwal(instansi),
    schema: baru ? InstansiCreate : InstansiUpdate,
    required: baru ? ['kode', 'nama', 'jenis'] : ['nama', 'jenis'],
    transform: (v) => {
      const { kode, ...rest } = emptyToNull(v)
      return baru ? { ...rest, kode: (kode ?? '').toUpperCase() } : rest
    },
  })
  const submit = form.onSubmit(async (input) => {
    const saved = instansi
      ? await update.mutateAsync({ id: instansi.id, input })
      : await create.mutateAsync(input as InstansiCreate)
    notifySuccess(t(baru ? 'form.sukses.dibuat' : 'form.sukses.diubah', { nama: saved.nama }))
    onDone?.()
  })
  return (
    <form onSubmit={submit} noValidate data-testid="instansi-form">
      <Stack gap="sm">
        <FormError message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('form.kode')}
            description={t('form.kodeBantuan')}
            required={baru}
            readOnly={!baru}
            variant={baru ? 'default' : 'filled'}
            {...form.field('kode')}
          />
          <Select
            label={t('form.jenis')}
            required
            data={(['pusat', 'daerah'] as const).map((j) => ({
              value: j,
              label: tc(`enum.jenisInstansi.${j}`),
            }))}
            {...form.field('jenis')}
          />
        </SimpleGrid>
        <CountedTextInput
          label={t('form.nama')}
          required
          max={maxLengthOf(InstansiCreate, 'nama')}
          {...form.field('nama')}
        />
        <CountedTextInput
          label={t('form.lokasi')}
          max={maxLengthOf(InstansiCreate, 'lokasi')}
          {...form.field('lokasi')}
        />
        <Text size="xs" c="dimmed">
          {t('form.pejabatNonAsnBantuan')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <CountedTextInput
            label={t('form.pejabatNonAsnNama')}
            max={maxLengthOf(InstansiCreate, 'pejabatNonAsnNama')}
            {...form.field('pejabatNonAsnNama')}
          />
          <CountedTextInput
            label={t('form.pejabatNonAsnJabatan')}
            max={maxLengthOf(InstansiCreate, 'pejabatNonAsnJabatan')}
            {...form.field('pejabatNonAsnJabatan')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {tc('aksi.batal')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting} data-testid="instansi-simpan">
            {tc('aksi.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
