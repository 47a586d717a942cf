/** The answer of every refused REST request: `{ "error": message }` with a 4xx/5xx status. */
import { z } from 'zod';

export const errorAnswerSchema = z.object({ error: z.string().max(2000) });

export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;
