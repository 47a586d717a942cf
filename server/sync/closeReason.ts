/**
 * A websocket close reason is at most 123 bytes of UTF-8 (RFC 6455, 5.5: a control frame's 125
 * bytes less the code's two); `ws` throws on a longer one. A refusal quoting what a client sent
 * (up to 40 characters of a key, each up to three bytes) can pass it, and the throw once turned
 * the refusal into the server's own error (1011 "internal error"), which the tab answers by
 * reconnecting and sending the refused edit again.
 */
const MAX_CLOSE_REASON_BYTES = 123;

/** `reason` cut to what a close frame carries, at a character's end, never inside one. */
export function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_CLOSE_REASON_BYTES) return reason;
  let cut = '';
  let bytes = 0;
  for (const character of reason) {
    const size = Buffer.byteLength(character);
    if (bytes + size > MAX_CLOSE_REASON_BYTES) break;
    cut += character;
    bytes += size;
  }
  return cut;
}
