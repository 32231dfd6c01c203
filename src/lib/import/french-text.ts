/** Whether a text is French: French function words clearly outnumber English ones. */
const FRENCH = new Set(
  'le la les de des du et est un une que qui dans pour pas sur au aux avec il elle ce cette son sa ses leur ont sont mais été par plus ne se en'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and of to is in that it was for on are with as his her they be at by this have from or had not but what an were which'.split(' '),
);

export function isFrench(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.length < 20) return false;
  const fr = words.filter((w) => FRENCH.has(w)).length;
  const en = words.filter((w) => ENGLISH.has(w)).length;
  return fr / words.length >= 0.1 && fr > 2 * en;
}
