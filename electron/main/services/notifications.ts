// Desktop notifications (deadline reminders). The renderer decides what to say and has already
// left client names out unless the lawyer opted in; main only shows the text it was given. No
// actions, no reply box, no click handler: a notification is a nudge to open the app, nothing in
// it can act on the vault.
import { Notification } from 'electron'
import type { NotifyRequest, NotifyResponse } from '@shared/ipc/contract'

export function showDesktopNotification(request: NotifyRequest): NotifyResponse {
  if (!Notification.isSupported()) return { shown: false }
  const notification = new Notification({ title: request.title, body: request.body, silent: false })
  notification.show()
  return { shown: true }
}
