// The CLI's exit decision per file: --fail-level when given, else the Dockerfile's .hadolint.yaml failure-threshold, else error.
import type { Severity } from '../service';

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** Our --fail-level values as the lowest severity rank that fails; `none` never fails. */
export const FAIL_LEVELS: Record<string, number> = { error: 3, warning: 2, info: 1, none: Infinity };

/**
 * hadolint's failure-threshold as a rank. hadolint fails at or above the threshold; its style is our hint, and its
 * `ignore` and `none` both fail on any finding at all (the opposite of our `--fail-level none`).
 */
const HADOLINT_THRESHOLDS: Record<string, number> = { error: 3, warning: 2, info: 1, style: 0, ignore: 0, none: 0 };

/** The rank a file fails at: the explicit --fail-level, else its hadolint threshold, else error. */
export function failRank(explicit: number | undefined, hadolintThreshold: string | undefined): number {
  if (explicit !== undefined) return explicit;
  return (hadolintThreshold !== undefined ? HADOLINT_THRESHOLDS[hadolintThreshold] : undefined) ?? FAIL_LEVELS.error!;
}

/** True when some finding is at or above the rank. */
export function fails(findings: readonly { severity: Severity }[], rank: number): boolean {
  return findings.some((finding) => RANK[finding.severity] >= rank);
}
