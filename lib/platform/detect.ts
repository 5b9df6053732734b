/**
 * Which guide fits the device in hand. Pure, and self-contained on purpose: the head script
 * inlines this function's source (see head-script.ts), so it must not reference anything
 * outside its own body.
 *
 * iPadOS 13+ reports a Mac user agent; a "Mac" with touch points is an iPad.
 */
export function detectPlatform(
  userAgent: string,
  maxTouchPoints: number,
): 'desktop' | 'ios' | 'android' {
  if (/android/i.test(userAgent)) return 'android';
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return 'ios';
  return 'desktop';
}
