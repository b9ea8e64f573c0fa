// The one gate every IPC call passes through: sender check, request parse, impl, response parse.
// Electron-free (the event is a structural type) so the gate itself is unit-tested; main's
// register.ts is the only place that hands these handlers to ipcMain.
import type { z } from 'zod'
import { isTrustedAppUrl } from './appUrl'
import {
  ipcContract,
  IpcErrorCode,
  type InvokeChannel,
  type IpcError,
  type IpcRequest,
  type IpcResponse,
  type IpcResult
} from './contract'

/** The part of Electron's IpcMainInvokeEvent the gate needs. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown | null } | null
}

export interface HandlerOptions {
  /** e.g. 'app://redress'; only the main frame of exactly this origin may call. */
  trustedOrigin: string
  /** Told about every refusal and failure, by channel and code only (safe to log). */
  onFailure?: (channel: InvokeChannel, code: IpcErrorCode) => void
}

/**
 * Thrown by an impl to return a specific error code. The message is shown to the lawyer, so it
 * must be written by us and name no client data or file path.
 */
export class IpcFailure extends Error {
  readonly code: IpcErrorCode
  constructor(code: IpcErrorCode, message: string) {
    super(message)
    this.name = 'IpcFailure'
    this.code = code
  }
}

export type IpcImpl<C extends InvokeChannel, E> = (
  request: IpcRequest<C>,
  event: E
) => IpcResponse<C> | Promise<IpcResponse<C>>

export type IpcHandler<C extends InvokeChannel, E> = (event: E, payload: unknown) => Promise<IpcResult<IpcResponse<C>>>

/**
 * Main frame of the trusted origin only. A subframe, a missing (navigated/destroyed) frame or a
 * frame whose getters throw (disposed) is refused.
 */
export function isTrustedSender(event: IpcSenderEvent, trustedOrigin: string): boolean {
  try {
    const frame = event.senderFrame
    if (frame === null || frame === undefined) return false
    if (frame.parent !== null) return false
    return typeof frame.url === 'string' && isTrustedAppUrl(frame.url, trustedOrigin)
  } catch {
    return false
  }
}

const MAX_REPORTED_ISSUES = 5

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else out += (out === '' ? '' : '.') + String(seg).slice(0, 64)
  }
  return out === '' ? '(root)' : out
}

/**
 * Names each failing field and the rule it broke (zod's issue code), never the value: zod's own
 * messages are not used because they are not guaranteed value-free.
 */
export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  const parts = issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${formatPath([...issue.path, key])} (unrecognized key)`).join(', ')
    }
    return `${formatPath(issue.path)} (${issue.code})`
  })
  const more = issues.length > MAX_REPORTED_ISSUES ? ` and ${issues.length - MAX_REPORTED_ISSUES} more` : ''
  return parts.join('; ') + more
}

function fail(error: IpcError): { ok: false; error: IpcError } {
  return { ok: false, error }
}

export function createHandler<C extends InvokeChannel, E extends IpcSenderEvent>(
  channel: C,
  impl: IpcImpl<C, E>,
  options: HandlerOptions
): IpcHandler<C, E> {
  const { request: requestSchema, response: responseSchema } = ipcContract[channel]
  const report = (code: IpcErrorCode) => {
    try {
      options.onFailure?.(channel, code)
    } catch {
      // A broken logger must not turn a clean refusal into a thrown error across IPC.
    }
  }

  return async (event, payload) => {
    if (!isTrustedSender(event, options.trustedOrigin)) {
      report('forbidden')
      return fail({ code: 'forbidden', message: `${channel}: sender is not the app window.` })
    }

    const request = requestSchema.safeParse(payload)
    if (!request.success) {
      report('bad-request')
      return fail({ code: 'bad-request', message: `${channel}: invalid request: ${describeIssues(request.error.issues)}.` })
    }

    let output: unknown
    try {
      output = await impl(request.data as IpcRequest<C>, event)
    } catch (error) {
      if (error instanceof IpcFailure && IpcErrorCode.safeParse(error.code).success) {
        report(error.code)
        return fail({ code: error.code, message: error.message.slice(0, 500) })
      }
      // Anything else may carry a path or file content in its message: say nothing about it.
      report('internal')
      return fail({ code: 'internal', message: `${channel}: the request could not be completed.` })
    }

    const response = responseSchema.safeParse(output)
    if (!response.success) {
      report('bad-response')
      return fail({ code: 'bad-response', message: `${channel}: invalid response: ${describeIssues(response.error.issues)}.` })
    }
    return { ok: true, data: response.data as IpcResponse<C> }
  }
}
