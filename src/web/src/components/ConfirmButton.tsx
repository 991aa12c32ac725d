import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props extends Omit<ButtonProps, 'onClick'> {
  children: ReactNode
  /** What will happen, in plain words. */
  message: ReactNode
  title?: string
  confirmLabel?: string
  onConfirm: () => Promise<unknown> | unknown
  'data-testid'?: string
}

/** A button that asks before a destructive or irreversible action. */
export function ConfirmButton({
  children,
  message,
  title,
  confirmLabel,
  onConfirm,
  color = 'red',
  ...rest
}: Props) {
  const { t } = useTranslation()
  const [opened, { open, close }] = useDisclosure(false)
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    try {
      await onConfirm()
      close()
    } catch {
      // The caller reports the failure (notification); the dialog closes so the page stays usable.
      close()
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button color={color} onClick={open} {...rest}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title ?? t('konfirmasi.judul')} centered>
        <Text size="sm" mb="lg">
          {message}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('aksi.batal')}
          </Button>
          <Button color={color} onClick={() => void confirm()} loading={busy} data-testid="confirm-ok">
            {confirmLabel ?? t('aksi.ya')}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
