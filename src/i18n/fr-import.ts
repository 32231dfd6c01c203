/**
 * The importer's French: the notes, clues and review lines it writes into content and prints for
 * the reviewer. Kept apart from fr.ts (the site's interface) because they are written into files,
 * verbatim, and never typeset by the site's interface helper.
 */
export const importWords = {
  removed: {
    published: 'Date et heure de parution, reportées dans l’en-tête.',
    updated: 'Date et heure de mise à jour, reportées dans l’en-tête.',
    shownDate: 'Date affichée en tête du texte recueilli, sans mention « Publié » : reportée dans l’en-tête comme date déduite.',
    monthDate: 'Date de parution au mois près, reportée dans l’en-tête.',
    url: 'Adresse d’origine, reportée dans l’en-tête.',
    byline: 'Signature, reportée dans l’en-tête.',
    outlet: 'Signature du média, reportée dans l’en-tête.',
    separator: 'Séparateur de mise en page.',
    gallery: 'Compteur de la galerie de photos.',
    paywall: 'Avis du mur payant, repris dans l’avis de texte tronqué.',
    breadcrumb: 'Fil d’Ariane de la page, suivi du titre.',
    captionLabel: 'Étiquette qui précède une légende de photo sur la page d’origine.',
    related:
      'Titre d’un article lié (« Lire aussi »), inséré entre deux paragraphes comme renvoi ; il n’appartient pas au texte. À vérifier.',
    debris: (what: string) => `Élément de la page d’origine (${what}), pas du texte de l’article.`,
  },
  clue: {
    outletLine: (name: string) => `Signature « ${name} » seule sur une ligne du texte recueilli.`,
    outletDomain: (domain: string) => `L’adresse d’origine est sur le domaine ${domain} ; le nom du média n’est pas écrit dans le texte.`,
    outletSiteName: (name: string) => `Balise og:site_name de la page enregistrée : « ${name} ».`,
    outletPaywall: (formula: string) =>
      `La formule de fin « ${formula} » est celle du mur payant du Monde ; le nom du journal n’est pas écrit dans le texte.`,
    outletBbc:
      'Les légendes de photo suivent la mise en page du service en français de la BBC (« Crédit photo, … Légende image, … ») ; le nom du média n’est pas écrit dans le texte.',
    outletUnknown: 'Le texte ne nomme pas son média et aucun indice ne permet de l’attribuer.',
    monthDate: (line: string) => `Mention « ${line} » en tête du texte recueilli ; le jour n’est pas donné.`,
    shownDate: (line: string) =>
      `Date « ${line} » affichée en tête du texte recueilli, sans mention « Publié » : peut-être celle d’une reprise, à vérifier.`,
    shownDateBounds: (line: string, latest: string, words: string) =>
      `Date « ${line} » affichée en tête du texte recueilli, sans mention « Publié » : limite haute (peut-être celle d’une reprise). Le texte relate le ${latest} (« ${words} ») : limite basse. Le jour de parution n’est pas donné.`,
    metaPublished: (value: string) => `Balise article:published_time de la page enregistrée : ${value}.`,
    metaModified: (value: string) => `Balise article:modified_time de la page enregistrée : ${value}.`,
    metaAuthor: (value: string) => `Balise author de la page enregistrée : « ${value} ».`,
    noDate: 'Aucune date de parution dans le texte recueilli : la date d’import sert de limite haute, à corriger.',
    urlOption: 'Adresse donnée à l’import (--url), absente du texte recueilli.',
    canonical: 'Adresse canonique (link rel="canonical" ou og:url) de la page enregistrée.',
  },
  truncated: {
    paywall: (formula: string) => `Réservé aux abonnés : « ${formula} » Seul le début de l’article est disponible.`,
    cutOff: (end: string) => `Le texte s’arrête sur « ${end} » : la suite manque.`,
  },
  notes: {
    imported: (date: string) => `Importé automatiquement le ${date} ; transcription, métadonnées et éléments retirés à vérifier.`,
    markdownLinks: 'Les liens de la source qui ne pointaient vers aucune adresse web (« # ») gardent leur texte, sans lien.',
    bullets: 'Les puces « • » de la source sont rendues en listes Markdown, avec leur niveau d’imbrication.',
    fromHtml:
      'Texte extrait d’une page web enregistrée (Readability), converti en Markdown ; le texte extrait est conservé dans content/sources/.',
  },
  draft: {
    figureStatement: (figure: string, who: string) => `Chiffre relevé automatiquement : « ${figure} » (${who}).`,
    outletVoice: 'le média',
    eventDescription: 'Événement relevé automatiquement dans le texte ; titre, nature, statut et date à vérifier.',
  },
  theme: 'à classer',
};
