import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { UnorNode } from '../../../../../shared/organisasi.ts'
import { FormError } from '../../../components/FormError.tsx'
import { UNOR_ROOT, UnorSelect } from '../../../components/UnorSelect.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useUpdateUnor } from '../api/unor.ts'

interface Props {
  unit: UnorNode | null
  instansiId: string
  onClose: () => void
}

function PindahForm({ unit, instansiId, onClose }: Props & { unit: UnorNode }) {
  const { t } = useTranslation('unor')
  const { t: tc } = useTranslation()
  const update = useUpdateUnor()
  const form = useForm({
    initialValues: { parentId: (unit.parentId ?? UNOR_ROOT) as string | null },
    required: ['parentId'],
  })

  const submit = form.onSubmit(async ({ parentId }) => {
    const saved = await update.mutateAsync({
      id: unit.id,
      input: { parentId: parentId === UNOR_ROOT ? null : parentId },
    })
    notifySuccess(t('sukses.dipindah', { nama: saved.nama }))
    onClose()
  })

  return (
    <form onSubmit={submit} noValidate data-testid="unor-pindah-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('pindah.bantuan')}
        </Text>
        <FormError message={form.formError} />
        <UnorSelect
          label={t('pindah.induk')}
          instansiId={instansiId}
          excludeSubtreeOf={unit.id}
          rootLabel={t('pindah.teratas')}
          required
          comboboxProps={{ withinPortal: true }}
          {...form.field('parentId')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="unor-pindah-simpan">
            {t('aksi.pindah')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Move a unit (with its sub-units) under another parent; the server refuses cycles. */
export function UnorPindahModal(props: Props) {
  const { t } = useTranslation('unor')
  const { unit, onClose } = props
  return (
    <Modal
      opened={unit !== null}
      onClose={onClose}
      title={unit ? t('pindah.judul', { nama: unit.nama }) : ''}
      size="lg"
    >
      {unit && <PindahForm key={unit.id} {...props} unit={unit} />}
    </Modal>
  )
}
