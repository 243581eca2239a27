// Light pre-processing of a page image before OCR: greyscale, then black ink on white paper.

export interface BinarizeOptions {
  /** Ink is darker than this share of the paper's local brightness. */
  inkRatio?: number;
  /** Side of the square tiles the paper brightness is estimated on, in pixels. */
  tileSize?: number;
}

const DEFAULT_INK_RATIO = 0.6;
const DEFAULT_TILE_SIZE = 48;

/**
 * Turns RGBA pixels (in place) into pure black and white. The paper's brightness is estimated per tile, so a
 * shadow across a phone photo does not turn into a black blot; the form's light-grey boxes and bands, much
 * lighter than ink, drop out, which keeps the OCR from reading them as lines or letters.
 */
export function binarizePixels(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number, options: BinarizeOptions = {}): void {
  const inkRatio = options.inkRatio ?? DEFAULT_INK_RATIO;
  const tile = Math.max(8, options.tileSize ?? DEFAULT_TILE_SIZE);
  const luminance = new Uint8Array(width * height);
  for (let pixel = 0, offset = 0; pixel < luminance.length; pixel += 1, offset += 4) {
    luminance[pixel] = (rgba[offset]! * 77 + rgba[offset + 1]! * 150 + rgba[offset + 2]! * 29) >> 8;
  }
  const paper = paperBrightness(luminance, width, height, tile);
  const columns = Math.ceil(width / tile);
  const rows = Math.ceil(height / tile);
  for (let y = 0; y < height; y += 1) {
    // bilinear interpolation between tile centres keeps the threshold from jumping at tile edges
    const ty = Math.min(Math.max((y - tile / 2) / tile, 0), rows - 1);
    const row0 = Math.floor(ty);
    const row1 = Math.min(row0 + 1, rows - 1);
    const fy = ty - row0;
    for (let x = 0; x < width; x += 1) {
      const tx = Math.min(Math.max((x - tile / 2) / tile, 0), columns - 1);
      const column0 = Math.floor(tx);
      const column1 = Math.min(column0 + 1, columns - 1);
      const fx = tx - column0;
      const top = paper[row0 * columns + column0]! * (1 - fx) + paper[row0 * columns + column1]! * fx;
      const bottom = paper[row1 * columns + column0]! * (1 - fx) + paper[row1 * columns + column1]! * fx;
      const background = top * (1 - fy) + bottom * fy;
      const pixel = y * width + x;
      const value = luminance[pixel]! < background * inkRatio ? 0 : 255;
      const offset = pixel * 4;
      rgba[offset] = value;
      rgba[offset + 1] = value;
      rgba[offset + 2] = value;
      rgba[offset + 3] = 255;
    }
  }
}

/** Per tile, the brightness of the paper: the brightest of the tile means around it (ink only darkens a mean). */
function paperBrightness(luminance: Uint8Array, width: number, height: number, tile: number): Float32Array {
  const columns = Math.ceil(width / tile);
  const rows = Math.ceil(height / tile);
  const sums = new Float64Array(columns * rows);
  const counts = new Uint32Array(columns * rows);
  for (let y = 0; y < height; y += 1) {
    const rowBase = Math.floor(y / tile) * columns;
    for (let x = 0; x < width; x += 1) {
      const index = rowBase + Math.floor(x / tile);
      sums[index]! += luminance[y * width + x]!;
      counts[index]! += 1;
    }
  }
  const means = new Float32Array(columns * rows);
  for (let index = 0; index < means.length; index += 1) means[index] = counts[index] ? sums[index]! / counts[index]! : 255;
  const paper = new Float32Array(columns * rows);
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      let brightest = 0;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const r = row + dy;
          const c = column + dx;
          if (r >= 0 && r < rows && c >= 0 && c < columns) brightest = Math.max(brightest, means[r * columns + c]!);
        }
      }
      paper[row * columns + column] = brightest;
    }
  }
  return paper;
}
