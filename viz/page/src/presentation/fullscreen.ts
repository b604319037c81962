/**
 * Full screen for presentation mode through the Fullscreen API. Browsers refuse it without a user gesture
 * or inside some frames; then presentation mode still hides the interface (CSS) and the user is told how
 * to go full screen by hand.
 */

/** Asks for full screen; resolves false when refused or unsupported (never throws). */
export async function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (document.fullscreenElement) return true;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return false;
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/** Leaves full screen if the page holds it. */
export function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
