/*
 * Draws the add-in icon (three rising bars on a blue tile, the sales-plan mark) at the sizes the manifest
 * declares and writes them as PNG to assets/. Run once after changing the design: node scripts/make-icons.js
 * The PNGs are committed; the build copies them.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function icon(size) {
  const s = size;
  const radius = s * 0.18;
  const bars = [
    { x0: 0.2, x1: 0.36, top: 0.58 },
    { x0: 0.42, x1: 0.58, top: 0.4 },
    { x0: 0.64, x1: 0.8, top: 0.2 },
  ];
  return png(s, (px, py) => {
    const x = px / s;
    const y = py / s;
    // rounded tile
    const cx = Math.min(Math.max(px, radius), s - radius);
    const cy = Math.min(Math.max(py, radius), s - radius);
    const inside = (px - cx) ** 2 + (py - cy) ** 2 <= radius * radius;
    if (!inside) return [0, 0, 0, 0];
    for (const b of bars) if (x >= b.x0 && x < b.x1 && y >= b.top && y < 0.82) return [255, 255, 255, 255];
    if (y >= 0.82 && y < 0.82 + Math.max(1 / s, 0.04) && x >= 0.16 && x < 0.84) return [255, 214, 102, 255];
    return [33, 115, 70, 255]; // Excel green
  });
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), icon(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to assets/`);
