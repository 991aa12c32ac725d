import { Alert, Button, Card, Group, List, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LABEL_JENIS_PENUGASAN } from '../../../../../domain/labels.ts'
import { parseNip } from '../../../../../domain/nip.ts'
import type { PegawaiDetail } from '../../../../../shared/pegawai.ts'
import { InfoList } from '../../../components/InfoList.tsx'
import { formatNip, formatTanggal, labelOf, namaLengkap } from '../../../lib/format.ts'
import { PegawaiEditModal } from './PegawaiEditModal.tsx'

export function PegawaiDataCard({ pegawai: p }: { pegawai: PegawaiDetail }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const [editing, { open, close }] = useDisclosure(false)
  const tugas = p.penugasanSaatIni
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('detail.data')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPencil size={14} />}
          onClick={open}
          data-testid="pegawai-ubah"
        >
          {t('detail.ubahData')}
        </Button>
      </Group>
      <PeringatanNip pegawai={p} />
      <InfoList
        items={[
          { label: tc('field.nama'), value: namaLengkap(p) },
          { label: tc('field.nip'), value: formatNip(p.nip) },
          { label: t('detail.jenisKelamin'), value: tc(`enum.jenisKelamin.${p.jenisKelamin}`) },
          {
            label: t('detail.tanggalLahir'),
            value: [p.tempatLahir, formatTanggal(p.tanggalLahir)].filter(Boolean).join(', '),
          },
          { label: tc('field.jenisAsn'), value: tc(`enum.jenisAsn.${p.jenisAsn}`) },
          { label: tc('field.pangkat'), value: [p.pangkat, p.golongan].filter(Boolean).join(', ') },
          {
            label: tc('field.status'),
            value:
              tc(`enum.statusKepegawaian.${p.status}`) +
              (p.statusMulai || p.statusSelesai
                ? ` (${formatTanggal(p.statusMulai) || '…'} – ${formatTanggal(p.statusSelesai) || '…'})`
                : ''),
          },
          { label: t('detail.email'), value: p.email },
          {
            label: t('detail.jabatanSaatIni'),
            value: tugas
              ? `${tugas.jabatan.nama}${tugas.jenis === 'definitif' ? '' : ` (${labelOf(LABEL_JENIS_PENUGASAN[tugas.jenis])})`}`
              : t('detail.tidakAdaJabatan'),
          },
          { label: tc('field.unor'), value: tugas?.unor.nama },
        ]}
      />
      <PegawaiEditModal pegawai={p} opened={editing} onClose={close} />
    </Card>
  )
}

/**
 * DOMAIN.md §1: a birth date or gender that disagrees with the NIP is a warning the server stores
 * (`peringatanNip`), never an error. It names what the NIP says, so the admin can check the records.
 */
export function PeringatanNip({ pegawai: p }: { pegawai: PegawaiDetail }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  if (p.peringatanNip.length === 0) return null
  const dariNip = parseNip(p.nip)
  const menurutNip = {
    TANGGAL_LAHIR: dariNip.ok ? formatTanggal(dariNip.parts.tanggalLahir) : '-',
    JENIS_KELAMIN: dariNip.ok ? tc(`enum.jenisKelamin.${dariNip.parts.jenisKelamin}`) : '-',
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      mb="md"
      icon={<IconAlertTriangle size={18} />}
      title={t('detail.peringatanNip.judul')}
      data-testid="pegawai-peringatan-nip"
    >
      <List size="sm" mb="xs">
        {p.peringatanNip.map((k) => (
          <List.Item key={k}>{t(`detail.peringatanNip.${k}`, { nip: menurutNip[k] })}</List.Item>
        ))}
      </List>
      <Text size="sm">{t('detail.peringatanNip.penjelasan')}</Text>
    </Alert>
  )
}
