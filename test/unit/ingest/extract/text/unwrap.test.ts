import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../../../../ingest/extract/text/unwrap.ts';

// A PDF text layer as pdfjs gives it: one line per printed line, no blank line between paragraphs.
const PDF = [
  'Bitter Harvest: Surveillance of Health Advocates in',
  'Mexico',
  'Authors: Mariela Osuna Trejo and Tomás Ibarguen, researchers at the Digital Forensics Unit of the Observatorio de',
  'Tecnología y Derechos, with Laura Quintanilla of the Alianza por la Salud Alimentaria.',
  'Key findings',
  'Three advocates who supported the 2014 tax on sugary drinks received text messages containing links to the exploit',
  'infrastructure of NSO Group. The targets were Simón Barquera, director of nutrition research at the National Institute of',
  'Public Health; Alejandro Calvillo, the director of El Poder del Consumidor; and Luis Encarnación, coordinator of the',
  'ContraPESO coalition.',
  'Recommendations',
  'We call on the Federal Institute for Telecommunications to audit the lawful interception capabilities of federal agencies,',
  'and we urge the Senate of the Republic to summon the heads of the agencies that bought the software.',
  'Sincerely,',
  'Access Now',
  'Human Rights Watch',
].join('\n');

describe('unwrapLines', () => {
  const out = unwrapLines(PDF);

  it('keeps the length, so offsets still point into the original text', () => {
    expect(out).toHaveLength(PDF.length);
  });

  it('joins a name wrapped across two lines', () => {
    expect(out).toContain('National Institute of Public Health;');
    expect(out).toContain('Observatorio de Tecnología y Derechos');
    expect(out).toContain('federal agencies, and we urge');
  });

  it('keeps headings, closings and signature lines on their own lines', () => {
    const lines = out.split('\n');
    expect(lines).toContain('Key findings');
    expect(lines).toContain('Recommendations');
    expect(lines).toContain('Sincerely,');
    expect(lines).toContain('Access Now');
    expect(lines).toContain('Human Rights Watch');
    expect(out).toContain('Health Advocates in\nMexico');
  });

  it('does not join a line that ends a sentence or introduces a block', () => {
    expect(out).toContain('Alianza por la Salud Alimentaria.\nKey findings');
    expect(out).toContain('Authors: Mariela');
  });

  it('leaves Markdown with one paragraph per line alone', () => {
    const md = [
      '# Title',
      '',
      'A paragraph written on one long line as Markdown editors do, which runs on and on well past any wrap width a plain-text e-mail would use, and then some more words to make it long.',
      'Another paragraph right after it without a blank line, also long enough to be a paragraph of its own in the source file, more than two hundred characters when it is all counted up.',
      '',
      '- a list item',
      '- another item',
    ].join('\n');
    expect(unwrapLines(md)).toBe(md);
  });

  it('does not join list items or table rows of a wrapped text', () => {
    const text = [
      'This plain-text letter is wrapped at about seventy characters per line, as',
      'mail clients do, and it carries a list of demands that follow here below',
      'in the next lines of the letter, which must stay separate items in a list',
      '- an independent investigation of the purchase of the spyware by the office',
      '- disclosure of every contract signed with the company by federal agencies',
    ].join('\n');
    const lines = unwrapLines(text).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^- an independent/);
    expect(lines[2]).toMatch(/^- disclosure/);
  });

  it('changes nothing in empty or single-line text', () => {
    expect(unwrapLines('')).toBe('');
    expect(unwrapLines('One line only.')).toBe('One line only.');
  });
});
