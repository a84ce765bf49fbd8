/** The formats `check --format` offers, in the order `--help` lists them. */
export const CHECK_FORMATS = ['stylish', 'json', 'markdown', 'html', 'sarif', 'junit', 'github'] as const;

export type CheckFormat = (typeof CHECK_FORMATS)[number];
