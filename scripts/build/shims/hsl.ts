/**
 * HSL to RGB as polished and color2k both compute it (the stand-ins in this folder share it): saturation and
 * lightness from 0 to 1, each channel from 0 to 1. The same operations in the same order, so the stand-ins
 * answer to the last bit what the packages answer.
 */
export function hslToRgbFractions(
  hue: number,
  saturation: number,
  lightness: number,
): [red: number, green: number, blue: number] {
  if (saturation === 0) return [lightness, lightness, lightness];
  const huePrime = (((hue % 360) + 360) % 360) / 60;
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const second = chroma * (1 - Math.abs((huePrime % 2) - 1));
  // The sixth of the colour wheel the hue is in (NaN for no hue: no channel gets anything, as in both packages).
  const sector = Math.floor(huePrime);
  const red = sector === 0 || sector === 5 ? chroma : sector === 1 || sector === 4 ? second : 0;
  const green = sector === 1 || sector === 2 ? chroma : sector === 0 || sector === 3 ? second : 0;
  const blue = sector === 3 || sector === 4 ? chroma : sector === 2 || sector === 5 ? second : 0;
  const lift = lightness - chroma / 2;
  return [red + lift, green + lift, blue + lift];
}
