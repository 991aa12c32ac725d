import { Button, Group, Modal, Select, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  DialogBatal,
  DialogSelesai,
  DialogUpdate,
  JENIS_DIALOG,
  type DialogDetail,
} from '../../../../../shared/dialog-kinerja.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useBatalkanDialog, useSelesaikanDialog, useUbahDialog } from '../api/dialog-kinerja.ts'

interface Props {
  d: DialogDetail
  onClose: () => void
}

function Tombol({ onClose, loading, label }: { onClose: () => void; loading: boolean; label: string }) {
  const { t } = useTranslation('dialog-kinerja')
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onClose}>
        {t('batal')}
      </Button>
      <Button type="submit" loading={loading} data-testid="dialog-langkah-simpan">
        {label}
      </Button>
    </Group>
  )
}

/** The atasan records that the session was held: topics as discussed, agreed actions, follow-up date. */
function SelesaiForm({ d, onClose }: Props) {
  const { t } = useTranslation('dialog-kinerja')
  const selesai = useSelesaikanDialog(d.id)
  const form = useForm({
    initialValues: {
      topik: d.topik,
      tindakLanjut: '',
      tanggalTindakLanjut: null as string | null,
      versi: d.versi,
    },
    schema: DialogSelesai,
    required: ['tindakLanjut'],
  })
  const submit = form.onSubmit(async (input) => {
    await selesai.mutateAsync(input as DialogSelesai)
    notifySuccess(t('sukses'))
    onClose()
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <CountedTextarea
          label={t('topik')}
          autosize
          minRows={2}
          max={maxLengthOf(DialogSelesai, 'topik')}
          {...form.field('topik')}
        />
        <CountedTextarea
          label={t('tindakLanjut')}
          required
          autosize
          minRows={3}
          max={maxLengthOf(DialogSelesai, 'tindakLanjut')}
          {...form.field('tindakLanjut')}
          data-testid="dialog-tindak-lanjut"
        />
        <DateField label={t('tanggalTindakLanjut')} {...form.field('tanggalTindakLanjut')} />
        <Tombol onClose={onClose} loading={form.submitting} label={t('simpan')} />
      </Stack>
    </form>
  )
}

function BatalForm({ d, onClose }: Props) {
  const { t } = useTranslation('dialog-kinerja')
  const batal = useBatalkanDialog(d.id)
  const form = useForm({
    initialValues: { alasan: '', versi: d.versi },
    schema: DialogBatal,
    required: ['alasan'],
  })
  const submit = form.onSubmit(async (input) => {
    await batal.mutateAsync(input as DialogBatal)
    onClose()
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <CountedTextarea
          label={t('alasanBatal')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(DialogBatal, 'alasan')}
          {...form.field('alasan')}
        />
        <Tombol onClose={onClose} loading={form.submitting} label={t('batalkan')} />
      </Stack>
    </form>
  )
}

/** The atasan reschedules: kind, date and topics while the session is still to come. */
function UbahForm({ d, onClose }: Props) {
  const { t } = useTranslation('dialog-kinerja')
  const ubah = useUbahDialog(d.id)
  const form = useForm({
    initialValues: {
      jenis: d.jenis as string | null,
      tanggal: d.tanggal as string | null,
      topik: d.topik,
      versi: d.versi,
    },
    schema: DialogUpdate,
    required: ['jenis', 'tanggal', 'topik'],
  })
  const submit = form.onSubmit(async (input) => {
    await ubah.mutateAsync(input as DialogUpdate)
    notifySuccess(t('sukses'))
    onClose()
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <Select
          label={t('jenis.label')}
          required
          data={JENIS_DIALOG.map((j) => ({ value: j, label: t(`jenis.${j}`) }))}
          comboboxProps={{ withinPortal: true }}
          {...form.field('jenis')}
        />
        <DateField label={t('tanggal')} required {...form.field('tanggal')} />
        <CountedTextarea
          label={t('topik')}
          required
          autosize
          minRows={3}
          max={maxLengthOf(DialogUpdate, 'topik')}
          {...form.field('topik')}
        />
        <Tombol onClose={onClose} loading={form.submitting} label={t('simpan')} />
      </Stack>
    </form>
  )
}

export type Langkah = 'ubah' | 'selesai' | 'batal'
const JUDUL: Record<Langkah, string> = { ubah: 'ubah', selesai: 'judulSelesai', batal: 'batalkan' }

/** The atasan's steps on a scheduled dialog: reschedule, record that it was held, or cancel it. */
export function DialogLangkahModal({ langkah, ...props }: Props & { langkah: Langkah | null }) {
  const { t } = useTranslation('dialog-kinerja')
  return (
    <Modal
      opened={langkah !== null}
      onClose={props.onClose}
      title={langkah ? t(JUDUL[langkah]) : ''}
      size="lg"
    >
      {langkah === 'ubah' && <UbahForm {...props} />}
      {langkah === 'selesai' && <SelesaiForm {...props} />}
      {langkah === 'batal' && <BatalForm {...props} />}
    </Modal>
  )
}
