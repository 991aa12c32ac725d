import { Alert } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'

/** The form-level message (what the server said that is not about one field). */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="form-error">
      {message}
    </Alert>
  )
}
