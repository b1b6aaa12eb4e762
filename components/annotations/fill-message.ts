/**
 * Fills `{name}` placeholders of a message the server translated but left open (the translator
 * keeps unknown placeholders), for values only the client knows. Kept apart from labels.ts so
 * client bundles do not pull in the validation schemas.
 */
export function fillMessage(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
