import type { QuantityValue } from '../../types.js';

/** A unit of measure and how to bring it to the canonical unit of its dimension. */
export interface UnitInfo {
  /** The unit as reported (`mi`, `km`, `h`…). */
  unit: string;
  dimension: QuantityValue['dimension'];
  /** Canonical unit of the dimension: km, km2, kg, s, km/h. */
  canonical: string;
  /** Multiply by this to get the canonical unit. */
  factor: number;
}

const KM = (unit: string, factor: number): UnitInfo => ({ unit, dimension: 'length', canonical: 'km', factor });
const KM2 = (unit: string, factor: number): UnitInfo => ({ unit, dimension: 'area', canonical: 'km2', factor });
const KG = (unit: string, factor: number): UnitInfo => ({ unit, dimension: 'mass', canonical: 'kg', factor });
const S = (unit: string, factor: number): UnitInfo => ({ unit, dimension: 'duration', canonical: 's', factor });
const KMH = (unit: string, factor: number): UnitInfo => ({ unit, dimension: 'other', canonical: 'km/h', factor });

// Average Gregorian month and year, so durations in months and years compare with days.
const YEAR = 31_556_952;
const MONTH = YEAR / 12;

/** Surface forms (lower case) → unit. Bare `m` (metres vs million) is handled by the reader. */
const SURFACES: Record<string, UnitInfo> = {
  'km/h': KMH('km/h', 1), kph: KMH('km/h', 1), kmh: KMH('km/h', 1), 'kilometers per hour': KMH('km/h', 1),
  'kilometres per hour': KMH('km/h', 1), mph: KMH('mph', 1.609344), 'miles per hour': KMH('mph', 1.609344),
  'square kilometers': KM2('km2', 1), 'square kilometres': KM2('km2', 1), 'sq km': KM2('km2', 1), km2: KM2('km2', 1),
  'km²': KM2('km2', 1), 'square miles': KM2('mi2', 2.589988110336), 'sq miles': KM2('mi2', 2.589988110336),
  'square meters': KM2('m2', 1e-6), 'square metres': KM2('m2', 1e-6), m2: KM2('m2', 1e-6), 'm²': KM2('m2', 1e-6),
  hectares: KM2('ha', 0.01), hectare: KM2('ha', 0.01), acres: KM2('acre', 0.00404685642), acre: KM2('acre', 0.00404685642),
  'nautical miles': KM('nmi', 1.852), 'nautical mile': KM('nmi', 1.852),
  km: KM('km', 1), kms: KM('km', 1), kilometers: KM('km', 1), kilometres: KM('km', 1), kilometer: KM('km', 1),
  kilometre: KM('km', 1), miles: KM('mi', 1.609344), mile: KM('mi', 1.609344), mi: KM('mi', 1.609344),
  meters: KM('m', 0.001), metres: KM('m', 0.001), meter: KM('m', 0.001), metre: KM('m', 0.001),
  centimeters: KM('cm', 1e-5), centimetres: KM('cm', 1e-5), centimeter: KM('cm', 1e-5), centimetre: KM('cm', 1e-5), cm: KM('cm', 1e-5),
  millimeters: KM('mm', 1e-6), millimetres: KM('mm', 1e-6), mm: KM('mm', 1e-6),
  feet: KM('ft', 0.0003048), foot: KM('ft', 0.0003048), ft: KM('ft', 0.0003048),
  inches: KM('in', 0.0000254), inch: KM('in', 0.0000254), yards: KM('yd', 0.0009144), yard: KM('yd', 0.0009144),
  tonnes: KG('t', 1000), tonne: KG('t', 1000), tons: KG('t', 1000), ton: KG('t', 1000), 'metric tons': KG('t', 1000),
  kilograms: KG('kg', 1), kilogram: KG('kg', 1), kilos: KG('kg', 1), kg: KG('kg', 1), grams: KG('g', 0.001), lbs: KG('lb', 0.45359237), lb: KG('lb', 0.45359237),
  pounds: KG('lb', 0.45359237), pound: KG('lb', 0.45359237), ounces: KG('oz', 0.028349523125),
  seconds: S('s', 1), second: S('s', 1), secs: S('s', 1), sec: S('s', 1),
  minutes: S('min', 60), minute: S('min', 60), mins: S('min', 60), min: S('min', 60),
  hours: S('h', 3600), hour: S('h', 3600), hrs: S('h', 3600), hr: S('h', 3600),
  days: S('d', 86_400), day: S('d', 86_400), weeks: S('wk', 604_800), week: S('wk', 604_800),
  months: S('mo', MONTH), month: S('mo', MONTH), years: S('yr', YEAR), year: S('yr', YEAR),
  decades: S('decade', YEAR * 10), decade: S('decade', YEAR * 10),
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * A unit right after a number: "35 kilometers", "58km", "181-km", "10 to 40 centimeters".
 * Longest forms first so "square miles" wins over "miles".
 */
export const UNIT_AFTER = new RegExp(
  `^[ \\t]?-?[ \\t]?(${Object.keys(SURFACES).sort((a, b) => b.length - a.length).map(escape).join('|').replace(/ /gu, '\\s+')})(?![\\p{L}\\d])`,
  'iu',
);

/** The unit for a surface form matched by `UNIT_AFTER`. */
export function unitOf(surface: string): UnitInfo | undefined {
  return SURFACES[surface.toLowerCase().replace(/\s+/gu, ' ')];
}

/** Rounds a converted value to a sensible precision (4 significant digits). */
export function roundConverted(value: number): number {
  return Number.parseFloat(value.toPrecision(4));
}
