// The window as the X server shows it: Xvfb's screen file (`-fbdir`, XWD format) cut to a rectangle and written as PNG.
import zlib from "node:zlib";

/** The screen's pixels as 8-bit RGB rows, and its size, from an XWD file (32 bits per pixel, as Xvfb's 24-bit screens have). */
export function readXwd(buf) {
  const u = (i) => buf.readUInt32BE(i * 4);
  if (buf.length < 100) throw new Error("not an XWD file: too short");
  const [headerSize, version, format, , width, height] = [u(0), u(1), u(2), u(3), u(4), u(5)];
  const byteOrder = u(7), bitsPerPixel = u(11), bytesPerLine = u(12), colours = u(19);
  if (version !== 7 || format !== 2 || bitsPerPixel !== 32) {
    throw new Error(`unsupported XWD: version ${version}, format ${format}, ${bitsPerPixel} bits per pixel`);
  }
  const start = headerSize + colours * 12;
  if (start + bytesPerLine * height > buf.length) throw new Error("XWD file shorter than its header says");
  const pixel = (x, y) => {
    const p = start + y * bytesPerLine + x * 4;
    const v = byteOrder === 0 ? buf.readUInt32LE(p) : buf.readUInt32BE(p);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  };
  return { width, height, pixel };
}

/** PNG of `rect` ({x, y, width, height}, clipped to the screen) of an XWD screen; `colours` counts the distinct ones. */
export function xwdToPng(buf, rect) {
  const screen = readXwd(buf);
  const x0 = Math.max(0, rect?.x ?? 0), y0 = Math.max(0, rect?.y ?? 0);
  const w = Math.min(screen.width - x0, rect?.width ?? screen.width), h = Math.min(screen.height - y0, rect?.height ?? screen.height);
  if (w <= 0 || h <= 0) throw new Error(`the rectangle ${JSON.stringify(rect)} is off the ${screen.width}x${screen.height} screen`);
  const raw = Buffer.alloc(h * (1 + w * 3));
  const seen = new Set();
  for (let r = 0; r < h; r++) {
    const o = r * (1 + w * 3); // each row starts with filter type 0 (none)
    for (let c = 0; c < w; c++) {
      const [R, G, B] = screen.pixel(x0 + c, y0 + r);
      raw[o + 1 + c * 3] = R; raw[o + 2 + c * 3] = G; raw[o + 3 + c * 3] = B;
      if (seen.size < 256) seen.add((R << 16) | (G << 8) | B);
    }
  }
  const chunk = (type, data) => {
    const head = Buffer.alloc(4); head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
  return { png, width: w, height: h, colours: seen.size };
}
