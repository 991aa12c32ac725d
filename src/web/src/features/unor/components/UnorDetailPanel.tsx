import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowsMove, IconPencil, IconPlus, IconPower } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LABEL_JENIS_PENUGASAN } from '../../../../../domain/labels.ts'
import type { UnorNode } from '../../../../../shared/organisasi.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { InfoList } from '../../../components/InfoList.tsx'
import { formatNip, labelOf } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useUpdateUnor } from '../api/unor.ts'

interface Props {
  unit: UnorNode
  induk: UnorNode | undefined
  onTambahSub: () => void
  onUbah: () => void
  onPindah: () => void
}

function Kepala({ unit }: { unit: UnorNode }) {
  const { t } = useTranslation('unor')
  if (!unit.kepala)
    return (
      <Text size="sm" c="orange.9">
        {t('detail.kepalaKosong')}
      </Text>
    )
  return (
    <Stack gap={0}>
      <Anchor component={Link} to={`/admin/pegawai/${unit.kepala.pegawaiId}`} size="sm" fw={600}>
        {unit.kepala.nama}
      </Anchor>
      <Text size="xs" c="dimmed">
        {formatNip(unit.kepala.nip)}
      </Text>
      {unit.kepala.jenis !== 'definitif' && (
        <Badge color="orange" size="sm" mt={2}>
          {labelOf(LABEL_JENIS_PENUGASAN[unit.kepala.jenis])}
        </Badge>
      )}
    </Stack>
  )
}

/** The selected unit: head, headcount, parent, and the actions on it. */
export function UnorDetailPanel({ unit, induk, onTambahSub, onUbah, onPindah }: Props) {
  const { t } = useTranslation('unor')
  const { t: tc } = useTranslation()
  const update = useUpdateUnor()
  const setAktif = async (aktif: boolean) => {
    try {
      await update.mutateAsync({ id: unit.id, input: { aktif } })
      notifySuccess(t(aktif ? 'sukses.diaktifkan' : 'sukses.dinonaktifkan', { nama: unit.nama }))
    } catch (err) {
      notifyError(err)
    }
  }
  return (
    <Card withBorder padding="lg" data-testid="unor-detail">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {t('detail.judul')}
      </Text>
      <Title order={2} size="h3" mb="sm">
        {unit.nama}
      </Title>
      <InfoList
        labelWidth={150}
        items={[
          { label: t('detail.kode'), value: unit.kode },
          { label: t('detail.induk'), value: induk?.nama ?? t('detail.teratas') },
          { label: t('detail.jabatanKepala'), value: unit.namaJabatanKepala },
          // DOMAIN §2: the head of a unit kerja mandiri writes the SKP for JPT and pimpinan unit kerja mandiri
          { label: t('detail.mandiri'), value: t(unit.mandiri ? 'detail.mandiriYa' : 'detail.mandiriTidak') },
          { label: t('detail.kepala'), value: <Kepala unit={unit} /> },
          {
            label: t('detail.jumlahPegawai'),
            value: (
              <Group gap="xs">
                <Text size="sm">{unit.jumlahPegawai}</Text>
                <Anchor component={Link} to={`/admin/pegawai?unorId=${unit.id}`} size="sm">
                  {t('detail.lihatPegawai')}
                </Anchor>
              </Group>
            ),
          },
          {
            label: t('detail.status'),
            value: unit.aktif ? tc('status.aktif') : <Badge color="gray">{tc('status.nonaktif')}</Badge>,
          },
        ]}
      />
      <Group gap="xs" mt="lg">
        {unit.aktif && (
          <Button
            size="sm"
            leftSection={<IconPlus size={16} />}
            onClick={onTambahSub}
            data-testid="unor-tambah-sub"
          >
            {t('aksi.tambahSub')}
          </Button>
        )}
        <Button
          size="sm"
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={onUbah}
          data-testid="unor-ubah"
        >
          {t('aksi.ubah')}
        </Button>
        <Button
          size="sm"
          variant="default"
          leftSection={<IconArrowsMove size={16} />}
          onClick={onPindah}
          data-testid="unor-pindah"
        >
          {t('aksi.pindah')}
        </Button>
        <ConfirmButton
          size="sm"
          variant="light"
          color={unit.aktif ? 'red' : 'green'}
          leftSection={<IconPower size={16} />}
          message={t(unit.aktif ? 'konfirmasi.nonaktifkan' : 'konfirmasi.aktifkan', { nama: unit.nama })}
          confirmLabel={t(unit.aktif ? 'aksi.nonaktifkan' : 'aksi.aktifkan')}
          onConfirm={() => setAktif(!unit.aktif)}
          data-testid="unor-nonaktifkan"
        >
          {t(unit.aktif ? 'aksi.nonaktifkan' : 'aksi.aktifkan')}
        </ConfirmButton>
      </Group>
    </Card>
  )
}
