/** The names a manifest may have, looked for in each folder that holds articles and above it. */
export const MANIFEST_NAMES = ['corroborate.yaml', 'corroborate.yml', 'corroborate.json'] as const;
