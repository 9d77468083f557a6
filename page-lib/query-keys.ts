/** Every query key the page uses, in one place. */
export const keys = {
  state: ["session", "state"] as const,
  toolsAll: ["tools"] as const,
  /** Tools are per connection: a new generation is a new list. */
  tools: (generation: number) => ["tools", generation] as const,
};
