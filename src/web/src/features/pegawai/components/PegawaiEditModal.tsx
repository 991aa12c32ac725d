import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PegawaiUpdate, type PegawaiDetail } from '../../../../../shared/pegawai.ts'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { formatNip } from '../../../lib/format.ts'
import { useUpdatePegawai } from '../api/pegawai.ts'
import { PegawaiFields, type PegawaiValues } from './PegawaiFields.tsx'

const dariDetail = (p: PegawaiDetail): PegawaiValues => ({
  nama: p.nama,
  gelarDepan: p.gelarDepan ?? '',
  gelarBelakang: p.gelarBelakang ?? '',
  jenisKelamin: p.jenisKelamin,
  tempatLahir: p.tempatLahir ?? '',
  tanggalLahir: p.tanggalLahir,
  jenisAsn: p.jenisAsn,
  golongan: p.golongan ?? '',
  pangkat: p.pangkat ?? '',
  status: p.status,
  statusMulai: p.statusMulai,
  statusSelesai: p.statusSelesai,
  email: p.email ?? '',
})

/** Cleared optional text fields are sent as null so they are really emptied. */
const keInput = (v: PegawaiValues) => ({
  ...v,
  gelarDepan: v.gelarDepan.trim() || null,
  gelarBelakang: v.gelarBelakang.trim() || null,
  tempatLahir: v.tempatLahir.trim() || null,
  golongan: v.golongan.trim() || null,
  pangkat: v.pangkat.trim() || null,
  email: v.email.trim() || null,
  jenisKelamin: v.jenisKelamin ?? undefined,
  tanggalLahir: v.tanggalLahir ?? undefined,
  jenisAsn: v.jenisAsn ?? undefined,
  status: v.status ?? undefined,
  // an active pegawai has no exemption dates
  statusMulai: v.status === 'aktif' ? null : v.statusMulai,
  statusSelesai: v.status === 'aktif' ? null : v.statusSelesai,
})

function EditForm({ pegawai, onClose }: { pegawai: PegawaiDetail; onClose: () => void }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const update = useUpdatePegawai(pegawai.id)
  const form = useForm({
    initialValues: dariDetail(pegawai),
    schema: PegawaiUpdate,
    transform: keInput,
    required: ['nama', 'jenisKelamin', 'tanggalLahir', 'jenisAsn', 'status'],
  })
  const submit = form.onSubmit(async (input) => {
    const saved = await update.mutateAsync(input)
    notifySuccess(t('form.sukses.diubah', { nama: saved.nama }))
    onClose()
  })
  return (
    <form onSubmit={submit} noValidate data-testid="pegawai-edit-form">
      <Stack gap="sm">
        <FormError message={form.formError} />
        <TextInput
          label={tc('field.nip')}
          value={formatNip(pegawai.nip)}
          readOnly
          description={t('form.nipTetap')}
        />
        <PegawaiFields form={form} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="pegawai-edit-simpan">
            {tc('aksi.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function PegawaiEditModal({
  pegawai,
  opened,
  onClose,
}: {
  pegawai: PegawaiDetail
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('pegawai')
  return (
    <Modal opened={opened} onClose={onClose} title={t('form.judulUbah')} size="lg">
      {opened && <EditForm pegawai={pegawai} onClose={onClose} />}
    </Modal>
  )
}
