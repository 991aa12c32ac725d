import { Button, Group, Modal, Select, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { TimKerjaUpdate, type TimKerjaDetail } from '../../../../../shared/kaskade.ts'
import { CountedTextarea, CountedTextInput } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useMe } from '../../../lib/session.tsx'
import { useBuatTim, useRhkSaya, useUbahTim } from '../api/tim-kerja.ts'
import { PegawaiPilih } from './PegawaiPilih.tsx'

interface Props {
  tahun: number
  tim: TimKerjaDetail | null
  onClose: () => void
}

function TimForm({ tahun, tim, onClose }: Props) {
  const { t } = useTranslation('kaskade')
  const { t: tc } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const buat = useBuatTim()
  const ubah = useUbahTim(tim?.id ?? '')
  const rhk = useRhkSaya(tahun, Boolean(me.pegawai))
  const form = useForm({
    initialValues: {
      nama: tim?.nama ?? '',
      deskripsi: tim?.deskripsi ?? '',
      ketuaPegawaiId: tim?.ketua.pegawaiId ?? me.pegawai?.id ?? null,
      rhkId: tim?.rhk?.id ?? null,
    },
    schema: TimKerjaUpdate,
    required: ['nama', 'ketuaPegawaiId'],
    transform: (v) => ({
      ...v,
      deskripsi: v.deskripsi.trim() || null,
      ketuaPegawaiId: v.ketuaPegawaiId ?? undefined,
    }),
  })
  const submit = form.onSubmit(async (input) => {
    const hasil = tim
      ? await ubah.mutateAsync(input)
      : await buat.mutateAsync({
          ...input,
          nama: input.nama!,
          ketuaPegawaiId: input.ketuaPegawaiId!,
          tahun,
          anggota: [],
        })
    notifySuccess(t('tim.sukses', { nama: hasil.nama }))
    onClose()
    if (!tim) await navigate(`/tim-kerja/${hasil.id}`)
  })
  const rhkOpsi = rhk.map((r) => ({ value: r.id, label: r.deskripsi }))
  if (tim?.rhk && !rhkOpsi.some((o) => o.value === tim.rhk!.id))
    rhkOpsi.unshift({ value: tim.rhk.id, label: tim.rhk.deskripsi })
  return (
    <form onSubmit={submit} noValidate data-testid="tim-form">
      <Stack gap="sm">
        <FormError message={form.formError} />
        <CountedTextInput
          label={t('tim.nama')}
          required
          max={maxLengthOf(TimKerjaUpdate, 'nama')}
          data-autofocus
          {...form.field('nama')}
          data-testid="tim-nama"
        />
        <CountedTextarea
          label={t('tim.deskripsiField')}
          autosize
          minRows={2}
          max={maxLengthOf(TimKerjaUpdate, 'deskripsi')}
          {...form.field('deskripsi')}
        />
        <PegawaiPilih
          label={t('tim.ketua')}
          required
          tahun={tahun}
          {...form.field('ketuaPegawaiId')}
          data-testid="tim-ketua"
        />
        <Select
          label={t('tim.rhkField')}
          description={t('tim.rhkBantuan')}
          clearable
          data={rhkOpsi}
          comboboxProps={{ withinPortal: true }}
          {...form.field('rhkId')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="tim-simpan">
            {t('tim.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Create a team (then add members on its page) or edit its name, leader and RHK. */
export function TimKerjaFormModal({ opened, ...props }: Props & { opened: boolean }) {
  const { t } = useTranslation('kaskade')
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={t(props.tim ? 'tim.judulUbah' : 'tim.judulBuat')}
      size="lg"
    >
      {opened && <TimForm {...props} />}
    </Modal>
  )
}
