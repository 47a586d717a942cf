/** Who this planner is to colleagues: a name and a colour, asked once and kept in localStorage. */
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
