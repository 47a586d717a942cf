/**
 * Who this planner is to colleagues: a name and a colour, kept in localStorage. The name is asked
 * once, on opening an editable workspace; whether it was asked is kept too, so that "not now" is
 * never asked again (the top bar's link still changes it).
 */
import { z } from 'zod';

export const PRESENCE_COLOURS = ['#f08c00', '#d9480f', '#1971c2', '#ae3ec9', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4'] as const;

export const userProfileSchema = z.object({
  name: z.string().trim().min(1).max(60),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** False until the planner has chosen the name themselves. */
  named: z.boolean(),
});

export type UserProfile = z.infer<typeof userProfileSchema>;

const KEY = 'fremskriv.profile';
/** Set once the planner was asked for a name (answered or not). Exported for test harnesses. */
export const NAME_ASKED_KEY = 'fremskriv.profile.asked';

export function loadProfile(storage: Storage, fallbackName: string, seed: number): UserProfile {
  try {
    const parsed = userProfileSchema.safeParse(JSON.parse(storage.getItem(KEY) ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable storage is the same as none.
  }
  return { name: fallbackName, colour: PRESENCE_COLOURS[Math.abs(seed) % PRESENCE_COLOURS.length]!, named: false };
}

export function saveProfile(storage: Storage, profile: UserProfile): void {
  storage.setItem(KEY, JSON.stringify(userProfileSchema.parse(profile)));
}

/** Whether to ask for the planner's name now: never named, never asked. */
export function shouldAskName(storage: Storage, profile: UserProfile): boolean {
  if (profile.named) return false;
  try {
    return storage.getItem(NAME_ASKED_KEY) === null;
  } catch {
    // Storage that cannot be read cannot remember the answer either: do not ask on every visit.
    return false;
  }
}

export function rememberNameAsked(storage: Storage): void {
  try {
    storage.setItem(NAME_ASKED_KEY, '1');
  } catch {
    // Not remembered; the planner is asked again next time.
  }
}

/**
 * The profile with the name the planner chose (trimmed, at most 60 characters), or null for a
 * blank name. A planner naming themselves for the first time gets a colour of their own.
 */
export function namedProfile(profile: UserProfile, name: string, random: () => number = Math.random): UserProfile | null {
  const trimmed = name.trim().slice(0, 60).trim();
  if (!trimmed) return null;
  const colour = profile.named ? profile.colour : PRESENCE_COLOURS[Math.floor(random() * PRESENCE_COLOURS.length)]!;
  return { name: trimmed, colour, named: true };
}
