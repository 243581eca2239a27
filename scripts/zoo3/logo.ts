import { createCanvas } from '@napi-rs/canvas';

/** A coat of arms as letterheads carry it: a shield with a turreted crown, flat colours, PNG. */
export function coatOfArms(colours: { field: string; charge: string }, size = 120): Buffer {
  const width = size;
  const height = Math.round(size * 1.25);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const s = size / 120;
  // crown: a band with five towers
  ctx.fillStyle = '#8a7a55';
  ctx.fillRect(18 * s, 18 * s, 84 * s, 12 * s);
  for (let i = 0; i < 5; i += 1) ctx.fillRect((20 + i * 17) * s, 6 * s, 10 * s, 12 * s);
  // shield
  ctx.beginPath();
  ctx.moveTo(14 * s, 36 * s);
  ctx.lineTo(106 * s, 36 * s);
  ctx.lineTo(106 * s, 92 * s);
  ctx.quadraticCurveTo(106 * s, 128 * s, 60 * s, 146 * s);
  ctx.quadraticCurveTo(14 * s, 128 * s, 14 * s, 92 * s);
  ctx.closePath();
  ctx.fillStyle = colours.field;
  ctx.fill();
  ctx.lineWidth = 3 * s;
  ctx.strokeStyle = '#333333';
  ctx.stroke();
  // charge: a simple tower
  ctx.fillStyle = colours.charge;
  ctx.fillRect(46 * s, 62 * s, 28 * s, 50 * s);
  for (let i = 0; i < 3; i += 1) ctx.fillRect((44 + i * 11) * s, 54 * s, 8 * s, 10 * s);
  ctx.fillStyle = colours.field;
  ctx.fillRect(55 * s, 94 * s, 10 * s, 18 * s);
  return canvas.toBuffer('image/png');
}
