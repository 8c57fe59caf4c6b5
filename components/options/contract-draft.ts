// Interim until utils/agreements/contract-text.ts lands: the title only.
export function draftFromContractText(_text: string, title?: string): Record<string, unknown> {
  return title ? { title } : {};
}
