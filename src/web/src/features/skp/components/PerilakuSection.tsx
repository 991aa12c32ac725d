import { Accordion, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PerilakuInput, type SkpView } from '../../../../../shared/skp.ts'
import { CountedTextarea, panjangTeks } from '../../../components/CountedText.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useUbahEkspektasi } from '../api/alur.ts'

type Perilaku = SkpView['perilaku'][number]
const MAKS_EKSPEKTASI = maxLengthOf(PerilakuInput, 'ekspektasi')

function EkspektasiEditor({ skpId, p }: { skpId: string; p: Perilaku }) {
  const { t } = useTranslation('skp')
  const ubah = useUbahEkspektasi(skpId)
  const [nilai, setNilai] = useState(p.ekspektasi ?? '')
  const simpan = () =>
    ubah.mutate(
      { kode: p.kode, ekspektasi: nilai.trim() || null },
      { onSuccess: () => notifySuccess(t('perilaku.sukses', { nilai: p.nama })), onError: notifyError },
    )
  return (
    <Stack gap="xs">
      <CountedTextarea
        label={t('perilaku.ekspektasi')}
        autosize
        minRows={2}
        max={MAKS_EKSPEKTASI}
        value={nilai}
        onChange={(e) => setNilai(e.currentTarget.value)}
        data-testid={`perilaku-ekspektasi-${p.kode}`}
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          onClick={simpan}
          loading={ubah.isPending}
          disabled={nilai === (p.ekspektasi ?? '') || panjangTeks(nilai) > MAKS_EKSPEKTASI}
        >
          {t('perilaku.simpan')}
        </Button>
      </Group>
    </Stack>
  )
}

/** The seven BerAKHLAK values with their indicators and the penilai's ekspektasi khusus pimpinan. */
export function PerilakuSection({ skp }: { skp: SkpView }) {
  const { t, i18n } = useTranslation('skp')
  const bolehUbah = skp.aksi.ubahEkspektasi
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="skp-perilaku"
      data-testid="skp-perilaku"
    >
      <Title order={2} size="h4" mb="xs" id="skp-perilaku">
        {t('perilaku.judul')}
      </Title>
      {bolehUbah && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('perilaku.bantuanPenilai')}
        </Text>
      )}
      <Accordion multiple variant="separated" chevronPosition="right">
        {skp.perilaku.map((p, i) => (
          <Accordion.Item key={p.kode} value={p.kode}>
            <Accordion.Control>
              <Group gap="xs" wrap="nowrap" justify="space-between" pr="xs">
                <Text fw={600} size="sm">
                  {i + 1}. {i18n.language === 'en' ? p.namaEn : p.nama}
                </Text>
                {p.ekspektasi && (
                  <Badge size="xs" variant="light" color="teal">
                    {t('perilaku.terisi')}
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                <List size="sm" spacing={2}>
                  {p.indikator.map((x) => (
                    <List.Item key={x}>{x}</List.Item>
                  ))}
                </List>
                {bolehUbah ? (
                  <EkspektasiEditor skpId={skp.id} p={p} />
                ) : (
                  <Text size="sm">
                    <Text span size="sm" c="dimmed">
                      {t('perilaku.ekspektasi')}:{' '}
                    </Text>
                    {p.ekspektasi ?? t('perilaku.belumAda')}
                  </Text>
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Card>
  )
}
