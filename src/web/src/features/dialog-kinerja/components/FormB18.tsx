import { Button, Group, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DialogDetail } from '../../../../../shared/dialog-kinerja.ts'
import { formatWaktu } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useIsiB18 } from '../api/dialog-kinerja.ts'

/**
 * Format B.1.8: the statements of the version the server sends, one answer each on its scale. The pegawai
 * fills it once; afterwards everyone who reads the dialog sees the answers.
 */
export function FormB18({ d }: { d: DialogDetail }) {
  const { t, i18n } = useTranslation('dialog-kinerja')
  const en = i18n.language === 'en'
  const f = d.formatB18
  const isi = useIsiB18(d.id)
  const [jawaban, setJawaban] = useState<(number | null)[]>(
    () => d.b18?.jawaban ?? f.pernyataan.map(() => null),
  )
  const [catatan, setCatatan] = useState('')
  const bisa = d.aksi.isiB18
  const lengkap = jawaban.every((j) => j !== null)
  const kirim = () =>
    isi.mutate(
      { versiFormat: f.versi, jawaban: jawaban as number[], catatan: catatan.trim() || null, versi: d.versi },
      { onSuccess: () => notifySuccess(t('sukses')), onError: notifyError },
    )
  if (!bisa && !d.b18)
    return (
      <Text size="sm" c="dimmed">
        {t('b18.belum')}
      </Text>
    )
  const label = (n: number) => {
    const s = f.skala.find((x) => x.nilai === n)
    return s ? (en ? s.labelEn : s.label) : String(n)
  }
  return (
    <Stack gap="xs" data-testid="dialog-b18">
      <Title order={3} size="h5">
        {t('b18.judul')}
      </Title>
      {bisa && (
        <Text size="sm" c="dimmed">
          {t('b18.bantuan')} {f.skala.map((s) => `${s.nilai} = ${en ? s.labelEn : s.label}`).join('; ')}
        </Text>
      )}
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {f.pernyataan.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td style={{ width: '2rem', verticalAlign: 'top' }}>{i + 1}.</Table.Td>
                <Table.Td>
                  <Text size="sm">{en ? p.en : p.id}</Text>
                  {bisa ? (
                    <Radio.Group
                      value={jawaban[i] === null ? null : String(jawaban[i])}
                      onChange={(v) => setJawaban((j) => j.map((x, k) => (k === i ? Number(v) : x)))}
                      aria-label={en ? p.en : p.id}
                      mt={4}
                    >
                      <Group gap="sm">
                        {f.skala.map((s) => (
                          <Radio
                            key={s.nilai}
                            value={String(s.nilai)}
                            label={String(s.nilai)}
                            title={en ? s.labelEn : s.label}
                            data-testid={`b18-${i}-${s.nilai}`}
                          />
                        ))}
                      </Group>
                    </Radio.Group>
                  ) : (
                    <Text size="sm" fw={600}>
                      {jawaban[i]} — {label(jawaban[i] ?? 0)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {bisa ? (
        <>
          <Textarea
            label={t('b18.catatan')}
            autosize
            minRows={2}
            value={catatan}
            onChange={(e) => setCatatan(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            {!lengkap && (
              <Text size="xs" c="dimmed">
                {t('b18.jawabSemua')}
              </Text>
            )}
            <Button onClick={kirim} disabled={!lengkap} loading={isi.isPending} data-testid="b18-kirim">
              {t('b18.kirim')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          {d.b18?.catatan && <Text size="sm">{d.b18.catatan}</Text>}
          <Text size="xs" c="dimmed">
            {formatWaktu(d.b18?.diisiAt)}
          </Text>
        </>
      )}
    </Stack>
  )
}
