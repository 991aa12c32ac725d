import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DialogDetail } from '../../../../../shared/dialog-kinerja.ts'
import { formatWaktu } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useIsiB19 } from '../api/dialog-kinerja.ts'

type Baris = { kompetensi: string; nilai: number | string; alasan: string }
const KOSONG: Baris = { kompetensi: '', nilai: '', alasan: '' }

/** Format B.1.9: the atasan rates each competency worked on (1–5) with a reason; filled once. */
export function FormB19({ d }: { d: DialogDetail }) {
  const { t } = useTranslation('dialog-kinerja')
  const isi = useIsiB19(d.id)
  const [baris, setBaris] = useState<Baris[]>([KOSONG])
  const ubah = (i: number, v: Partial<Baris>) =>
    setBaris((b) => b.map((x, k) => (k === i ? { ...x, ...v } : x)))
  const simpan = () =>
    isi.mutate(
      {
        penilaian: baris.map((b) => ({ kompetensi: b.kompetensi, nilai: Number(b.nilai), alasan: b.alasan })),
        versi: d.versi,
      },
      { onSuccess: () => notifySuccess(t('sukses')), onError: notifyError },
    )
  if (!d.aksi.isiB19 && !d.b19)
    return (
      <Text size="sm" c="dimmed">
        {t('b19.belum')}
      </Text>
    )
  return (
    <Stack gap="xs" data-testid="dialog-b19">
      <Title order={3} size="h5">
        {t('b19.judul')}
      </Title>
      {d.b19 ? (
        <>
          {d.b19.penilaian.map((p, i) => (
            <Card key={i} withBorder padding="xs">
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600}>
                  {p.kompetensi}
                </Text>
                <Text size="sm" fw={700}>
                  {p.nilai}/5
                </Text>
              </Group>
              <Text size="sm">{p.alasan}</Text>
            </Card>
          ))}
          <Text size="xs" c="dimmed">
            {formatWaktu(d.b19.diisiAt)}
          </Text>
        </>
      ) : (
        <>
          {baris.map((b, i) => (
            <Card key={i} withBorder padding="xs">
              <Stack gap={6}>
                <Group gap="xs" align="end" wrap="wrap">
                  <TextInput
                    label={t('b19.kompetensi')}
                    style={{ flex: 1, minWidth: 180 }}
                    value={b.kompetensi}
                    onChange={(e) => ubah(i, { kompetensi: e.currentTarget.value })}
                    data-testid={`b19-kompetensi-${i}`}
                  />
                  <NumberInput
                    label={t('b19.nilai')}
                    min={1}
                    max={5}
                    w={110}
                    value={b.nilai}
                    onChange={(v) => ubah(i, { nilai: v })}
                    data-testid={`b19-nilai-${i}`}
                  />
                </Group>
                <Textarea
                  label={t('b19.alasan')}
                  autosize
                  minRows={2}
                  value={b.alasan}
                  onChange={(e) => ubah(i, { alasan: e.currentTarget.value })}
                  data-testid={`b19-alasan-${i}`}
                />
                {baris.length > 1 && (
                  <Group justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setBaris((x) => x.filter((_, k) => k !== i))}
                    >
                      {t('b19.hapus')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
          ))}
          <Group justify="space-between">
            <Button
              variant="default"
              size="xs"
              onClick={() => setBaris((x) => [...x, KOSONG])}
              disabled={baris.length >= 10}
            >
              {t('b19.tambah')}
            </Button>
            <Button onClick={simpan} loading={isi.isPending} data-testid="b19-kirim">
              {t('b19.kirim')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  )
}
