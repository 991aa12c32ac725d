import { Checkbox, Text, Tooltip, UnstyledButton, Button } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Sasaran } from '../hooks/use-matriks.ts'

interface Props {
  s: Sasaran
  bisa: boolean
  massal: boolean
  terpilih: boolean
  onPilih: (ya: boolean) => void
  onBuka: () => void
  /** May edit or remove a filled cell (the server's aksi.ubahSel: the owner; admins only look). */
  ubah: boolean
}

/** One cell: the role/result (click to edit), an "Isi" button, a checkbox in bulk mode, or a dash. */
export function SelMatriks({ s, bisa, massal, terpilih, onPilih, onBuka, ubah }: Props) {
  const { t } = useTranslation('kaskade')
  const nama = s.bawahan.nama
  if (s.sel) {
    const isi = (
      <>
        <Text size="xs" fw={700}>
          {s.sel.peran}
        </Text>
        <Text size="xs">{s.sel.hasil}</Text>
      </>
    )
    if (!ubah) return isi
    return (
      <UnstyledButton
        onClick={onBuka}
        aria-label={t('mph.ubahLabel', { nama, nomor: s.nomor })}
        style={{ display: 'block', textAlign: 'left', width: '100%' }}
        data-testid="mph-sel-isi"
      >
        {isi}
      </UnstyledButton>
    )
  }
  if (!bisa) {
    const status = t(`status.${s.bawahan.skpStatus}`).toLowerCase()
    if (!s.bawahan.aksi.terkunci)
      return (
        <Text size="xs" c="dimmed">
          —
        </Text>
      )
    return (
      <Tooltip label={t('mph.terkunci', { status })}>
        <Text size="xs" c="dimmed" tabIndex={0}>
          {t('mph.terkunciSingkat')}
        </Text>
      </Tooltip>
    )
  }
  if (massal) {
    return (
      <Checkbox
        aria-label={t('mph.pilihLabel', { nama, nomor: s.nomor })}
        checked={terpilih}
        onChange={(e) => onPilih(e.currentTarget.checked)}
        data-testid="mph-sel-pilih"
      />
    )
  }
  return (
    <Button
      size="compact-xs"
      variant="light"
      leftSection={<IconPlus size={12} />}
      onClick={onBuka}
      aria-label={t('mph.isiLabel', { nama, nomor: s.nomor })}
      data-testid="mph-sel-tambah"
    >
      {t('mph.isi')}
    </Button>
  )
}
