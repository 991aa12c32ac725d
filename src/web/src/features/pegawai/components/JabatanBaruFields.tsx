import { Button, Checkbox, Paper, Select, SimpleGrid, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  JabatanCreate,
  JENIS_JABATAN,
  JENJANG_FUNGSIONAL,
  type JabatanView,
} from '../../../../../shared/organisasi.ts'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useCreateJabatan } from '../api/penugasan.ts'
import { CountedTextInput } from '../../../components/CountedText.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'

interface Props {
  instansiId: string
  unorId: string
  onCreated: (jabatan: JabatanView) => void
}

/** Creates a position in the chosen unit without leaving the mutasi dialog (not a nested form). */
export function JabatanBaruFields({ instansiId, unorId, onCreated }: Props) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const create = useCreateJabatan()
  const form = useForm({
    initialValues: {
      nama: '',
      jenis: 'pelaksana' as string | null,
      jenjang: null as string | null,
      isKepala: false,
    },
    schema: JabatanCreate,
    required: ['nama', 'jenis'],
    transform: (v) => ({ ...v, instansiId, unorId, jenjang: v.jenis === 'fungsional' ? v.jenjang : null }),
  })
  const buat = form.onSubmit(async (input) => {
    const saved = await create.mutateAsync(input)
    notifySuccess(t('jabatanBaru.sukses', { nama: saved.nama }))
    onCreated(saved)
  })
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap="xs">
        <Title order={3} size="h6">
          {t('jabatanBaru.judul')}
        </Title>
        <FormError message={form.formError} />
        <CountedTextInput
          label={t('jabatanBaru.nama')}
          required
          max={maxLengthOf(JabatanCreate, 'nama')}
          {...form.field('nama')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <Select
            label={t('jabatanBaru.jenis')}
            required
            data={JENIS_JABATAN.map((j) => ({ value: j, label: tc(`enum.jenisJabatan.${j}`) }))}
            {...form.field('jenis')}
          />
          {form.values.jenis === 'fungsional' && (
            <Select
              label={t('jabatanBaru.jenjang')}
              required
              data={JENJANG_FUNGSIONAL.map((j) => ({ value: j, label: tc(`enum.jenjang.${j}`) }))}
              {...form.field('jenjang')}
            />
          )}
        </SimpleGrid>
        <Checkbox label={t('jabatanBaru.isKepala')} {...form.checkbox('isKepala')} />
        <Button
          type="button"
          variant="light"
          size="xs"
          onClick={() => void buat()}
          loading={form.submitting}
          w="fit-content"
        >
          {t('jabatanBaru.simpan')}
        </Button>
      </Stack>
    </Paper>
  )
}
