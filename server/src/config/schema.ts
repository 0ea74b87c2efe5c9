import { z } from 'zod';

export { CONFIG_FILE_NAMES } from './names';

const severity = z.enum(['off', 'hint', 'info', 'warning', 'error']);
export type SeverityName = z.infer<typeof severity>;

const ruleSetting = z.union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])]);

export const CATEGORIES = ['security', 'reliability', 'scalability', 'performance', 'observability', 'api-design', 'operability'] as const;

/** `.backend-guidance.yaml`: the same model for the editor and the CLI. */
export const configSchema = z
  .object({
    extends: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    profile: z.enum(['recommended', 'strict', 'minimal']).optional(),
    // A string only: YAML reads an unquoted 1.30 as the number 1.3.
    kubernetesVersion: z
      .string({ error: 'must be a quoted Kubernetes minor version such as "1.31" (YAML reads 1.30 as the number 1.3)' })
      .regex(/^1\.\d{1,2}$/, 'must be a Kubernetes minor version such as "1.31"')
      .optional(),
    rules: z.record(z.string(), ruleSetting).optional(),
    ignore: z.array(z.string()).optional(),
    categories: z
      .object(Object.fromEntries(CATEGORIES.map((c) => [c, z.boolean().optional()])) as Record<(typeof CATEGORIES)[number], z.ZodOptional<z.ZodBoolean>>)
      .strict()
      .optional(),
  })
  .strict();

export type ConfigData = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSetting>;
