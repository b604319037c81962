/**
 * The evaluator's own name key: case, accents, punctuation, possessives and a leading "the" do not count.
 * Deliberately independent of the extractor's normalisation, so a shared bug cannot hide itself.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
