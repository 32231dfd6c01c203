/** Where the article text worker is, in a static build; null otherwise (src/integrations/article-text-worker.ts). */
declare module 'virtual:dossier/article-text-worker' {
  const workerFile: string | null;
  export default workerFile;
}
