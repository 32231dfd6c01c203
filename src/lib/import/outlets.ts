/**
 * Outlets the importer recognises by name (a signature line) or by web domain (the original
 * address). A short list on purpose: an outlet not here is left for the reviewer, never guessed.
 */
export interface KnownOutlet {
  name: string;
  domains: string[];
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { name: 'Le Monde', domains: ['lemonde.fr'] },
  { name: 'La Libre Belgique', domains: ['lalibre.be'] },
  { name: 'Blick', domains: ['blick.ch'] },
  { name: 'BBC News Afrique', domains: ['bbc.com/afrique'] },
  { name: 'Le Figaro', domains: ['lefigaro.fr'] },
  { name: 'Libération', domains: ['liberation.fr'] },
  { name: 'Le Soir', domains: ['lesoir.be'] },
  { name: 'Le Temps', domains: ['letemps.ch'] },
  { name: 'RTS', domains: ['rts.ch'] },
  { name: 'RFI', domains: ['rfi.fr'] },
  { name: 'France 24', domains: ['france24.com'] },
  { name: 'franceinfo', domains: ['francetvinfo.fr'] },
  { name: 'Ouest-France', domains: ['ouest-france.fr'] },
  { name: '20 Minutes', domains: ['20minutes.fr', '20min.ch'] },
  { name: 'L’Express', domains: ['lexpress.fr'] },
  { name: 'Le Point', domains: ['lepoint.fr'] },
  { name: 'Courrier international', domains: ['courrierinternational.com'] },
  { name: 'La Presse', domains: ['lapresse.ca'] },
  { name: 'Le Devoir', domains: ['ledevoir.com'] },
  { name: 'RTBF', domains: ['rtbf.be'] },
  { name: 'Le Parisien', domains: ['leparisien.fr'] },
];

/** The outlet whose name is exactly `line` (case and accents as printed). */
export function outletNamed(line: string): KnownOutlet | undefined {
  const text = line.trim();
  return KNOWN_OUTLETS.find((outlet) => outlet.name === text);
}

/** The outlet of a web address, and the domain that says so. */
export function outletOfUrl(url: string): { outlet: KnownOutlet; domain: string } | undefined {
  let host: string;
  let address: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.replace(/^www\./, '');
    address = `${host}${parsed.pathname}`;
  } catch {
    return undefined;
  }
  for (const outlet of KNOWN_OUTLETS) {
    const domain = outlet.domains.find((d) => address === d || address.startsWith(`${d}/`) || host === d || host.endsWith(`.${d}`));
    if (domain) return { outlet, domain };
  }
  return undefined;
}
