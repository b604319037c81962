// Reading HTML: visible text only, block boundaries as line breaks, entities decoded, <title> as the title.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, readDocument } from '../../../../ingest/read/index.ts';
import { pageTitle } from '../../../../ingest/read/html.ts';

const PAGE = `<!doctype html>
<html><head><title>  Citizen Lab   report </title>
<style>p { color: red }</style><script>var secret = "do not show";</script></head>
<body>
<h1>Reckless Exploit</h1>
<p>NSO Group&#8217;s Pegasus malware targeted <b>journalists</b>
   and lawyers.</p>
<div>First block</div><div>Second block</div>
<ul><li>SocialTIC</li><li>R3D &amp; Artículo 19</li></ul>
<p>Line<br>break</p>
<noscript>enable JavaScript</noscript>
</body></html>`;

describe('htmlToText', () => {
  const { text, title } = htmlToText(PAGE);

  it.each([
    ['drops script content', 'do not show'],
    ['drops style content', 'color: red'],
    ['drops noscript content', 'enable JavaScript'],
    ['does not put the <title> in the text', 'Citizen Lab'],
  ])('%s', (_label, hidden) => {
    expect(text).not.toContain(hidden);
  });

  it('keeps block boundaries as line breaks and collapses inline whitespace', () => {
    expect(text.split('\n')).toEqual([
      'Reckless Exploit',
      '',
      'NSO Group’s Pegasus malware targeted journalists and lawyers.',
      '',
      'First block',
      'Second block',
      '',
      'SocialTIC',
      'R3D & Artículo 19',
      '',
      'Line',
      'break',
    ]);
  });

  it('returns the <title> apart, whitespace collapsed', () => {
    expect(title).toBe('Citizen Lab report');
  });

  it('has no title when the page has none', () => {
    expect(htmlToText('<p>Text only</p>')).toEqual({ text: 'Text only', title: null, heading: null });
  });
});

describe("pageTitle: a site-wide <title> gives way to the page's own <h1>", () => {
  it.each([
    ['News | Red Ciudadana Lumen', 'Lumen joins call for an inquiry', 'Lumen joins call for an inquiry'],
    ['Home', 'Groups quit the secretariat', 'Groups quit the secretariat'],
    ['Noticias - Colectivo Faro', null, null],
    [
      'Groups quit the secretariat | The Meridian Post',
      'Groups quit the secretariat',
      'Groups quit the secretariat',
    ],
    ['Citizen Lab report', 'Reckless Exploit', 'Citizen Lab report'],
    [null, 'Reckless Exploit', 'Reckless Exploit'],
  ])('<title> %s, <h1> %s → %s', (title, heading, expected) => {
    expect(pageTitle(title, heading)).toBe(expected);
  });

  it('reads the first <h1> apart', () => {
    expect(htmlToText('<h1>One <b>two</b></h1><h1>Three</h1>').heading).toBe('One two');
  });

  it("a page of the site's news section whose <title> is generic is an article titled by its <h1>", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-html-'));
    const path = join(dir, 'news.html');
    await writeFile(
      path,
      '<html><head><title>News | Red Ciudadana Lumen</title></head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><h1>Lumen joins call for an independent inquiry</h1><p>3 July 2017</p><p>Red Ciudadana Lumen joined Article 19 in calling on the PGR to hand the inquiry to independent experts.</p></body></html>',
    );
    const doc = await readDocument(path);
    expect(doc.title).toBe('Lumen joins call for an independent inquiry');
    expect(doc.kind).toBe('article');
  });
});

describe('readDocument on .html / .htm', () => {
  it('stores the visible text and takes the title from <title>', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-html-'));
    const path = join(dir, 'page.htm');
    await writeFile(path, PAGE.replace(/\n/g, '\r\n'));
    const doc = await readDocument(path);
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Citizen Lab report');
    expect(doc.text).toContain('NSO Group’s Pegasus malware targeted journalists and lawyers.');
    expect(doc.text).not.toContain('\r');
  });

  it('refuses a page with no visible text as EMPTY', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-html-'));
    const path = join(dir, 'blank.html');
    await writeFile(path, '<html><head><title>T</title><script>x()</script></head><body> </body></html>');
    await expect(readDocument(path)).rejects.toMatchObject({ name: 'InputError', code: 'EMPTY' });
  });
});
