/**
 * Stands in for the `polished` package in the app bundle (see vite.config.ts). Garden's styles call ten of
 * its helpers; the package brings them with a formula parser built from symbol tables (for `math`), a map
 * of the 148 CSS colour names, and an Error subclass that pulls in Babel's class helpers (3.5 KB gzip more
 * initial JS than this file). Here are the same ten, computed the same way, for the inputs Garden gives
 * them:
 *
 * - `math`: formulas with numbers in one CSS unit (or none), `+ - * /`, unary `+ -` and parentheses, with
 *   polished's precedence (a unary minus takes the product after it: `a * -b * c` is `a * -(b * c)`) so
 *   that the same floating-point operations run in the same order. Not here: `min()`, `max()` and `,`,
 *   which no Garden formula uses; like malformed formulas and mixed units, they throw.
 * - colours: hex (3, 4, 6 or 8 digits), `rgb()` and `rgba()`, and `transparent` where polished takes it.
 *   Not here: CSS colour names and `hsl()` / `hsla()` strings, which polished also reads; Garden writes no
 *   colour that way (its palette is hex, and its hues resolve to the palette before a colour reaches
 *   polished), nor does the app's theme. They throw, as an unknown colour does.
 *
 * Errors carry polished's production message (a link to its error list), as a plain Error: no caller
 * catches them by class.
 */
import { hslToRgbFractions } from './hsl';

class PolishedError extends Error {
  constructor(code: number) {
    super(
      `An error occurred. See https://github.com/styled-components/polished/blob/main/src/internalHelpers/errors.md#${code} for more information.`,
    );
  }
}

const reverse = (text: string): string => text.split('').reverse().join('');

// polished's CSS units, written backwards (it matches them on the reversed formula), in its order (less its
// `(?!\w)a`, which never matches).
const UNITS =
  /na|hc|mc|dg|mer?|xe|ni(?![a-zA-Z])|mm|cp|tp|xp|q(?!s)|hv|xamv|nimv|wv|sm|s(?!\D|$)|ged|darg?|nrut/g;

/** Evaluates a unitless formula as polished's operator-precedence parser does, or throws. */
function calculate(formula: string): number {
  const tokens = formula.match(/\d+(?:\.\d+)?|\S/g) ?? [];
  let at = 0;
  const fail = (): never => {
    throw new PolishedError(37);
  };
  const take = (token: string): boolean => (tokens[at] === token ? (at++, true) : false);
  // A number, or a parenthesized sum.
  const primary = (): number => {
    const token = tokens[at++] ?? fail();
    if (token === '(') {
      const value = sum();
      return take(')') ? value : fail();
    }
    return /^\d/.test(token) ? +token : fail();
  };
  // A unary sign applies to the whole product after it (polished ranks it between * / and + -).
  const signed = (): number => (take('-') ? -signed() : take('+') ? signed() : product());
  const product = (): number => {
    let value = primary();
    for (;;) {
      if (take('*')) value *= tokens[at] === '-' || tokens[at] === '+' ? signed() : primary();
      else if (take('/')) value /= tokens[at] === '-' || tokens[at] === '+' ? signed() : primary();
      else return value;
    }
  };
  const sum = (): number => {
    let value = signed();
    for (;;) {
      if (take('+')) value += signed();
      else if (take('-')) value -= signed();
      else return value;
    }
  };
  const value = sum();
  return at === tokens.length ? value : fail();
}

export function math(formula: string): string {
  const reversed = reverse(formula);
  const units = reversed.match(UNITS);
  if (units && !units.every((unit) => unit === units[0])) throw new PolishedError(41);
  return `${calculate(reverse(reversed.replace(UNITS, '')))}${units ? reverse(units[0] ?? '') : ''}`;
}

const CSS_VALUE = /^[+-]?(?:\d+|\d*\.\d+)([a-z]*|%)$/;

export function stripUnit<T>(value: T): T | number {
  return typeof value === 'string' && CSS_VALUE.test(value) ? parseFloat(value) : value;
}

export function getValueAndUnit(value: unknown): [unknown, string | undefined] {
  if (typeof value !== 'string') return [value, ''];
  const match = CSS_VALUE.exec(value);
  return match ? [parseFloat(value), match[1]] : [value, undefined];
}

/** Pixels (a number, or a string ending in px) over a base in pixels, in em. */
export function em(pixels: string | number, base: string | number = '16px'): string {
  const toNumber = (value: string | number, code: number): number | string => {
    if (typeof value !== 'string') return value;
    if (!value.endsWith('px')) throw new PolishedError(code);
    return stripUnit(value);
  };
  const value = toNumber(pixels, 69);
  const baseValue = toNumber(base, 70);
  if (typeof value === 'string') throw new PolishedError(71);
  if (typeof baseValue === 'string') throw new PolishedError(72);
  return `${value / baseValue}em`;
}

export function hideVisually(): Record<string, string> {
  return {
    border: '0',
    clip: 'rect(0 0 0 0)',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    padding: '0',
    position: 'absolute',
    whiteSpace: 'nowrap',
    width: '1px',
  };
}

interface Rgb {
  red: number;
  green: number;
  blue: number;
  alpha?: number;
}

interface Hsl {
  hue: number;
  saturation: number;
  lightness: number;
  alpha?: number;
}

/** polished's HSL to RGB; each channel, 0 to 1, goes to `convert`. */
const hslToRgb = <T>(
  hue: number,
  saturation: number,
  lightness: number,
  convert: (red: number, green: number, blue: number) => T,
): T => convert(...hslToRgbFractions(hue, saturation, lightness));

const toInts = (red: number, green: number, blue: number): string =>
  [red, green, blue].map((channel) => Math.round(channel * 255)).join(',');

const toHex = (red: number, green: number, blue: number): string => {
  const hex = `#${[red, green, blue]
    .map((channel) =>
      Math.round(channel * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  return hex.length === 7 && hex[1] === hex[2] && hex[3] === hex[4] && hex[5] === hex[6]
    ? `#${hex[1]}${hex[3]}${hex[5]}`
    : hex;
};

// polished's colour patterns, whitespace around an optional comma written so that it cannot backtrack. As
// in polished, channels need no separator ('rgb(255255255)' is white), which the regexp rule flags.
/* eslint-disable regexp/no-misleading-capturing-group */
const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const RGB = /^rgb\(\s*(\d{1,3})\s*(?:,\s*)?(\d{1,3})\s*(?:,\s*)?(\d{1,3})\s*\)$/i;
const RGBA =
  /^rgba?\(\s*(\d{1,3})\s*(?:,\s*)?(\d{1,3})\s*(?:,\s*)?(\d{1,3})\s*[,/]\s*([-+]?(?:\d+(?:\.\d+)?|\.\d+)%?)\s*\)$/i;
/* eslint-enable regexp/no-misleading-capturing-group */

function parseToRgb(color: unknown): Rgb {
  if (typeof color !== 'string') throw new PolishedError(3);
  if (HEX.test(color)) {
    const digits = color.length < 6 ? color.slice(1).replace(/./g, '$&$&') : color.slice(1);
    const [red = 0, green = 0, blue = 0, alpha] = (digits.match(/../g) ?? []).map((pair) =>
      parseInt(pair, 16),
    );
    return alpha === undefined
      ? { red, green, blue }
      : { red, green, blue, alpha: parseFloat((alpha / 255).toFixed(2)) };
  }
  // As in polished, the form with an alpha is read from the colour's first 50 characters.
  const match = RGB.exec(color) ?? RGBA.exec(color.substring(0, 50));
  if (!match) throw new PolishedError(5);
  const [, red = '', green = '', blue = '', alpha] = match;
  const rgb: Rgb = { red: parseInt(red, 10), green: parseInt(green, 10), blue: parseInt(blue, 10) };
  if (alpha !== undefined) rgb.alpha = parseFloat(alpha) > 1 ? parseFloat(alpha) / 100 : parseFloat(alpha);
  return rgb;
}

function parseToHsl(color: unknown): Hsl {
  const { red: r, green: g, blue: b, alpha } = parseToRgb(color);
  const red = r / 255;
  const green = g / 255;
  const blue = b / 255;
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const lightness = (max + min) / 2;
  let hue = 0;
  let saturation = 0;
  if (max !== min) {
    const delta = max - min;
    saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
    hue =
      60 *
      (max === red
        ? (green - blue) / delta + (green < blue ? 6 : 0)
        : max === green
          ? (blue - red) / delta + 2
          : (red - green) / delta + 4);
  }
  return alpha === undefined ? { hue, saturation, lightness } : { hue, saturation, lightness, alpha };
}

/** polished's toColorString for an HSL colour: hex, or rgba() when it is see-through. */
function hslToString({ hue, saturation, lightness, alpha }: Hsl): string {
  return typeof alpha === 'number' && !(alpha >= 1)
    ? `rgba(${hslToRgb(hue, saturation, lightness, toInts)},${alpha})`
    : hslToRgb(hue, saturation, lightness, toHex);
}

function changeLightness(color: string, by: number): string {
  if (color === 'transparent') return color;
  const hsl = parseToHsl(color);
  return hslToString({ ...hsl, lightness: Math.max(0, Math.min(1, hsl.lightness + by)) });
}

/** Garden calls it with both arguments (polished's curried form, with one, is not here). */
export function darken(amount: number | string, color: string): string {
  return changeLightness(color, -parseFloat(String(amount)));
}

export function lighten(amount: number | string, color: string): string {
  return changeLightness(color, parseFloat(String(amount)));
}

/** A colour with another alpha, as `rgba(r,g,b,a)` (the form Garden calls). */
export function rgba(color: string, alpha: number): string {
  if (typeof color !== 'string' || typeof alpha !== 'number') throw new PolishedError(7);
  const { red, green, blue } = parseToRgb(color);
  return `rgba(${red},${green},${blue},${alpha})`;
}

function getLuminance(color: string): number {
  if (color === 'transparent') return 0;
  const { red, green, blue } = parseToRgb(color);
  const [r = 0, g = 0, b = 0] = [red, green, blue].map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  });
  return parseFloat((0.2126 * r + 0.7152 * g + 0.0722 * b).toFixed(3));
}

export function getContrast(color1: string, color2: string): number {
  const luminance1 = getLuminance(color1);
  const luminance2 = getLuminance(color2);
  return parseFloat(
    (luminance1 > luminance2
      ? (luminance1 + 0.05) / (luminance2 + 0.05)
      : (luminance2 + 0.05) / (luminance1 + 0.05)
    ).toFixed(2),
  );
}

export function readableColor(
  color: string,
  returnIfLightColor = '#000',
  returnIfDarkColor = '#fff',
  strict = true,
): string {
  const isColorLight = getLuminance(color) > 0.179;
  const preferred = isColorLight ? returnIfLightColor : returnIfDarkColor;
  if (!strict || getContrast(color, preferred) >= 4.5) return preferred;
  return isColorLight ? '#000' : '#fff';
}
