import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { PegawaiCreate } from '../../../../../shared/pegawai.ts'
import { FormError } from '../../../components/FormError.tsx'
import { emptyToUndefined, useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useCreatePegawai } from '../api/pegawai.ts'
import { PEGAWAI_KOSONG, PegawaiFields } from './PegawaiFields.tsx'

function CreateForm({ instansiId, onClose }: { instansiId: string; onClose: () => void }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const create = useCreatePegawai()
  const form = useForm({
    initialValues: { nip: '', ...PEGAWAI_KOSONG },
    schema: PegawaiCreate,
    required: ['nip', 'nama', 'jenisAsn', 'status'],
    transform: (v) => ({ ...emptyToUndefined(v), instansiId }),
  })
  const submit = form.onSubmit(async (input) => {
    const saved = await create.mutateAsync(input)
    notifySuccess(t('form.sukses.dibuat', { nama: saved.nama }))
    onClose()
    await navigate(`/admin/pegawai/${saved.id}`)
  })
  return (
    <form onSubmit={submit} noValidate data-testid="pegawai-form">
      <Stack gap="sm">
        <FormError message={form.formError} />
        <TextInput
          label={tc('field.nip')}
          description={t('form.nipBantuan')}
          required
          inputMode="numeric"
          maxLength={18}
          data-autofocus
          {...form.field('nip')}
        />
        <PegawaiFields form={form} fromNip />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="pegawai-form-simpan">
            {tc('aksi.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Add a pegawai by NIP; the detail page opens next to add the first position. */
export function PegawaiCreateModal({
  opened,
  instansiId,
  onClose,
}: {
  opened: boolean
  instansiId: string
  onClose: () => void
}) {
  const { t } = useTranslation('pegawai')
  return (
    <Modal opened={opened} onClose={onClose} title={t('form.judulTambah')} size="lg">
      {opened && <CreateForm instansiId={instansiId} onClose={onClose} />}
    </Modal>
  )
}
