// A streaming ZIP writer on node:zlib: entries are deflated as they are read and written with data
// descriptors, so memory stays flat whatever the archive's size; only the central directory (one
// small record per entry) is kept until the end. ZIP64 end records and offsets are written when
// the archive passes 4 GiB or 65,535 entries; a single entry of 4 GiB or more is refused.
import { Readable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';

export type ZipContent = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

export type ZipEntry = {
  /** Forward slashes, no leading slash (see entry-names.ts). */
  name: string;
  content: ZipContent;
  modified?: Date;
  /** zlib level, 0-9 (6 by default; 1 suits already-compressed files such as PDFs). */
  level?: number;
};

export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

type EntryRecord = { name: Buffer; crc: number; compressed: number; size: number; offset: number; time: number; date: number };

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const FLAGS = 0x0008 | 0x0800; // sizes in a data descriptor; names in UTF-8
const DEFLATE = 8;
const VERSION_NEEDED = 20;
const VERSION_NEEDED_ZIP64 = 45;
const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED_ZIP64;
const FILE_MODE = 0o100644;

function dosTime(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function localHeader(r: EntryRecord): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(VERSION_NEEDED, 4);
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(DEFLATE, 8);
  b.writeUInt16LE(r.time, 10);
  b.writeUInt16LE(r.date, 12);
  // crc and sizes (14..25) stay 0: they follow in the data descriptor
  b.writeUInt16LE(r.name.length, 26);
  b.writeUInt16LE(0, 28);
  return Buffer.concat([b, r.name]);
}

function dataDescriptor(r: EntryRecord): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(r.crc, 4);
  b.writeUInt32LE(r.compressed, 8);
  b.writeUInt32LE(r.size, 12);
  return b;
}

function centralHeader(r: EntryRecord, forceZip64: boolean): Buffer {
  const zip64 = forceZip64 || r.offset >= MAX32;
  const extra = zip64 ? Buffer.alloc(12) : Buffer.alloc(0);
  if (zip64) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeBigUInt64LE(BigInt(r.offset), 4);
  }
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(MADE_BY_UNIX, 4);
  b.writeUInt16LE(zip64 ? VERSION_NEEDED_ZIP64 : VERSION_NEEDED, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(DEFLATE, 10);
  b.writeUInt16LE(r.time, 12);
  b.writeUInt16LE(r.date, 14);
  b.writeUInt32LE(r.crc, 16);
  b.writeUInt32LE(r.compressed, 20);
  b.writeUInt32LE(r.size, 24);
  b.writeUInt16LE(r.name.length, 28);
  b.writeUInt16LE(extra.length, 30);
  // comment length, disk number, internal attributes (32..37) stay 0
  b.writeUInt32LE((FILE_MODE << 16) >>> 0, 38);
  b.writeUInt32LE(zip64 ? MAX32 : r.offset, 42);
  return Buffer.concat([b, r.name, extra]);
}

function endRecords(count: number, cdOffset: number, cdSize: number, forceZip64: boolean): Buffer {
  const zip64 = forceZip64 || count > MAX16 || cdOffset >= MAX32 || cdSize >= MAX32;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? MAX16 : count, 8);
  end.writeUInt16LE(zip64 ? MAX16 : count, 10);
  end.writeUInt32LE(zip64 ? MAX32 : cdSize, 12);
  end.writeUInt32LE(zip64 ? MAX32 : cdOffset, 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(MADE_BY_UNIX, 12);
  record.writeUInt16LE(VERSION_NEEDED_ZIP64, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(cdSize), 40);
  record.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, end]);
}

async function* chunksOf(content: ZipContent): AsyncGenerator<Buffer> {
  if (typeof content === 'string') yield Buffer.from(content);
  else if (content instanceof Uint8Array) yield Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  else for await (const c of content) yield typeof c === 'string' ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
}

/** Deflates one entry's content, filling in its CRC and sizes as the bytes pass. */
async function* deflateEntry(entry: ZipEntry, r: EntryRecord): AsyncGenerator<Buffer> {
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of chunksOf(entry.content)) {
      if (chunk.length === 0) continue;
      r.crc = crc32(chunk, r.crc);
      r.size += chunk.length;
      if (r.size >= MAX32) throw new ZipLimitError(`"${entry.name}" is 4 GiB or more, which this export cannot hold.`);
      yield chunk;
    }
  }
  const input = Readable.from(counted());
  const deflate = createDeflateRaw({ level: entry.level ?? 6 });
  input.once('error', (error) => deflate.destroy(error));
  input.pipe(deflate);
  try {
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      r.compressed += chunk.length;
      if (r.compressed >= MAX32) throw new ZipLimitError(`"${entry.name}" compresses to 4 GiB or more, which this export cannot hold.`);
      yield chunk;
    }
  } finally {
    input.destroy();
    deflate.destroy();
  }
}

/**
 * The bytes of a ZIP archive of `entries`, produced as they are pulled: a slow reader slows the
 * reading of entries down. `forceZip64` writes the ZIP64 end records even for small archives
 * (for tests of that path).
 */
export async function* zipStream(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>, options: { forceZip64?: boolean } = {}): AsyncGenerator<Buffer> {
  const forceZip64 = options.forceZip64 ?? false;
  const records: EntryRecord[] = [];
  let offset = 0;
  for await (const entry of entries) {
    const r: EntryRecord = { name: Buffer.from(entry.name, 'utf8'), crc: 0, compressed: 0, size: 0, offset, ...dosTime(entry.modified ?? new Date()) };
    if (r.name.length > MAX16) throw new ZipLimitError(`An entry name is too long: "${entry.name.slice(0, 80)}…".`);
    const header = localHeader(r);
    offset += header.length;
    yield header;
    for await (const chunk of deflateEntry(entry, r)) {
      offset += chunk.length;
      yield chunk;
    }
    const descriptor = dataDescriptor(r);
    offset += descriptor.length;
    yield descriptor;
    records.push(r);
  }
  const cdOffset = offset;
  let cdSize = 0;
  for (const r of records) {
    const header = centralHeader(r, forceZip64);
    cdSize += header.length;
    yield header;
  }
  yield endRecords(records.length, cdOffset, cdSize, forceZip64);
}
