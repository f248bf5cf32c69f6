/**
 * The people and organisations a synthetic export talks about: 수요기관 (agencies), 조달업체
 * (suppliers), PPS departments. Pools depend on the seed only — never on the kind or the row
 * count — so the contracts and the calls generated with one seed name the same agencies and
 * suppliers, and the care-call rule has something to match.
 */
import { Rng } from './random.js';

/** PPS headquarters bureaus and regional offices (조달청 본청 국, 지방조달청). */
export const DEPARTMENTS = {
  goods: [
    '구매사업국',
    '국제물자국',
    '서울지방조달청',
    '부산지방조달청',
    '대전지방조달청',
    '인천지방조달청',
    '광주지방조달청',
    '대구지방조달청',
  ],
  works: ['시설사업국', '서울지방조달청', '부산지방조달청', '대전지방조달청', '경남지방조달청', '강원지방조달청'],
  payments: [
    '구매사업국',
    '국제물자국',
    '서울지방조달청',
    '부산지방조달청',
    '대전지방조달청',
    '인천지방조달청',
    '광주지방조달청',
    '대구지방조달청',
    '경남지방조달청',
  ],
  complaints: [
    '고객지원센터',
    '구매사업국',
    '시설사업국',
    '국제물자국',
    '전자조달국',
    '서울지방조달청',
    '부산지방조달청',
    '대전지방조달청',
  ],
} as const;

/** Weights that make the first departments (본청 bureaus) the busiest. */
export function departmentWeights(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? 4 : i === 1 ? 2 : 1.5 - i * 0.1));
}

/** Hold reasons (보류사유) a payment officer writes. */
export const HOLD_REASONS = [
  '세금계산서 미첨부',
  '검사·검수조서 보완 필요',
  '계좌정보 불일치',
  '채권압류 확인 중',
  '지체상금 산정 필요',
  '납품수량 불일치',
] as const;

export interface Party {
  /** 7-digit 수요기관코드 or `123-45-67890` 사업자등록번호. */
  id: string;
  /** Whether the call centre's care calls reach this party (the rest are the known misses). */
  careCovered: boolean;
}

export interface Pools {
  agencies: readonly Party[];
  suppliers: readonly Party[];
  /** Zipf-like weights: a few agencies and suppliers take most contracts (so they repeat). */
  agencyWeights: readonly number[];
  supplierWeights: readonly number[];
  /** The covered parties, agencies and suppliers interleaved: the care-call round robin. */
  careTargets: readonly Party[];
}

export const AGENCY_COUNT = 24;
export const SUPPLIER_COUNT = 36;
/** Share of parties that get care calls; the rest are care-call violations when they repeat. */
export const CARE_COVERAGE = 0.85;

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * A 사업자등록번호 in its printed form.
 *
 * @example formatBusinessNumber(1234567890) // => '123-45-67890'
 */
export function formatBusinessNumber(n: number): string {
  const s = pad(n, 10);
  return `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`;
}

function zipf(n: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / (i + 1) ** 0.8);
}

/**
 * The entity pools of a seed (stream 1 of the seed's generator).
 *
 * @example createPools(7).agencies.length // => 24
 */
export function createPools(seed: number): Pools {
  const rng = Rng.create(seed, 1);
  const agencyIds = new Set<string>();
  while (agencyIds.size < AGENCY_COUNT) {
    // 1xxxxxx central government, 3/6xxxxxx local government, 7xxxxxx education offices.
    agencyIds.add(`${rng.pick([1, 1, 3, 6, 6, 7])}${pad(rng.int(0, 999_999), 6)}`);
  }
  const supplierIds = new Set<string>();
  while (supplierIds.size < SUPPLIER_COUNT) {
    supplierIds.add(formatBusinessNumber(rng.int(101, 899) * 10_000_000 + rng.int(81, 88) * 100_000 + rng.int(0, 99_999)));
  }
  const agencies = [...agencyIds].map((id) => ({ id, careCovered: rng.chance(CARE_COVERAGE) }));
  const suppliers = [...supplierIds].map((id) => ({ id, careCovered: rng.chance(CARE_COVERAGE) }));
  const careTargets: Party[] = [];
  for (let i = 0; i < Math.max(agencies.length, suppliers.length); i++) {
    const a = agencies[i];
    const s = suppliers[i];
    if (a?.careCovered) careTargets.push(a);
    if (s?.careCovered) careTargets.push(s);
  }
  return {
    agencies,
    suppliers,
    agencyWeights: zipf(agencies.length),
    supplierWeights: zipf(suppliers.length),
    careTargets,
  };
}

/**
 * A 나라장터-style contract number: `R` + 2-digit year + business code + 8-digit serial.
 * `TA` goods/services, `BK` works.
 *
 * @example contractNumber(2025, 'TA', 123) // => 'R25TA00000123'
 */
export function contractNumber(year: number, code: 'TA' | 'BK', serial: number): string {
  return `R${pad(year % 100, 2)}${code}${pad(serial, 8)}`;
}
