/** Where configuration lives; kept apart from the schema so finding a file does not load zod. */
export const CONFIG_FILE_NAMES = ['.backend-guidance.yaml', '.backend-guidance.yml', '.backend-guidance.json'] as const;
