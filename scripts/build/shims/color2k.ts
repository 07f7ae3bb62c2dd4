/**
 * Stands in for the `color2k` package in the app bundle (see vite.config.ts). Garden's getColor imports
 * three of its functions: `parseToRgba` (is a hue a colour; an `rgba()` variable's channels), and
 * `getScale` and `toHex` (the shades of a custom colour). The package brings them with its table of the
 * CSS colour names, compressed (about 1.2 KB gzip of initial JS). Here are the same three, computed as
 * color2k computes them, for hex, `rgb()`/`rgba()`, `hsl()`/`hsla()` and `transparent`. Not here: CSS
 * colour names, which throw as an unknown colour does (color2k looks them up). Garden's hues resolve to
 * its palette's hex values before they reach color2k, and the app's theme adds no colours; the colours
 * that do reach it are hex, and Garden's own `rgba(palette-name, n)` variables, which it expects color2k
 * to refuse.
 */
import { hslToRgbFractions } from './hsl';

/** color2k's error for a colour it cannot read. */
class ColorError extends Error {
  constructor(color: unknown) {
    super(`Failed to parse color: "${String(color)}"`);
  }
}

const guard = (low: number, high: number, value: number): number => Math.min(Math.max(low, value), high);

// color2k's patterns (the space before an optional alpha written so that it cannot backtrack).
const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const RGBA = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i;
const HSLA = /^hsla?\(\s*([\d.]+)\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%(?:\s*,\s*([\d.]+))?\s*\)$/i;
const NAME = /^[a-z]+$/i;

/** color2k's HSL (saturation and lightness in percent) to RGB channels of 0-255. */
const hslToRgb = (hue: number, saturation: number, lightness: number): number[] =>
  hslToRgbFractions(hue, saturation / 100, lightness / 100).map((channel) => Math.round(channel * 255));

/** A colour's red, green and blue (0-255) and alpha (0-1). */
export function parseToRgba(color: string): [number, number, number, number] {
  if (typeof color !== 'string') throw new ColorError(color);
  if (color.trim().toLowerCase() === 'transparent') return [0, 0, 0, 0];
  // color2k looks a name up in its table; there is none here.
  if (NAME.test(color)) throw new ColorError(color);
  if (HEX.test(color)) {
    // #rgb and #rgba have each digit twice; no alpha is ff.
    const digits = color.length < 6 ? color.slice(1).replace(/./g, '$&$&') : color.slice(1);
    const [red = 0, green = 0, blue = 0, alpha = 255] = (digits.match(/../g) ?? []).map((pair) =>
      parseInt(pair, 16),
    );
    return [red, green, blue, alpha / 255];
  }
  const rgba = RGBA.exec(color);
  if (rgba) {
    const [, red = '', green = '', blue = '', alpha] = rgba;
    return [parseInt(red, 10), parseInt(green, 10), parseInt(blue, 10), parseFloat(alpha ?? '1')];
  }
  const hsla = HSLA.exec(color);
  if (hsla) {
    const [hue = NaN, saturation = NaN, lightness = NaN, alpha = NaN] = hsla.slice(1).map(parseFloat);
    if (guard(0, 100, saturation) !== saturation || guard(0, 100, lightness) !== lightness) {
      throw new ColorError(color);
    }
    const [red = 0, green = 0, blue = 0] = hslToRgb(hue, saturation, lightness);
    return [red, green, blue, Number.isNaN(alpha) ? 1 : alpha];
  }
  throw new ColorError(color);
}

/** color2k's `rgba()` string: channels rounded into 0-255, alpha into 0-1 to three places. */
const rgbaString = (red: number, green: number, blue: number, alpha: number): string =>
  `rgba(${guard(0, 255, red).toFixed()}, ${guard(0, 255, green).toFixed()}, ${guard(0, 255, blue).toFixed()}, ${parseFloat(guard(0, 1, alpha).toFixed(3))})`;

function mix(color1: string, color2: string, weight: number): string {
  const normalize = (value: number, index: number): number => (index === 3 ? value : value / 255);
  const [r1 = 0, g1 = 0, b1 = 0, a1 = 0] = parseToRgba(color1).map(normalize);
  const [r2 = 0, g2 = 0, b2 = 0, a2 = 0] = parseToRgba(color2).map(normalize);
  const alphaDelta = a2 - a1;
  const normalizedWeight = weight * 2 - 1;
  const combinedWeight =
    normalizedWeight * alphaDelta === -1
      ? normalizedWeight
      : normalizedWeight + alphaDelta / (1 + normalizedWeight * alphaDelta);
  const weight2 = (combinedWeight + 1) / 2;
  const weight1 = 1 - weight2;
  return rgbaString(
    (r1 * weight1 + r2 * weight2) * 255,
    (g1 * weight1 + g2 * weight2) * 255,
    (b1 * weight1 + b2 * weight2) * 255,
    a2 * weight + a1 * (1 - weight),
  );
}

/** A function from 0-1 to the colours between the given ones, as `rgba()` strings. */
export function getScale(...colors: string[]): (n: number) => string {
  return (n) => {
    const lastIndex = colors.length - 1;
    const lowIndex = guard(0, lastIndex, Math.floor(n * lastIndex));
    const highIndex = guard(0, lastIndex, Math.ceil(n * lastIndex));
    const unit = 1 / lastIndex;
    return mix(colors[lowIndex] as string, colors[highIndex] as string, (n - unit * lowIndex) / unit);
  };
}

/** `#rrggbb`, with `aa` after when the colour is see-through. */
export function toHex(color: string): string {
  const [red, green, blue, alpha] = parseToRgba(color);
  const hex = (value: number): string => guard(0, 255, value).toString(16).padStart(2, '0');
  return `#${hex(red)}${hex(green)}${hex(blue)}${alpha < 1 ? hex(Math.round(alpha * 255)) : ''}`;
}
