/** Tag names typed into one field, separated by ASCII or full-width commas (、 too); blanks dropped. */
export function parseTags(input: string): string[] {
  return input
    .split(/[,，、]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}
