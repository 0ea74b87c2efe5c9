import { z } from 'zod';

/** The guide's topics (../shared/DESIGN.md): every rule and hover text serves one of them. */
export const GUIDE_TOPICS = [
  'stateless-services',
  'service-discovery',
  'container-images',
  'container-security',
  'kubernetes-resources',
  'kubernetes-probes',
  'rolling-updates',
  'availability',
  'autoscaling',
  'config-and-secrets',
  'networking',
  'deprecated-apis',
  'istio-traffic',
  'istio-security',
  'compose-local-dev',
  'rest-design',
  'pagination-filtering',
  'api-security',
  'caching',
  'databases',
  'observability',
  'rate-limiting',
] as const;

export const OWASP_API_2023 = ['API1:2023', 'API2:2023', 'API3:2023', 'API4:2023', 'API5:2023', 'API6:2023', 'API7:2023', 'API8:2023', 'API9:2023', 'API10:2023'] as const;

const sentence = z.string().trim().regex(/^[A-Z`"(0-9].*[.!?)`]$/s, 'must be a sentence: capital first, full stop last');
const reference = z.object({ title: z.string().min(3), url: z.string().url().startsWith('https://') }).strict();

export const ruleEntrySchema = z
  .object({
    id: z.string().regex(/^(compose|kubernetes|openapi)\/[a-z0-9]+(-[a-z0-9]+)*$/, 'must be <domain>/<kebab-name>'),
    title: z.string().min(8).max(90),
    /** 'off': an opt-in rule (digest pinning, say), enabled by configuration. */
    severity: z.enum(['error', 'warning', 'info', 'hint', 'off']),
    category: z.enum(['security', 'reliability', 'scalability', 'performance', 'observability', 'api-design', 'operability']),
    topic: z.enum(GUIDE_TOPICS),
    owasp: z.enum(OWASP_API_2023).optional(),
    summary: sentence,
    rationale: z.string().min(40),
    remediation: z.string().min(20),
    examples: z
      .object({
        flavor: z.enum(['yaml', 'json']).default('yaml'),
        bad: z.string().min(10),
        good: z.string().min(10),
      })
      .strict(),
    references: z.array(reference).min(1),
    /**
     * The same check in peer tools, by their own ids: the migration tables in docs/ are built on
     * it, and kube-linter's `ignore-check.kube-linter.io/<check>` annotation is honoured through it.
     */
    peers: z
      .object({
        'kube-linter': z.array(z.string()).optional(),
        'kube-score': z.array(z.string()).optional(),
        polaris: z.array(z.string()).optional(),
        checkov: z.array(z.string()).optional(),
        dclint: z.array(z.string()).optional(),
        spectral: z.array(z.string()).optional(),
        'spectral-owasp': z.array(z.string()).optional(),
        redocly: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const topicEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(3),
    topic: z.enum(GUIDE_TOPICS),
    /** Keys whose hover shows this entry, per document kind. */
    keys: z
      .object({ compose: z.array(z.string().min(1)).optional(), kubernetes: z.array(z.string().min(1)).optional(), openapi: z.array(z.string().min(1)).optional() })
      .strict()
      .default({}),
    /** Image names (without registry or tag) whose hover shows this entry. */
    images: z.array(z.string().min(1)).default([]),
    body: z.string().min(40),
    references: z.array(reference).min(1),
  })
  .strict();

export type RuleEntry = z.infer<typeof ruleEntrySchema>;
export type TopicEntry = z.infer<typeof topicEntrySchema>;

export interface Catalog {
  rules: ReadonlyMap<string, RuleEntry>;
  topics: readonly TopicEntry[];
}
