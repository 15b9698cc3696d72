// Writes the add-ins' icons (a white check mark on a UN-blue rounded square) as PNGs, with node:zlib only,
// so the images are reproducible from this file: `node manifests/makeIcons.mjs`.
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";

const SIZES = [16, 32, 64, 80]; // the sizes the manifests name: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64
const BLUE = [0, 158, 219]; // UN blue, #009EDB
const CHECK = [[0.27, 0.53], [0.43, 0.69], [0.74, 0.35]]; // the check mark's polyline, in units of the icon's side
const SAMPLES = 4; // 4×4 samples per pixel: enough anti-aliasing for a 16 px glyph

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
}

function insideRoundedSquare(x, y, radius) {
  const dx = Math.max(radius - x, x - (1 - radius), 0);
  const dy = Math.max(radius - y, y - (1 - radius), 0);
  return dx * dx + dy * dy <= radius * radius;
}

/** One RGBA pixel: coverage of the square (alpha) and of the check mark (blend blue → white). */
function pixel(size, px, py) {
  let square = 0;
  let mark = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = (px + (i + 0.5) / SAMPLES) / size;
      const y = (py + (j + 0.5) / SAMPLES) / size;
      if (!insideRoundedSquare(x, y, 0.2)) continue;
      square++;
      if (Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2])) <= 0.065) mark++;
    }
  }
  const white = square === 0 ? 0 : mark / square;
  return [...BLUE.map((c) => Math.round(c + (255 - c) * white)), Math.round((255 * square) / SAMPLES ** 2)];
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA; compression, filter and interlace methods 0
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // filter type None for each scanline
    for (let x = 0; x < size; x++) rows.push(...pixel(size, x, y));
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.from(rows), { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of SIZES) writeFileSync(new URL(`./assets/icon-${size}.png`, import.meta.url), png(size));
