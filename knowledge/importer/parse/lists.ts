/** Comma lists of the portal: levels ("Cấp tỉnh, Cấp xã"), applicants, agencies. */
import { isNoInfo, splitList, unique } from './text';

export function parseLevels(raw: string): string[] {
  return unique(splitList(raw));
}

export function parseApplicants(raw: string): string[] {
  return unique(splitList(raw));
}

/** The executing agencies; the competent authority when none is given. */
export function parseAgencies(executing: string, competent: string): string[] {
  const primary = isNoInfo(executing) ? [] : splitList(executing);
  return unique(primary.length > 0 ? primary : splitList(competent));
}
