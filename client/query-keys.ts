/** Every query key the page uses, in one place. */
export const keys = {
  state: ["session", "state"] as const,
  toolsAll: ["tools"] as const,
  /** Tools are per connection: a new generation is a new list. */
  tools: (generation: number) => ["tools", generation] as const,
  resourcesAll: ["resources"] as const,
  resources: (generation: number) => ["resources", generation] as const,
  templatesAll: ["resource-templates"] as const,
  templates: (generation: number) => ["resource-templates", generation] as const,
  promptsAll: ["prompts"] as const,
  prompts: (generation: number) => ["prompts", generation] as const,
  completion: (generation: number, ref: unknown, argument: string, value: string, context: unknown) =>
    ["completion", generation, ref, argument, value, context] as const,
};
