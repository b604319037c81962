/**
 * Demands and addressing: "we call on / urge / request / demand / ask X" → CALLED_ON (subject: the actor
 * before the verb, or the document's collective author for "we" and list items); "Dear X", "(Open) Letter
 * to X" and an addressee line above a postal address → the document ADDRESSED_TO X.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { isAddressLine } from '../find/address.ts';
import { findNames } from '../find/names.ts';
import type { Sentence } from '../text/sentences.ts';
import { ALONG_WITH, issuer } from './authorship.ts';
import { after, antecedent, author, before, issuingOrg, sentenceHits } from './helpers.ts';

const CALL =
  /\b(call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed)?|compel|appeal(?:s|ed)? to|speak out to|invite[sd]?|summon(?:s|ed)?|order(?:s|ed)|exig(?:e|en|imos|i[óo]|ieron)\s+al?|solicit(?:a|an|amos|[óo]|aron)\s+al?|ped(?:imos)\s+al?|pid(?:e|en|i[óo]|ieron)\s+al?|(?:hace|hacen|hacemos|hizo|hicieron)\s+un\s+(?:llamado|llamamiento)\s+al?|inst(?:a|an|amos|[óo]|aron)\s+al?|exhort(?:a|an|amos|[óo]|aron)\s+al?|(?:cit|convoc)(?:[óo]|aron)\s+(?:[^\s,.;]+\s+){0,3}?al?)\b/gi;
const WE = /\b(we|our|us)\b/i;
/** A Spanish verb in the first person plural ("exigimos", "hacemos un llamado"): the authors speak. */
const WE_VERB = /^\p{L}+mos\b/iu;
/** "citó al ministro ... para que comparezca": a Spanish summons, not a quotation ("citó al informe"). */
const SUMMONS_ES =
  /\b(?:compare[cz]\w*|declarar|testificar|rendir cuentas|explique|expliquen|informe sobre)\b/i;

/**
 * "the committee summoned", "the Chamber will invite", "The committee resolved to ask": a definite noun
 * right before the verb is its subject, and names the last organisation of that kind (not the nearest actor).
 */
const NOUN_SUBJECT =
  /(?<!\b(?:of|de|del|for|to|in|by|with|from|at|on|before|than)\s+)\b(?:the|this|our|la|el)\s+(committee|subcommittee|commission|chamber|court|senate|assembly|congress|council|network|coalition|alliance|group|organi[sz]ation|foundation|institute|observatory|lab|comisi[óo]n|c[áa]mara|sala|corte|red|coalici[óo]n|alianza)\s+(?:(?:also|then|later|today|will|would|shall|has|had|have|decided|resolved|agreed|voted|unanimously|formally|to|tambi[ée]n|hoy)\s+){0,4}$/i;

/** "summoned the Minister of the Presidency, Rolando Chaverri Mora, to testify": a title, then the name. */
const TITLE_THEN_NAME =
  /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+|(?:of|for|on|de|del|la|the|and)\s+){0,7}?\p{Lu}[\p{L}-]*,\s+$/u;

/** "urge the Committee to " right before a verb: that verb is the content of the demand. */
const DEMANDED_ACT =
  /\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed)?|call(?:s|ed)?\s+(?:on|upon)|request(?:s|ed)?|invite[sd]?)\s+(?:the\s+)?[^,.;]{1,60}?\s+to\s+$/i;

/** "demand that the commission suspend ...": a body named by a noun after "that". */
const THAT_NOUN =
  /^\s+that\s+the\s+(committee|subcommittee|commission|chamber|court|senate|assembly|congress|council|network|coalition|alliance|ministry|secretariat|office|agency|partnership|government)\s+\p{Ll}/iu;

/** "We urge the Committee to request ...": a body named by a noun as the one called on. */
const OBJECT_NOUN =
  /^\s+the\s+(committee|subcommittee|commission|chamber|court|senate|assembly|congress|council|network|coalition|alliance|ministry|secretariat|office|agency|partnership|government)\s+to\s+\p{Ll}/iu;

/** "Y was invited by X": the one after "by" calls on the one before the verb. */
const PASSIVE_BY = /^\s+by\s+(?:the\s+)?/i;

/** In quoted speech ("...," said Sofía Andrade, coordinator of X), the speaker's organisation or the speaker. */
function saidBy(
  ctx: Ctx,
  s: { start: number; end: number },
  hits: ReturnType<typeof sentenceHits>,
): string | undefined {
  const m = /["”]\s*,?\s*(said|says|added|stated|according to)\s+/i.exec(ctx.clean.slice(s.start, s.end));
  if (!m) return undefined;
  const p = after(hits, s.start + m.index, ['Person'])[0];
  if (!p) return undefined;
  const org = ctx.relations.find((r) => r.type === 'WORKS_FOR' && r.source === p.key)?.target;
  return org ?? p.key;
}

/**
 * "For media requests, please contact: X" / "the demands of the groups": the word is a noun, not a call.
 * @example isNounUse('For media requests, please contact: Ana', /requests/.exec('For media requests')!) // true
 */
export function isNounUse(body: string, m: RegExpExecArray): boolean {
  if (!/^(?:requests?|demands?|appeals?)$/i.test(m[0].split(/\s/)[0] as string)) return false;
  const before = body.slice(0, m.index);
  const next = body.slice(m.index + m[0].length);
  if (/\bcontact\b/i.test(next.slice(0, 40)) && /^\s*[,:]/.test(next)) return true;
  return /\b(?:for|media|press|interview|information|any|all|your|these|those|such|the|their|its|our|of)\s+$/i.test(
    before,
  );
}

/**
 * "The network supports the request of the IACHR ... and calls on INAI": a second verb joined by "and"
 * shares the sentence's subject (an actor opening the sentence, or "the network" pointing back), not the
 * actor nearest the verb.
 */
function coordinatedSubject(
  ctx: Ctx,
  s: { start: number; end: number },
  hits: Hit[],
  prefix: string,
): string | undefined {
  if (!/,?\s+and\s+(?:also\s+|further\s+|today\s+)?$/i.test(prefix)) return undefined;
  const lead = /^\W*(?:the\s+)?/i.exec(prefix)?.[0].length ?? 0;
  const first = hits.find((h) => h.start === s.start + lead);
  if (first && (first.type === 'Organization' || first.type === 'Person')) return first.key;
  const noun =
    /^\W*the\s+(network|group|coalition|organi[sz]ation|collective|alliance|observatory|institute|centre|center|foundation|lab|committee|subcommittee|commission|council|chamber)\b/i.exec(
      prefix,
    );
  if (!noun) return undefined;
  // In a statement "the network" is its issuer; in a story, the last organisation the noun fits.
  return issuingOrg(ctx) ?? antecedent(ctx, s.start, noun[1] as string) ?? author(ctx);
}

/**
 * "X, junto con A y B, exige" / "X, together with A and B, urged": the organisation before the phrase and
 * the organisations inside it, when the phrase runs right up to the verb at `at`; empty otherwise.
 */
function accompanied(ctx: Ctx, s: { start: number; end: number }, hits: Hit[], at: number): string[] {
  for (const h of hits) {
    if (h.end >= at || h.type !== 'Organization') continue;
    const m = ALONG_WITH.exec(ctx.clean.slice(h.end, s.end));
    if (!m || h.end + m[0].length < at - 2 || !/^\s*$/.test(ctx.clean.slice(h.end + m[0].length, at)))
      continue;
    const inside = hits.filter((x) => x.type === 'Organization' && x.start > h.end && x.end <= at);
    return [h.key, ...inside.map((x) => x.key)];
  }
  return [];
}

/** "We wrote to the Steering Committee asking it to ...": the one written to is called on. */
const WROTE_ASKING =
  /\b(?:wrote|write|writes|written|turned|appealed|sent a letter)\s+to\s+(?:the\s+)?([^,.;]{2,90}?),?\s+(?:asking|urging|requesting|calling on)\s+(?:it|them|him|her)\s+to\b/gi;

function wroteAsking(ctx: Ctx, s: Sentence, hits: Hit[], we: string): void {
  const body = ctx.clean.slice(s.start, s.end);
  for (const m of body.matchAll(WROTE_ASKING)) {
    const at = s.start + (m.index as number);
    const t = after(hits, at, ['Organization', 'Person'], at + m[0].length)[0];
    if (!t) continue;
    const subjHit = before(hits, at, ['Organization', 'Person']);
    const subject = WE.test(body.slice(0, m.index).slice(-40)) || !subjHit ? we : subjHit.key;
    relate(ctx, 'CALLED_ON', subject, t.key, s, 'wrote-asking', 0.7);
  }
}

/** The English noun that `antecedent` knows for a Spanish one ("comisión" → "commission"). */
function nounWord(noun: string): string {
  const n = noun.toLowerCase();
  const es: Record<string, string> = {
    comisión: 'commission',
    comision: 'commission',
    cámara: 'chamber',
    camara: 'chamber',
    corte: 'court',
    red: 'network',
    coalición: 'coalition',
    coalicion: 'coalition',
    alianza: 'alliance',
  };
  return es[n] ?? n;
}

/**
 * "The Standing Committee of the Chamber of Deputies summoned": the actor before the verb is the head the
 * "of" phrase hangs on, not the organisation named inside it.
 */
function headOf(ctx: Ctx, hits: Hit[], h: Hit | undefined): Hit | undefined {
  let cur = h;
  while (cur && cur.type === 'Organization') {
    const i = hits.indexOf(cur);
    const prev = hits[i - 1];
    if (!prev || prev.type !== 'Organization') break;
    if (!/^\s+(?:of|de|del|de la|de los|de las)\s+(?:the\s+)?$/i.test(ctx.clean.slice(prev.end, cur.start)))
      break;
    cur = prev;
  }
  return cur;
}

/** "X was invited by the committee": the committee CALLED_ON X. True when the call was read as passive. */
function passiveCall(ctx: Ctx, s: Sentence, hits: Hit[], at: number, end: number): boolean {
  const by = PASSIVE_BY.exec(ctx.clean.slice(end, s.end));
  if (
    !by ||
    !/\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$/i.test(
      ctx.clean.slice(Math.max(s.start, at - 20), at),
    )
  )
    return false;
  const caller = after(hits, end + by[0].length, ['Organization', 'Person'])[0];
  const called = before(hits, at, ['Organization', 'Person']);
  if (caller && called && caller.start === end + by[0].length)
    relate(ctx, 'CALLED_ON', caller.key, called.key, s, 'call-verb-passive', 0.7);
  return true;
}

export function demandRules(ctx: Ctx): void {
  // A press release's issuer is its "we" ("Pedimos a la Asamblea ..."): read it before the demands.
  issuer(ctx);
  const we = author(ctx);
  for (const s of ctx.sentences) wroteAsking(ctx, s, sentenceHits(ctx, s), we);
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    const hits = sentenceHits(ctx, s);
    const re = new RegExp(CALL.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      const clauseEnd = (() => {
        const rest = body.slice(end - s.start);
        const stop =
          /\s(to|that|in order|so that|not only|que|para que)\s+\p{Ll}|[;:"”]|, (however|but)\b/u.exec(
            rest.slice(1),
          );
        return stop ? end + 1 + stop.index + 4 : s.end;
      })();
      if (isNounUse(body, m)) continue;
      if (/^(?:cit|convoc)/i.test(m[0]) && !SUMMONS_ES.test(body.slice(end - s.start))) continue;
      // "ordered the Ministry to destroy the data": an order to someone to act, not an order for goods.
      if (
        /^order/i.test(m[0]) &&
        !/^\s+(?:the\s+)?\p{Lu}[^.;]{0,120}?\bto\s+(?!be\b)\p{Ll}/u.test(body.slice(end - s.start))
      )
        continue;
      if (passiveCall(ctx, s, hits, at, end)) continue;
      // "We urge the Committee to request from the Ministry ...": the second verb is what is asked for, not an
      // act of the one asked; the first call already drew the demand.
      if (DEMANDED_ACT.test(body.slice(Math.max(0, m.index - 90), m.index))) continue;
      // "We asked for an independent panel": what is asked for is a thing, not an addressee.
      if (/^(?:ask|request)/i.test(m[0]) && /^\s+for\b/i.test(body.slice(end - s.start))) continue;
      // "demand that the Government explain ...": only the subject of the that-clause is called on.
      const that = /^\s+that\s+/i.exec(body.slice(end - s.start));
      const targets = that
        ? after(hits, end, ['Organization', 'Person'], s.end)
            .slice(0, 1)
            .filter((h) => /^\s+that\s+(?:the\s+)?$/i.test(ctx.clean.slice(end, h.start)))
        : after(hits, end, ['Organization', 'Person'], clauseEnd);
      // "demanded that the commission suspend its work": the body the noun points back to.
      const thatNoun =
        targets.length === 0 ? (that ? THAT_NOUN : OBJECT_NOUN).exec(body.slice(end - s.start)) : null;
      const pointedKey = thatNoun ? antecedent(ctx, at, nounWord(thatNoun[1] as string)) : undefined;
      // "the government" is a government ("Government of Mexico"), not a name with the word in it ("Open
      // Government Partnership").
      const pointed =
        pointedKey &&
        (!/^government$/i.test(thatNoun?.[1] ?? '') ||
          /^government\b/i.test(ctx.reg.entities.get(pointedKey)?.name ?? ''))
          ? pointedKey
          : undefined;
      if (pointed) targets.push({ key: pointed, type: 'Organization', start: end, end });
      // "We write to ask you to open an investigation": in a letter, "you" is the one it is addressed to.
      if (targets.length === 0 && /^\s+you\b/i.test(body.slice(end - s.start)))
        for (const r of ctx.relations)
          if (
            r.type === 'ADDRESSED_TO' &&
            r.source === ctx.doc.id &&
            !targets.some((t) => t.key === r.target)
          )
            targets.push({
              key: r.target,
              type: ctx.reg.entities.get(r.target)?.type ?? 'Person',
              start: end,
              end,
            });
      // "summon the Attorney General over the purchase from NSO Group": only a direct object is summoned.
      if (
        /^summon/i.test(m[0]) &&
        targets[0] &&
        !/^\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u.test(ctx.clean.slice(end, targets[0].start)) &&
        !TITLE_THEN_NAME.test(ctx.clean.slice(end, targets[0].start))
      )
        continue;
      if (targets.length === 0) continue;
      const subjHit = headOf(ctx, hits, before(hits, at, ['Organization', 'Person']));
      const prefix = body.slice(0, m.index);
      const speaker = saidBy(ctx, s, hits);
      const noun = NOUN_SUBJECT.exec(prefix);
      const named = noun ? antecedent(ctx, at, nounWord(noun[1] as string)) : undefined;
      const subject =
        speaker ??
        named ??
        (WE.test(prefix.slice(-40)) ||
        WE_VERB.test(m[0]) ||
        !subjHit ||
        m.index < 3 ||
        (/\band\s+(?:also\s+)?$/i.test(prefix) && /^\W*we\b/i.test(prefix))
          ? we
          : (coordinatedSubject(ctx, s, hits, prefix) ?? subjHit.key));
      // "La Fundación X, junto con la Red Y y el Observatorio Z, exige a ...": X and those with it demand.
      const along = subject === subjHit?.key ? accompanied(ctx, s, hits, at) : [];
      const subjects = along.length > 0 ? along : [subject];
      for (const t of targets.slice(0, 4))
        for (const who of subjects)
          if (t.key !== speaker) relate(ctx, 'CALLED_ON', who, t.key, s, 'call-verb', 0.75);
    }
  }
}

export function addressingRules(ctx: Ctx): void {
  const head = ctx.sentences.slice(0, 14);
  for (const s of head) {
    const line = ctx.clean.slice(s.start, s.end);
    const dear = /^\s*(dear|to|estimad[oa]s?|attn:?)\s+/i.exec(line);
    const to = /\b(letter|statement|petition) to (the )?/i.exec(line);
    if (dear || (to && s.block && !/^\s*(see|refer)\b/i.test(line))) {
      findNames(ctx, s);
      const from = s.start + (dear ? dear[0].length : (to?.index ?? 0) + (to?.[0].length ?? 0));
      const t = after(sentenceHits(ctx, s), from - 1, ['Organization', 'Person'])[0];
      if (t) relate(ctx, 'ADDRESSED_TO', ctx.doc.id, t.key, s, dear ? 'salutation' : 'letter-to', 0.85);
    }
  }
  // Addressee line directly above a postal address.
  head.forEach((s, i) => {
    const next = head[i + 1];
    if (!s.block || !next || !isAddressLine(ctx, next)) return;
    if (i > 0 && isAddressLine(ctx, head[i - 1] as never)) return;
    findNames(ctx, s);
    const org = sentenceHits(ctx, s).find((h) => h.type === 'Organization');
    if (!org) return;
    if (/letter/.test(ctx.doc.kind))
      relate(ctx, 'ADDRESSED_TO', ctx.doc.id, org.key, s, 'address-block', 0.8);
    for (const n of head.slice(i + 1, i + 6)) {
      if (!n.block) break;
      findNames(ctx, n);
      const place = sentenceHits(ctx, n).find((h) => h.type === 'Place');
      if (place) {
        relate(ctx, 'LOCATED_IN', org.key, place.key, n, 'address-block', 0.8);
        break;
      }
    }
  });
}
