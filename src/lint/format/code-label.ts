// How a finding's code is shown when it stands for other codes too (a BuildKit check beside the hadolint rule
// that reports the same problem): `DL3025 (also JSONArgsRecommended)`, so a reader who knows either name finds it.

export function codeLabel(rule: string, also: readonly string[] | undefined): string {
  return also !== undefined && also.length > 0 ? `${rule} (also ${also.join(', ')})` : rule;
}
