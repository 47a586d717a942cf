/**
 * A version's name: at most 200 characters (`POST …/versions` refuses a longer one). A name made
 * around another version's name ("Før gendannelse af »…«", "Før import af …") shortens the inner
 * name with an ellipsis so that the whole fits: before, restoring a version named with 200
 * characters made a 221-character name (the browser's save of it was refused, so the restore
 * failed), and restoring each automatic version in turn grew the name by 21 characters a time,
 * until the version list passed what the browser reads (500) and showed no versions at all.
 *
 * @example versionNameAround((name) => `Før gendannelse af »${name}«`, 'x'.repeat(200)).length // 200
 */
export const MAX_VERSION_NAME = 200;

/** `around(inner)`, with `inner` cut (never inside a surrogate pair) and ended by "…" until it fits. */
export function versionNameAround(around: (inner: string) => string, inner: string): string {
  const whole = around(inner);
  if (whole.length <= MAX_VERSION_NAME) return whole;
  const room = MAX_VERSION_NAME - around('').length - 1;
  if (room <= 0) return around('').slice(0, MAX_VERSION_NAME);
  const last = inner.charCodeAt(room - 1);
  const cut = inner.slice(0, last >= 0xd800 && last <= 0xdbff ? room - 1 : room);
  return around(`${cut}…`);
}
