// Messages to and from the key-derivation worker, validated on both sides.
import { z } from 'zod'

export const KdfRequest = z.object({ requestId: z.number().int(), passphrase: z.string(), params: z.unknown() }).strict()

export const KdfResponse = z
  .object({
    requestId: z.number().int(),
    ok: z.boolean(),
    bytes: z.instanceof(Uint8Array).refine((b) => b.length === 32).optional()
  })
  .strict()
