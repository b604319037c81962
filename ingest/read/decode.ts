/**
 * Bytes to text for the text formats (.md, .txt, .html). UTF-8 (with or without BOM) and UTF-16 with a BOM
 * are decoded directly; anything else that is not valid UTF-8 (typically Windows-1252/Latin-1 from older
 * Spanish or French documents) is detected with chardet and decoded with iconv-lite. Files that look binary
 * are refused (BINARY), and a decoding that still looks wrong is refused (ENCODING) rather than guessed.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../../core/errors.ts';

/** Largest share of control bytes a text file may have before it counts as binary. */
const MAX_CONTROL_RATIO = 0.02;
/** How many leading bytes the binary check looks at. */
const SAMPLE_BYTES = 1024 * 1024;

/**
 * Decodes a text file's bytes, throwing InputError BINARY or ENCODING when it cannot be read as text.
 * @example decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'a.txt') // 'café' (Windows-1252)
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  const bom = decodeWithBom(bytes, path);
  if (bom !== undefined) return bom;
  refuseBinary(bytes, path);
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return utf8;
  const encoding = detectLegacyEncoding(bytes);
  if (encoding === undefined) {
    throw new InputError(
      'ENCODING',
      `${path}: not UTF-8 and the encoding could not be detected; save it as UTF-8.`,
    );
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (looksMisdecoded(text)) {
    throw new InputError(
      'ENCODING',
      `${path}: not UTF-8, and decoding it as ${encoding} gives unreadable characters; save it as UTF-8.`,
    );
  }
  return text;
}

function decodeWithBom(bytes: Uint8Array, path: string): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    if (text === undefined) {
      throw new InputError(
        'ENCODING',
        `${path}: starts with a UTF-8 mark but is not valid UTF-8; re-save it.`,
      );
    }
    return text;
  }
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : '';
  if (utf16 === '') return undefined;
  const text = new TextDecoder(utf16).decode(bytes.subarray(2));
  if (looksMisdecoded(text)) {
    throw new InputError(
      'ENCODING',
      `${path}: marked as UTF-16 but does not decode cleanly; save it as UTF-8.`,
    );
  }
  return text;
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL bytes, or more than a few control bytes, mean this is not a text file. */
function refuseBinary(bytes: Uint8Array, path: string): void {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) {
    throw new InputError(
      'BINARY',
      `${path}: contains NUL bytes, so it is binary, not text; convert it to text first.`,
    );
  }
  let controls = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b)
      controls++;
  }
  if (controls > sample.length * MAX_CONTROL_RATIO) {
    throw new InputError(
      'BINARY',
      `${path}: mostly non-text bytes, so it is binary; convert it to text first.`,
    );
  }
}

/** The best legacy encoding chardet finds that iconv-lite can decode; Latin-1 is read as its superset 1252. */
function detectLegacyEncoding(bytes: Uint8Array): string | undefined {
  for (const match of chardet.analyse(bytes)) {
    const name = match.name.toLowerCase();
    if (name === 'utf-8' || name === 'ascii') continue;
    const encoding = name === 'iso-8859-1' ? 'windows-1252' : name;
    if (iconv.encodingExists(encoding)) return encoding;
  }
  return undefined;
}

/** Replacement characters or C0/C1 control characters (other than tab, newline, CR, form feed). */
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F\u007F-\u009F]/;

function looksMisdecoded(text: string): boolean {
  return SUSPICIOUS.test(text);
}
