/**
 * What the app's pages may ask of the browser: nothing. Casefile needs no camera,
 * microphone, location, notifications, clipboard reading, external links, USB or anything
 * else a web page can request, so every request and every check is refused, whatever asks.
 */
export function decidePermission(
  _permission: string,
  _requestingUrl: string | null | undefined,
): false {
  return false;
}
