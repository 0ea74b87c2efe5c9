import { z } from 'zod';

/** The baseline file's shape; engine/baseline.ts loads this only when there is a file to read. */
export const baselineSchema = z.object({
  version: z.literal(1),
  findings: z.array(z.object({ ruleId: z.string(), file: z.string(), fingerprint: z.string() })),
});
