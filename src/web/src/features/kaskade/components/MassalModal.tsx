import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MphCreate } from '../../../../../shared/kaskade.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useBuatSelBanyak } from '../api/mph.ts'
import type { Sasaran } from '../hooks/use-matriks.ts'

type Isi = { peran: string; hasil: string }

function MassalForm({
  sasaran,
  onDone,
  onClose,
}: {
  sasaran: Sasaran[]
  onDone: () => void
  onClose: () => void
}) {
  const { t } = useTranslation('kaskade')
  const { t: tc } = useTranslation()
  const simpan = useBuatSelBanyak()
  const [isi, setIsi] = useState<Isi[]>(() => sasaran.map(() => ({ peran: '', hasil: '' })))
  const [semua, setSemua] = useState<Isi>({ peran: '', hasil: '' })
  const [galat, setGalat] = useState<{ form: string | null; per: Record<string, string> }>({
    form: null,
    per: {},
  })
  const set = (i: number, k: keyof Isi, v: string) =>
    setIsi((x) => x.map((r, j) => (j === i ? { ...r, [k]: v } : r)))
  const kirim = async () => {
    const kosong = isi.flatMap((r, i) =>
      (['peran', 'hasil'] as const)
        .filter((k) => !r[k].trim())
        .map((k) => [`items.${i}.${k}`, tc('status.wajib')]),
    )
    if (kosong.length) return setGalat({ form: null, per: Object.fromEntries(kosong) })
    const items = sasaran.map((s, i) => ({
      rhkAtasanId: s.rhk.id,
      pegawaiId: s.bawahan.pegawaiId,
      peran: isi[i].peran.trim(),
      hasil: isi[i].hasil.trim(),
    }))
    try {
      const r = await simpan.mutateAsync({ items })
      notifySuccess(t('mph.suksesMassal', { jumlah: r.items.length }))
      onDone()
    } catch (err) {
      // All or nothing: the server names each bad row as items.<n>.<field>.
      if (!isApiError(err)) throw err
      setGalat({ form: err.message, per: Object.fromEntries(err.errors.map((e) => [e.path, e.message])) })
    }
  }
  return (
    <Stack gap="sm">
      <FormError message={galat.form} />
      <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
        <Text size="sm" fw={600} mb={4}>
          {t('mph.terapkanSemua')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Textarea
            aria-label={t('mph.peran')}
            placeholder={t('mph.peran')}
            autosize
            minRows={1}
            value={semua.peran}
            onChange={(e) => setSemua({ ...semua, peran: e.currentTarget.value })}
          />
          <Textarea
            aria-label={t('mph.hasil')}
            placeholder={t('mph.hasil')}
            autosize
            minRows={1}
            value={semua.hasil}
            onChange={(e) => setSemua({ ...semua, hasil: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Button
          size="compact-sm"
          variant="light"
          mt="xs"
          onClick={() => setIsi(isi.map(() => ({ ...semua })))}
        >
          {t('mph.terapkan')}
        </Button>
      </Paper>
      {sasaran.map((s, i) => {
        const e = (k: string) => galat.per[`items.${i}.${k}`]
        const lain = e('rhkAtasanId') ?? e('pegawaiId')
        return (
          <Paper key={`${s.rhk.id}:${s.bawahan.pegawaiId}`} withBorder p="sm" data-testid="mph-massal-baris">
            <Text size="sm" fw={600}>
              {t('mph.untuk', { nama: s.bawahan.nama, nomor: s.nomor })}
            </Text>
            {lain && (
              <Text size="xs" c="red" role="alert">
                {lain}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={4}>
              <CountedTextarea
                label={t('mph.peran')}
                autosize
                minRows={1}
                max={maxLengthOf(MphCreate, 'peran')}
                value={isi[i].peran}
                error={e('peran')}
                onChange={(ev) => set(i, 'peran', ev.currentTarget.value)}
              />
              <CountedTextarea
                label={t('mph.hasil')}
                autosize
                minRows={1}
                max={maxLengthOf(MphCreate, 'hasil')}
                value={isi[i].hasil}
                error={e('hasil')}
                onChange={(ev) => set(i, 'hasil', ev.currentTarget.value)}
              />
            </SimpleGrid>
          </Paper>
        )
      })}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {tc('aksi.batal')}
        </Button>
        <Button onClick={() => void kirim()} loading={simpan.isPending} data-testid="mph-massal-simpan">
          {t('mph.simpan')}
        </Button>
      </Group>
    </Stack>
  )
}

/** Bulk cascade: fill every selected empty cell in one request (all or nothing). */
export function MassalModal({
  sasaran,
  opened,
  onDone,
  onClose,
}: {
  sasaran: Sasaran[]
  opened: boolean
  onDone: () => void
  onClose: () => void
}) {
  const { t } = useTranslation('kaskade')
  const phone = useMediaQuery('(max-width: 48em)')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('mph.massalJudul', { jumlah: sasaran.length })}
      size="xl"
      fullScreen={phone}
    >
      {opened && <MassalForm sasaran={sasaran} onDone={onDone} onClose={onClose} />}
    </Modal>
  )
}
