import { z } from 'zod';

const severity = z.enum(['off', 'hint', 'info', 'warning', 'error']);

/** `backendGuidance.*` as the client sends it; anything malformed falls back field by field. */
export const settingsSchema = z.object({
  enable: z.boolean().catch(true).default(true),
  rules: z.record(z.string(), severity).catch({}).default({}),
  debounceMs: z.number().min(0).max(10_000).catch(200).default(200),
  baseline: z.enum(['hint', 'hide', 'show']).catch('hint').default('hint'),
  maxFileSizeMB: z.number().min(0.1).max(200).catch(8).default(8),
  scope: z.enum(['workspace', 'openFiles']).catch('workspace').default('workspace'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

export function readSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : defaultSettings;
}
