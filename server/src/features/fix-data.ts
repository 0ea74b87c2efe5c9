import { z } from 'zod';

const position = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) });
const textEdit = z.object({ range: z.object({ start: position, end: position }), newText: z.string() });

/**
 * What a diagnostic carries in `data`. It comes back from the client with code-action requests,
 * so it is validated like any other input crossing a trust boundary.
 */
export const fixDataSchema = z.object({
  version: z.number().int(),
  fixes: z.array(z.object({ title: z.string(), kind: z.enum(['safe', 'suggestion']), edits: z.array(textEdit) })),
});

export type FixData = z.infer<typeof fixDataSchema>;
