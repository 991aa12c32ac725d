import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { DialogCreate, JENIS_DIALOG } from '../../../../../shared/dialog-kinerja.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useBuatDialog, useCalonDialog } from '../api/dialog-kinerja.ts'

interface Props {
  tahun: number
  onClose: () => void
}

function BuatForm({ tahun, onClose }: Props) {
  const { t } = useTranslation('dialog-kinerja')
  const navigate = useNavigate()
  const calon = useCalonDialog(tahun, true)
  const buat = useBuatDialog()
  const form = useForm({
    initialValues: {
      skpId: null as string | null,
      jenis: 'bimbingan' as string | null,
      tanggal: null as string | null,
      topik: '',
    },
    schema: DialogCreate,
    required: ['skpId', 'jenis', 'tanggal', 'topik'],
  })
  const submit = form.onSubmit(async (input) => {
    const d = await buat.mutateAsync(input as DialogCreate)
    notifySuccess(t('sukses'))
    onClose()
    await navigate(`/dialog-kinerja/${d.id}`)
  })
  const opsi = (calon.data?.items ?? []).map((c) => ({
    value: c.skpId,
    label: c.nip ? `${c.nama} (${c.nip})` : c.nama,
  }))
  return (
    <form onSubmit={submit} noValidate data-testid="dialog-form">
      <Stack gap="sm">
        <FormError message={form.formError} />
        {calon.isSuccess && opsi.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('tanpaCalon')}
          </Text>
        )}
        <Select
          label={t('pilihPegawai')}
          required
          searchable
          data={opsi}
          comboboxProps={{ withinPortal: true }}
          {...form.field('skpId')}
          data-testid="dialog-pegawai"
        />
        <Select
          label={t('jenis.label')}
          required
          data={JENIS_DIALOG.map((j) => ({ value: j, label: t(`jenis.${j}`) }))}
          comboboxProps={{ withinPortal: true }}
          {...form.field('jenis')}
          data-testid="dialog-jenis"
        />
        <DateField label={t('tanggal')} required {...form.field('tanggal')} data-testid="dialog-tanggal" />
        <CountedTextarea
          label={t('topik')}
          required
          autosize
          minRows={3}
          max={maxLengthOf(DialogCreate, 'topik')}
          {...form.field('topik')}
          data-testid="dialog-topik"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="dialog-simpan">
            {t('simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** The penilai schedules a coaching or counselling session with a subordinate whose SKP is approved. */
export function DialogBuatModal({ opened, ...props }: Props & { opened: boolean }) {
  const { t } = useTranslation('dialog-kinerja')
  return (
    <Modal opened={opened} onClose={props.onClose} title={t('buat')} size="lg">
      {opened && <BuatForm {...props} />}
    </Modal>
  )
}
