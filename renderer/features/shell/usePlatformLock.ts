// OS-level lock requests (screen lock, suspend, system idle) and the idle timeout main enforces.
// PLACEHOLDER until renderer/platform lands.
import type { LockReason } from '../../vault/vaultController'

export function usePlatformLock(_minutes: number, _lock: (reason: LockReason) => void): void {}
