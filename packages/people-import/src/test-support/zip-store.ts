import { crc32, deflateRawSync } from 'node:zlib';

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  compressed: Buffer;
  offset: number;
}

/** A minimal ZIP writer (deflate, no timestamps): enough for an XLSX that spreadsheet readers accept. */
export function zip(files: Record<string, string>): Buffer {
  const chunks: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const [path, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const entry: Entry = {
      name: Buffer.from(path, 'utf8'),
      crc: crc32(data),
      size: data.length,
      compressed: deflateRawSync(data),
      offset,
    };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(entry.crc, 14);
    header.writeUInt32LE(entry.compressed.length, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(entry.name.length, 26);
    chunks.push(header, entry.name, entry.compressed);
    offset += header.length + entry.name.length + entry.compressed.length;
    entries.push(entry);
  }
  const directoryStart = offset;
  for (const entry of entries) {
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(entry.compressed.length, 20);
    record.writeUInt32LE(entry.size, 24);
    record.writeUInt16LE(entry.name.length, 28);
    record.writeUInt32LE(entry.offset, 42);
    chunks.push(record, entry.name);
    offset += record.length + entry.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
