// The X-screen screenshots (xwd.mjs): pixels land where they were, in the right colours, cut to the window; bad files are refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import zlib from "node:zlib";
import { xwdToPng } from "./xwd.mjs";

/** A 4x3 XWD screen, 32 bits per pixel, least significant byte first, as Xvfb writes it; pixel (x, y) = f(x, y). */
function screen(f, { version = 7, bits = 32 } = {}) {
  const W = 4, H = 3, header = Buffer.alloc(100 + 8); // header + a window name
  const set = (i, v) => header.writeUInt32BE(v, i * 4);
  set(0, header.length); set(1, version); set(2, 2); set(3, 24); set(4, W); set(5, H); set(7, 0); set(11, bits); set(12, W * 4); set(19, 0);
  const px = Buffer.alloc(W * H * 4);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) px.writeUInt32LE(f(x, y), (y * W + x) * 4);
  return Buffer.concat([header, px]);
}
function pngPixels(png) {
  const w = png.readUInt32BE(16), h = png.readUInt32BE(20);
  let i = 8; const idat = [];
  while (i < png.length) {
    const len = png.readUInt32BE(i), type = png.toString("latin1", i + 4, i + 8);
    if (type === "IDAT") idat.push(png.subarray(i + 8, i + 8 + len));
    assert.equal(png.readUInt32BE(i + 8 + len), zlib.crc32(png.subarray(i + 4, i + 8 + len)), `${type}'s CRC`);
    i += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  return { w, h, at: (x, y) => [...raw.subarray(y * (1 + w * 3) + 1 + x * 3, y * (1 + w * 3) + 4 + x * 3)] };
}

test("a rectangle of the screen comes out as the same pixels, red green blue in order", () => {
  const colour = (x, y) => (x * 60) << 16 | (y * 100) << 8 | (x + y);
  const { png, width, height, colours } = xwdToPng(screen(colour), { x: 1, y: 1, width: 2, height: 5 });
  assert.deepEqual([width, height], [2, 2], "cut to the screen");
  assert.equal(colours, 4);
  const p = pngPixels(png);
  assert.deepEqual([p.w, p.h], [2, 2]);
  assert.deepEqual(p.at(0, 0), [60, 100, 2]);
  assert.deepEqual(p.at(1, 1), [120, 200, 4]);
});

test("an empty screen is seen as one colour, and files it cannot read are refused with a reason", () => {
  assert.equal(xwdToPng(screen(() => 0)).colours, 1);
  assert.throws(() => xwdToPng(Buffer.alloc(10)), /too short/);
  assert.throws(() => xwdToPng(screen(() => 0, { bits: 16 })), /16 bits per pixel/);
  assert.throws(() => xwdToPng(screen(() => 0).subarray(0, 120)), /shorter than its header/);
  assert.throws(() => xwdToPng(screen(() => 0), { x: 9, y: 0, width: 2, height: 2 }), /off the 4x3 screen/);
});
