/**
 * Every word a reader sees, in one place. Code names stay English; this module is the only
 * place where French interface text is written.
 */
export const ui = {
  site: {
    name: 'Moscou–Pyongyang, le dossier',
    tagline: 'Le rapprochement Poutine–Kim Jong Un, de septembre 2023 à juin 2024, lu dans la presse qui l’a couvert',
    description:
      'Dossier d’analyse de presse en français : cinq articles sur le rapprochement entre la Russie de Vladimir Poutine et la Corée du Nord de Kim Jong Un, transcrits fidèlement, datés et sourcés.',
    skipLink: 'Aller au contenu',
    navLabel: 'Navigation principale',
    footerLabel: 'Pied de page',
  },
  nav: {
    home: 'Accueil',
    articles: 'Articles',
    method: 'Méthode',
  },
  home: {
    heading: 'Moscou–Pyongyang, le dossier',
    intro: [
      'En septembre 2023, Kim Jong Un traverse la frontière russe à bord de son train blindé pour rencontrer Vladimir Poutine. En juin 2024, Vladimir Poutine est reçu à Pyongyang et les deux pays signent un traité de partenariat stratégique global.',
      'Entre ces deux dates, la presse francophone a raconté un rapprochement que la guerre en Ukraine a rendu pressant : des munitions contre de la technologie, de l’aide alimentaire et une sortie de l’isolement. Ce dossier rassemble ses articles, transcrits mot pour mot, pour les lire, les comparer et en vérifier chaque affirmation.',
    ],
    articlesHeading: 'Les articles, par date de parution',
    articlesCount: (n: number) => (n <= 1 ? `${n} article` : `${n} articles`),
    explore: 'Explorer le dossier',
    timelineSoon: 'La chronologie des événements — en préparation',
    searchSoon: 'La recherche dans les articles — en préparation',
    methodLink: 'Comment le dossier est construit',
    allArticles: 'Tous les articles',
  },
  articles: {
    heading: 'Les articles',
    intro: 'Chaque article est transcrit mot pour mot depuis le texte recueilli ; seuls les débris de mise en page sont retirés, et la liste en est donnée sous l’article.',
  },
  article: {
    kicker: 'Surtitre',
    outlet: 'Média',
    unknownOutlet: 'Média non identifié',
    author: 'Auteur',
    unknownAuthor: 'Auteur non nommé',
    published: 'Publié',
    updated: 'Mis à jour',
    at: 'à',
    inferred: 'déduit',
    inferredDate: 'date déduite',
    inferredBadgeTitle: 'Cette information n’est pas écrite dans le texte : elle est déduite d’indices.',
    clue: 'Indice',
    between: (from: string, to: string) => `entre le ${from} et le ${to}`,
    notAfter: (to: string) => `au plus tard le ${to}`,
    notBefore: (from: string) => `au plus tôt le ${from}`,
    readingTimeLabel: 'Temps de lecture',
    originalLabel: 'Article original',
    original: 'Lire l’article original',
    originalUnknown: 'Adresse d’origine inconnue',
    themes: 'Thèmes',
    toc: 'Sommaire',
    truncatedTitle: 'Article incomplet',
    truncatedReason: {
      paywall: 'La suite de cet article est réservée aux abonnés du média : seul le début est disponible.',
      'cut-off': 'Le texte recueilli s’arrête avant la fin de l’article.',
    },
    headingAnchor: (heading: string) => `Lien vers la section « ${heading} »`,
    provenanceHeading: 'Provenance du texte',
    seed: 'Texte source',
    removedHeading: 'Retiré du texte recueilli',
    removedKind: { debris: 'débris de mise en page', metadata: 'métadonnée reportée dans l’en-tête' },
    notesHeading: 'Notes de transcription',
    noneRemoved: 'Rien n’a été retiré.',
    previous: 'Article précédent',
    next: 'Article suivant',
    siblingsLabel: 'Articles voisins',
    metaLabel: 'Informations sur l’article',
    missingPhoto: 'Photo non reproduite',
  },
  method: {
    heading: 'Méthode',
    title: 'Méthode : comment le dossier est construit',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette page n’existe pas ou plus.',
    back: 'Retour à l’accueil',
  },
  footer: {
    sources: 'Sources : les articles cités, chacun attribué à son média. Les textes restent la propriété de leurs auteurs.',
    credits: 'Site statique construit avec Astro, Tailwind CSS et Pagefind. Aucune requête vers un autre site.',
  },
} as const;

