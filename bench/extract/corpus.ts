/**
 * The generated benchmark corpus: documents templated from the sample corpus's patterns — press releases,
 * open letters with signature blocks ("Name - Organisation") and bulleted signatories, statements with
 * acronym definitions in both directions, "X's Y malware" reports, "calls on" sentences and dates in the
 * corpus's styles — with names drawn combinatorially from word lists by a seeded generator, so every run
 * writes the same corpus.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as W from './names.ts';
import { seededRandom } from '../random.ts';

class Draw {
  constructor(private readonly next: () => number) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  person(): string {
    const middle = this.next() < 0.2 ? ` ${this.pick(W.FIRST_NAMES).charAt(0)}.` : '';
    return `${this.pick(W.FIRST_NAMES)}${middle} ${this.pick(W.LAST_NAMES)}`;
  }
  org(): { name: string; acronym: string } {
    const name =
      this.next() < 0.5
        ? `${this.pick(W.ORG_PREFIXES)} ${this.pick(W.ORG_TOPICS)}`
        : `${this.pick(W.ORG_TOPICS)} ${this.pick(W.ORG_SUFFIXES)}`;
    const acronym = name
      .split(/[\s-]+/)
      .filter((word) => /^[A-Z]/.test(word))
      .map((word) => word.charAt(0))
      .join('');
    return { name, acronym };
  }
  company(): string {
    return `${this.pick(W.COMPANY_STEMS)} ${this.pick(W.COMPANY_SUFFIXES)}`;
  }
  date(): { long: string; dayFirst: string; year: number } {
    const year = this.int(2014, 2024);
    const month = this.pick(W.MONTHS);
    const day = this.int(1, 28);
    const suffix =
      day % 10 === 1 && day !== 11
        ? 'st'
        : day % 10 === 2 && day !== 12
          ? 'nd'
          : day % 10 === 3 && day !== 13
            ? 'rd'
            : 'th';
    return { long: `${month} ${day}${suffix}, ${year}`, dayFirst: `${day} ${month} ${year}`, year };
  }
}

function pressRelease(d: Draw): string {
  const org = d.org();
  const gov = d.pick(W.GOVERNMENT_BODIES);
  const country = d.pick(W.COUNTRIES);
  const date = d.date();
  const spokesperson = d.person();
  const contact = d.person();
  return `## PRESS RELEASE

${date.long}

### ${org.name} leaves the national dialogue on open government in ${country}

- The organisations that have worked for years with the ${gov} have decided to leave the process due to the lack of dialogue conditions.
- The ${org.name} (${org.acronym}) will open a file through the Response Policy of the Open Government Partnership.

The ${org.acronym} pointed out the evidence revealed in a technical report by **Citizen Lab** with the aid of **SocialTIC** and **R3D**, published on ${date.dayFirst}, regarding the illegal digital surveillance of at least three prominent researchers in ${country}.

Given the situation, the ${org.acronym} demanded that the ${gov} act effectively on this delicate matter; however, there was no concrete answer in more than three months.

“This surveillance leaves citizens in a state of powerlessness,” said ${spokesperson}, ${d.pick(W.ROLES)} of the ${org.name}.

For interviews with ${spokesperson}, please contact ${contact}.
`;
}

function openLetter(d: Draw): string {
  const date = d.date();
  const city = d.pick(W.CITIES);
  const country = d.pick(W.COUNTRIES);
  const signatories = Array.from({ length: d.int(4, 10) }, () => `${d.person()} - ${d.org().name}`);
  const author = d.org();
  return `Open Letter to the OGP Steering Committee

${city}, ${date.long}

Dear members of the Steering Committee,

The ${author.name} (${author.acronym}) writes to express deep concern about the state of civic space in ${country}. Since early ${date.year}, journalists, human rights defenders and civil society leaders have been targeted with digital surveillance.

We call on the Steering Committee to activate the Response Policy and we call on the government of ${country} to guarantee the conditions for a truthful co-creation of the next Action Plan.

${d.company()}'s ${d.pick(W.MALWARE)} malware was used against at least ${d.int(3, 25)} people, according to a report by ${d.org().name}.

Sincerely,

${signatories.join('\n\n')}
`;
}

function statement(d: Draw): string {
  const chairs = [d.person(), d.person(), d.person(), d.person()];
  const orgs = chairs.map(() => d.org());
  const date = d.date();
  const country = d.pick(W.COUNTRIES);
  const acr = d.org();
  return `Statement from the co-chairs on the withdrawal of civil society in ${country}

${date.dayFirst}

The co-chairs ${chairs[0]} (${orgs[0]?.name}), ${chairs[1]} (${orgs[1]?.name}), ${chairs[2]} and ${chairs[3]} received the letter of the civil society core group on ${date.long}.

${acr.acronym} (${acr.name}) and the National Institute for Access to Information (INAI) are two of the three parts of the Tripartite Technical Secretariat.

We call on all parties to resume the dialogue. The ${acr.acronym} supports the work of the Support Unit in ${d.pick(W.CITIES)}.

SUPPORTING ORGANISATIONS:

${Array.from({ length: d.int(5, 12) }, () => {
  const org = d.org();
  return `- ${org.name} (${org.acronym})`;
}).join('\n')}
`;
}

function report(d: Draw): string {
  const company = d.company();
  const malware = d.pick(W.MALWARE);
  const gov = d.pick(W.GOVERNMENT_BODIES);
  const lab = d.org();
  const date = d.date();
  const targets = Array.from({ length: d.int(3, 6) }, () => d.person());
  return `# ${malware}: a report on surveillance in ${d.pick(W.COUNTRIES)}

Published ${date.long} by the ${lab.name} (${lab.acronym}).

${company}'s ${malware} malware was sold to the ${gov}, which acquired it in ${date.year - 1}. The ${lab.acronym} found that ${targets.join(', ')} were targeted between ${date.year - 1} and ${date.year}.

${targets[0]}, ${d.pick(W.ROLES)}, ${d.org().name}, told investigators that the messages arrived on ${date.dayFirst}.

The ${lab.name} collaborated with ${d.org().name} and ${d.org().name} on the forensic analysis.
`;
}

const TEMPLATES = [pressRelease, openLetter, statement, report];

/** One generated document of about `targetBytes` (several templated sections joined). */
function document(d: Draw, targetBytes: number): string {
  let text = '';
  while (Buffer.byteLength(text) < targetBytes) text += d.pick(TEMPLATES)(d) + '\n';
  return text;
}

/**
 * Writes `count` Markdown documents into `folder` and returns their total size in bytes.
 * @example const bytes = await writeCorpus('/tmp/kg-bench', 2000);
 */
export async function writeCorpus(
  folder: string,
  count: number,
  targetBytes = 5000,
  seed = 2017,
): Promise<number> {
  const draw = new Draw(seededRandom(seed));
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = document(draw, targetBytes);
    bytes += Buffer.byteLength(text);
    await writeFile(join(folder, `doc-${String(i).padStart(5, '0')}.md`), text);
  }
  return bytes;
}

/** Inputs known to make NLP libraries slow: a 200 KB sentence without a period, and runs of periods. */
export async function writePathological(folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const draw = new Draw(seededRandom(1));
  const words: string[] = [];
  let length = 0;
  while (length < 200_000) {
    const part = [draw.person(), 'met', draw.org().name, 'and'];
    words.push(...part);
    length += part.join(' ').length + 1;
  }
  const files = {
    'long-sentence.txt': words.join(' '),
    'period-runs.txt': Array.from(
      { length: 5 },
      (_, i) => `${draw.person()} wrote ${i}${'.'.repeat(10_000)}`,
    ).join(' '),
    'ellipses-and-initials.txt': Array.from(
      { length: 2_000 },
      () => `${draw.person()} . . . J. R. R. ... ${draw.org().acronym}.`,
    ).join(' '),
  };
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    paths.push(join(folder, name));
    await writeFile(join(folder, name), text);
  }
  return paths;
}
