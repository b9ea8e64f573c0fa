// Vault opening and start-up failure.
import { AccessLayout } from './AccessLayout'
import { accessMessages } from './messages'

export function OpeningScreen() {
  return (
    <main className="access" aria-busy="true">
      <p className="access__opening" role="status">
        <span className="spinner" aria-hidden="true" />
        {accessMessages.opening}
      </p>
    </main>
  )
}

export function FailedScreen({ message }: { message: string }) {
  return (
    <AccessLayout title={accessMessages.failedTitle}>
      <p className="form-alert" role="alert">
        {message}
      </p>
    </AccessLayout>
  )
}
