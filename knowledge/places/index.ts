/**
 * The communes and wards of the province after the 2025 arrangement, with the
 * former names people still write on envelopes ("xã Yên Hồ, huyện Đức Thọ" is
 * today's xã Đức Thọ). Data, its source and how sure we are of it live in the
 * JSON file beside this one; read once, validated with zod.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import { foldVietnamese } from '../text/fold';

const Unit = z.object({ kind: z.enum(['xã', 'phường', 'đặc khu']), name: z.string().min(2), former: z.array(z.string()) });
const ProvinceList = z.object({ province: z.string(), source: z.string().min(10), completeness: z.string(), units: z.array(Unit).min(1) });
export type PlaceUnit = z.infer<typeof Unit>;
export type ProvinceList = z.infer<typeof ProvinceList>;

const FILES: Record<string, string> = { 'ha tinh': 'ha-tinh-2025.json' };
const cache = new Map<string, ProvinceList>();

const PREFIX = /^(?:xa|phuong|thi tran|tt|p|x|dac khu)\.?\s+/;

/** "Xã Yên Hồ" → "yen ho"; "tỉnh Hà Tĩnh" → "ha tinh". */
export function placeKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PREFIX, '')
    .replace(/^(?:tinh|thanh pho|tp)\s+/, '')
    .trim();
}

/** The 2025 list of a province we have data for, or undefined. */
export function provinceList(province: string): ProvinceList | undefined {
  const file = FILES[placeKey(province)];
  if (!file) return undefined;
  let list = cache.get(file);
  if (!list) {
    list = ProvinceList.parse(JSON.parse(readFileSync(join(__dirname, file), 'utf8')));
    cache.set(file, list);
  }
  return list;
}

export type CommuneMatch = { found: 'current'; unit: PlaceUnit } | { found: 'former'; unit: PlaceUnit; former: string } | { found: 'none' };

/**
 * Reads the commune out of what was typed ("xã Yên Hồ, huyện Đức Thọ",
 * "phuong Thanh Sen"): today's name first, then a former one.
 */
export function findCommune(text: string, list: ProvinceList): CommuneMatch {
  const first = placeKey(text.split(/[,;]/)[0] ?? '');
  if (!first) return { found: 'none' };
  const current = list.units.find((u) => placeKey(u.name) === first);
  if (current) return { found: 'current', unit: current };
  for (const unit of list.units) {
    const former = unit.former.find((f) => placeKey(f) === first);
    if (former) return { found: 'former', unit, former };
  }
  return { found: 'none' };
}

/** "xã Đức Thọ" */
export function unitLabel(unit: PlaceUnit): string {
  return `${unit.kind} ${unit.name}`;
}
