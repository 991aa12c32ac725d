import { Accordion, Badge, Card, Group, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BERAKHLAK } from '../../../../domain/berakhlak.ts'
import { useRingkasanUmpanBalik } from './api.ts'
import { NS } from './i18n.ts'
import { UmpanBalikThread } from './UmpanBalikThread.tsx'

/**
 * Feedback on the seven BerAKHLAK values of an SKP in a period (DOMAIN §4), one thread per value; a value
 * with unread comments shows the count, and its thread is loaded (and marked read) only when opened.
 */
export function UmpanBalikPerilaku({ skpId, periode }: { skpId: string; periode: string }) {
  const { t, i18n } = useTranslation(NS)
  const ringkasan = useRingkasanUmpanBalik(skpId, periode)
  const [terbuka, setTerbuka] = useState<string[]>([])
  const nilai = BERAKHLAK[BERAKHLAK.length - 1].nilai
  const utasNilai = (kode: string) => ringkasan.data?.utas.find((u) => u.kodeNilai === kode)
  return (
    <Card
      withBorder
      padding="sm"
      component="section"
      aria-labelledby="umpan-balik-perilaku"
      data-testid="umpan-balik-perilaku"
    >
      <Title order={3} size="h5" mb="xs" id="umpan-balik-perilaku">
        {t('perilakuJudul')}
      </Title>
      <Accordion multiple value={terbuka} onChange={setTerbuka} variant="separated" chevronPosition="right">
        {nilai.map((n) => {
          const u = utasNilai(n.kode)
          return (
            <Accordion.Item key={n.kode} value={n.kode}>
              <Accordion.Control data-testid={`umpan-balik-nilai-${n.kode}`}>
                <Group gap="xs" justify="space-between" wrap="nowrap" pr="xs">
                  <Text size="sm" fw={500}>
                    {i18n.language === 'en' ? n.namaEn : n.nama}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    {!!u?.belumDibaca && (
                      <Badge size="xs" color="red">
                        {t('belumDibaca', { count: u.belumDibaca })}
                      </Badge>
                    )}
                    {!!u?.jumlah && (
                      <Badge size="xs" variant="light">
                        {u.jumlah}
                      </Badge>
                    )}
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {terbuka.includes(n.kode) && (
                  <UmpanBalikThread
                    skpId={skpId}
                    periode={periode}
                    sasaran={{ kodeNilai: n.kode }}
                    tanpaJudul
                  />
                )}
              </Accordion.Panel>
            </Accordion.Item>
          )
        })}
      </Accordion>
    </Card>
  )
}
