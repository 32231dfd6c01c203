/**
 * The content folder. It defaults to `content/`; tests and the benchmark point the build at a
 * temporary copy through DOSSIER_CONTENT_DIR so that `content/` itself is never touched.
 */
export const contentDir: string = process.env.DOSSIER_CONTENT_DIR ?? './content';
