import { z } from 'zod';

/**
 * What a diagnostic with fixes carries in `data`: which finding of which analysis it shows. The
 * fixes stay on the server, in that analysis; a 50,000-line manifest's diagnostics would
 * otherwise carry every fix's edits to the client and back on each keystroke (a third of the
 * bytes published). `data` comes back with code-action requests, so it is validated like any
 * other input crossing a trust boundary.
 */
export const fixDataSchema = z.object({
  version: z.number().int(),
  analysis: z.number().int(),
  finding: z.number().int().min(0),
});

export type FixData = z.infer<typeof fixDataSchema>;
