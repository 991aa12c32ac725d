import { Button, Group, Modal, Stack, Switch } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { UnorCreate, type UnorNode } from '../../../../../shared/organisasi.ts'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useCreateUnor, useUpdateUnor } from '../api/unor.ts'
import { CountedTextInput } from '../../../components/CountedText.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'

export type UnorFormState =
  { mode: 'tambah'; induk: UnorNode | null } | { mode: 'ubah'; unit: UnorNode } | null

interface Props {
  state: UnorFormState
  instansiId: string
  onClose: () => void
  onSaved: (id: string) => void
}

const kosong = { nama: '', kode: '', namaJabatanKepala: '', mandiri: false }
const nullIfEmpty = (s: string) => (s.trim() === '' ? null : s.trim())

const awal = (state: NonNullable<UnorFormState>) =>
  state.mode === 'ubah'
    ? {
        nama: state.unit.nama,
        kode: state.unit.kode ?? '',
        namaJabatanKepala: state.unit.namaJabatanKepala ?? '',
        mandiri: state.unit.mandiri,
      }
    : kosong

function UnorForm({ state, instansiId, onClose, onSaved }: Props & { state: NonNullable<UnorFormState> }) {
  const { t } = useTranslation('unor')
  const { t: tc } = useTranslation()
  const create = useCreateUnor()
  const update = useUpdateUnor()
  const form = useForm({ initialValues: awal(state), schema: UnorCreate.pick({ nama: true }) })

  const submit = form.onSubmit(async () => {
    const v = form.values
    const input = {
      nama: v.nama.trim(),
      kode: nullIfEmpty(v.kode),
      namaJabatanKepala: nullIfEmpty(v.namaJabatanKepala),
      mandiri: v.mandiri,
    }
    const saved =
      state.mode === 'ubah'
        ? await update.mutateAsync({ id: state.unit.id, input })
        : await create.mutateAsync({ ...input, instansiId, parentId: state.induk?.id ?? null })
    notifySuccess(t(state.mode === 'ubah' ? 'sukses.diubah' : 'sukses.dibuat', { nama: saved.nama }))
    onSaved(saved.id)
    onClose()
  })

  return (
    <form onSubmit={submit} noValidate data-testid="unor-form">
      <Stack gap="sm">
        <FormError message={form.formError} />
        <CountedTextInput
          label={t('form.nama')}
          required
          data-autofocus
          max={maxLengthOf(UnorCreate, 'nama')}
          {...form.field('nama')}
        />
        <CountedTextInput
          label={t('form.kode')}
          description={t('form.kodeBantuan')}
          max={maxLengthOf(UnorCreate, 'kode')}
          {...form.field('kode')}
        />
        <CountedTextInput
          label={t('form.jabatanKepala')}
          placeholder={t('form.jabatanKepalaContoh')}
          max={maxLengthOf(UnorCreate, 'namaJabatanKepala')}
          {...form.field('namaJabatanKepala')}
        />
        <Switch
          label={t('form.mandiri')}
          description={t('form.mandiriBantuan')}
          {...form.checkbox('mandiri')}
          data-testid="unor-form-mandiri"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="unor-form-simpan">
            {tc('aksi.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Add a unit (top level or under a parent) or edit its name, code and head position title. */
export function UnorFormModal(props: Props) {
  const { t } = useTranslation('unor')
  const { state, onClose } = props
  const title =
    state?.mode === 'ubah'
      ? t('form.judulUbah')
      : state?.induk
        ? t('form.judulTambahSub', { induk: state.induk.nama })
        : t('form.judulTambah')

  return (
    <Modal opened={state !== null} onClose={onClose} title={title} size="lg">
      {state && (
        <UnorForm
          key={state.mode === 'ubah' ? state.unit.id : (state.induk?.id ?? 'root')}
          {...props}
          state={state}
        />
      )}
    </Modal>
  )
}
