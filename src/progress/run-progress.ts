/**
 * What a run tells whoever watches it (the CLI's progress line, the timing table). Every method is
 * optional; the pipeline calls them in order of the work, from the thread that runs the pipeline.
 */
export interface RunProgress {
  /** How many articles the run will read, once the inputs are listed. */
  planned?(articles: number): void;
  /** One more article read and extracted (or found unreadable), with the claims it gave. */
  article?(claims: number): void;
  /** The run starts a stage: `extract`, `reconcile`, `report`… */
  stage?(name: string): void;
  /** Findings the reconciler produced. */
  findings?(count: number): void;
}
