/**
 * The ZIP reader in front of the .xlsx import (models/interchange/zipArchive.ts): what it refuses
 * before unpacking anything, and that a part lying about its size is stopped at its claim. zip.js
 * inflates through the DecompressionStream it is configured with, so these tests count what that
 * stream produces: the work actually done, not just the answer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { constants, deflateRawSync } from 'node:zlib';
import { configure } from '@zip.js/zip.js/lib/zip-core-native.js';
import { InterchangeError } from '../../models/interchange/interchangeLimits.js';
import { ZipArchive } from '../../models/interchange/zipArchive.js';
import { buildLyingZip, buildZip, renamePart } from './support/zipBuilder.js';

let inflated = 0;

/** The platform's DecompressionStream, counting the bytes it hands on. */
class CountingDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<BufferSource>;
  constructor(format: CompressionFormat) {
    const native = new DecompressionStream(format);
    this.writable = native.writable;
    this.readable = native.readable.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          inflated += chunk.length;
          controller.enqueue(chunk);
        },
      }),
    );
  }
}

/** A deflate stream of `mebibytes` MiB of zeros, about 1 KiB per MiB, built without deflating it all. */
function packedZeros(mebibytes: number): Uint8Array {
  // A sync-flushed block ends on a byte boundary without closing the stream, so copies chain; 03 00 is an empty final block.
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  return new Uint8Array(Buffer.concat([...Array.from({ length: mebibytes }, () => block), Buffer.from([0x03, 0x00])]));
}

async function refusal(work: Promise<unknown>): Promise<InterchangeError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InterchangeError);
  return error as InterchangeError;
}

describe('reading a ZIP archive without trusting it', () => {
  beforeAll(() => configure({ DecompressionStream: CountingDecompressionStream as unknown as typeof DecompressionStream }));
  afterAll(() => configure({ DecompressionStream: globalThis.DecompressionStream }));
  beforeEach(() => {
    inflated = 0;
  });

  it('unpacks an honest part to exactly its bytes', async () => {
    const sheet = `<worksheet>${'<row/>'.repeat(10_000)}</worksheet>`;
    const archive = await ZipArchive.open(buildZip([{ name: 'xl/worksheets/sheet1.xml', data: sheet }, { name: 'stored.xml', data: '<a/>', stored: true }]));
    expect(await archive.text('XL/Worksheets/Sheet1.xml')).toBe(sheet);
    expect(await archive.text('stored.xml')).toBe('<a/>');
    expect(inflated).toBe(sheet.length);
  });

  it('stops a part that really unpacks to 4 GiB but claims 2,000 bytes at its claim', async () => {
    const archive = await ZipArchive.open(await buildLyingZip([{ name: 'xl/worksheets/sheet1.xml', data: '', packed: packedZeros(4096), claimedSize: 2000 }]));
    const error = await refusal(archive.bytes('xl/worksheets/sheet1.xml'));
    expect(error.message).toBe('the file is not a readable .xlsx workbook: the part xl/worksheets/sheet1.xml unpacks to more than the archive says (a zip bomb or a damaged file)');
    // What was inflated before the refusal: the claim plus the stream's buffers, never the 4 GiB.
    expect(inflated).toBeGreaterThan(2000);
    expect(inflated).toBeLessThan(1024 * 1024);
  });

  it('refuses a zip bomb by its ratio from the directory alone, before unpacking anything', async () => {
    const bomb = await buildLyingZip([{ name: 'xl/sharedStrings.xml', data: new Uint8Array(10 * 1024 * 1024), packed: packedZeros(10), claimedSize: 10 * 1024 * 1024 }]);
    const error = await refusal(ZipArchive.open(bomb));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/^the part xl\/sharedStrings\.xml would unpack \d+ times larger than it is packed \(a zip bomb\); at most 200 times is accepted$/);
    expect(inflated).toBe(0);
  });

  it('refuses a password-protected part before unpacking anything', async () => {
    const locked = await buildLyingZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', password: 'hemmelig' },
    ]);
    const error = await refusal(ZipArchive.open(locked));
    expect(error.message).toBe('the workbook is password-protected (encrypted); remove the password in Excel and export it again');
    expect(error.kind).toBe('invalid');
    expect(inflated).toBe(0);
  });

  it('refuses a part whose checksum does not match what it unpacks to', async () => {
    const archive = await ZipArchive.open(await buildLyingZip([{ name: 'a.xml', data: '<a>1</a>', claimedSize: 8, claimedCrc32: 12345 }]));
    expect((await refusal(archive.bytes('a.xml'))).message).toBe('the file is not a readable .xlsx workbook: the part a.xml fails its checksum');
  });

  it('refuses a part named as a path outside the archive', async () => {
    const error = await refusal(ZipArchive.open(buildZip([{ name: '../../etc/cron.d/x.xml', data: '<a/>' }])));
    expect(error.message).toBe('the file is not a readable .xlsx workbook: the part ../../etc/cron.d/x.xml is named as a path outside the archive');
  });

  it('refuses two parts whose names differ only in case, as Excel treats them as one', async () => {
    const error = await refusal(ZipArchive.open(buildZip([{ name: 'xl/workbook.xml', data: '<a/>' }, { name: 'XL/Workbook.xml', data: '<b/>' }])));
    expect(error.message).toBe('the file is not a readable .xlsx workbook: the part XL/Workbook.xml appears twice');
  });

  it('refuses a compression method other than store or deflate', async () => {
    const bzip2 = await buildLyingZip([{ name: 'a.xml', data: '<a/>', packed: new Uint8Array([0x42, 0x5a, 0x68, 0x39]), claimedSize: 4, method: 12 }]);
    const error = await refusal(ZipArchive.open(bzip2));
    expect(error.message).toBe('the file is not a readable .xlsx workbook: the part a.xml uses ZIP compression method 12');
  });
});
