// Who the article introduced: full names with the role given at introduction, organisations named in full and
// documents, so that later short references (surname, "the agency", "the statement") resolve to them.
import { DETERMINERS, DOC_WORDS, HONORIFICS, ORG_WORDS, PLACE_PREPOSITIONS, ROLE_WORDS, TITLE_WORDS } from './words.ts';
import { isInstanceNoun, isPersonNoun, isProperName } from '../../lexicon/wordnet.ts';
import { namesNoPerson, placeOrOrgStart } from './known.ts';
import { givenNameGender, isGivenName, personNameStart } from './given.ts';
import { NameIndex } from '../mentions/names.ts';
import { isCap, isComma, isWord, type Tok } from '../quotes-tokens.ts';
import {
  bareInitialsBefore,
  type Gender,
  isInitials,
  isLowerWord,
  isNameTok,
  isPossessive,
  isRealName,
  isRoleWord,
  nameOf,
  nameRunEnd,
  possessiveNameRun,
} from './phrase.ts';
import { collectBackward, continuesOrgName, segmentAfter } from './noun-phrase.ts';
import { givenNameRole, officeBefore, roleBefore, roleFromAppositive, roleText } from './roles.ts';
import { DocumentIndex, HISTORY_REACH } from './documents.ts';
import { OrgIndex, type OrgRef } from './orgs.ts';
import { kinAppositive, kinBefore, kinGender } from './kin.ts';
import { holderOn, officeHolder } from './offices.ts';
import { appositiveOrgHead, namesAThing, orgNameStart } from './things.ts';

export { HISTORY_REACH };

export interface PersonEntry {
  name: string;
  /** Offset of the first mention. */
  first: number;
  role: string | null;
  gender: Gender;
  /** The sex the given name suggests (given.ts): a preference, never a rule, as names cross languages ("Ola"). */
  nameGender?: Gender;
  /** "Mrs Cliffe": the courtesy title of a person the story names only so, which the name then shows. */
  courtesy?: string;
}

/** How a person is shown: the full name, or a surname with the courtesy title the story gives it ("Mrs Cliffe"). */
export const shownName = (p: PersonEntry): string =>
  p.courtesy && !p.name.includes(' ') ? `${p.courtesy} ${p.name}` : p.name;

export class PeopleRegistry {
  private names = new NameIndex<PersonEntry>();
  /** People by each word of their role ("mayor" → Mayor Jane Doe), in order of introduction. */
  private roleIndex = new Map<string, PersonEntry[]>();
  /** Organisations named in full ("Halden Property Group"), in article order. */
  private orgs = new OrgIndex();
  /** Documents mentioned outside quotes, with their modifiers and issuers. */
  private docs = new DocumentIndex();

  /** `day`: the publication day (ISO date), by which an office and a surname name the holder (offices.ts). */
  constructor(private readonly day: string | null = null) {}

  /** Reads one paragraph's token stream. Streams must be added in article order. */
  addStream(text: string, toks: readonly Tok[]): void {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (isLowerWord(t) && DOC_WORDS.has(t.lower)) this.docs.add(text, toks, i);
      if (isCap(t) && ORG_WORDS.has(t.lower)) this.addOrg(text, toks, i);
      // "Grenmoor Environmental, the company that won": a name the apposition says is an organisation.
      if (isComma(t) && isCap(toks[i - 1]) && isCap(toks[i - 2]) && DETERMINERS.has(toks[i + 1]?.lower ?? '')) {
        const noun = toks[i + 2];
        if (isLowerWord(noun) && ORG_WORDS.has(noun.lower)) this.addOrg(text, toks, i - 1);
      }
      // "SAG-AFTRA, the actors’ union,": an apposition closed by its head noun for an organisation says what the
      // name is, and a later "the union" stands for it.
      const head = isComma(t) && isCap(toks[i - 1]) ? appositiveOrgHead(toks, i) : null;
      if (head) {
        // The whole name before the comma: "Lockheed Martin, the aerospace contracting company,".
        const a = orgNameStart(toks, i - 1);
        this.pushOrg(text.slice((toks[a] as Tok).start, (toks[i - 1] as Tok).end), (toks[a] as Tok).start, head);
      }
      // "President Trump’s campaign", "Mr. Trump’s lawyer": a title before a lone possessive surname.
      const stem = isNameTok(toks[i - 1]) ? null : possessiveNameRun(toks, i, i)?.[0];
      if (stem && (HONORIFICS.has(toks[i - 1]?.lower ?? '') || officeBefore(toks, i)))
        this.addTitled(text, toks, i, stem.bare);
      if (!isNameTok(t) || isNameTok(toks[i - 1])) continue;
      let e = nameRunEnd(toks, i);
      // "J.C. Chandor’s film", "James B. Comey’s résumé": initials ending in a possessive surname, which a name run
      // does not take (it never ends on an initial).
      for (let k = e; isNameTok(toks[k]) && isInitials(toks[k] as Tok); k++)
        if (possessiveNameRun(toks, i, k + 1)) {
          e = k + 1;
          break;
        }
      if (e === i) continue;
      // "a private company named Young Indian", "a group called Hope Now": a name a naming participle gives to a
      // noun for an organisation names that organisation, never a person.
      if (namedAsOrganisation(toks, i)) {
        this.pushOrg(nameOf(text, toks.slice(i, e)), t.start);
        i = e - 1;
        continue;
      }
      // "the Brazilian Grand Prix", "the Social Security Choice Act": English names of people take no article; a name
      // after "the" that opens with no given name or title names a thing, an event or a body.
      if (toks[i - 1]?.lower === 'the' && !isGivenName(t.lower) && !isRoleWord(t) && !HONORIFICS.has(t.lower)) {
        i = e - 1;
        continue;
      }
      // "New York City officials", "Los Angeles": a place or an organisation English knows is no person.
      if (placeOrOrgStart(toks, i) >= 0) {
        i = e - 1;
        continue;
      }
      const before = toks[i - 1];
      // "University of Tennessee Law Professor …": capitals after an organisation word and "of" continue the
      // organisation's name.
      if (continuesOrgName(toks, i) || namesAThing(toks, i)) {
        i = e - 1;
        continue;
      }
      let run = toks.slice(personNameStart(toks, i, e), e);
      // "Realtor Jo Blake" opening a sentence: the capital is the sentence's, the occupation noun is a role.
      const opens = i === 0 || toks[i - 1]?.kind === 'boundary' || toks[i - 1]?.kind === 'quote';
      // Not a given name WordNet knows by a famous bearer ("James", "Paul": instances, no occupation).
      if (opens && run.length >= 3 && run[0] === t && isPersonNoun(t.lower) && !isInstanceNoun(t.lower))
        run = run.slice(1);
      // "Ann Lee's lawyer": a name ending in a possessive names that person too (not a place such as "Hong Kong's").
      const owned = possessiveNameRun(toks, e - run.length, e);
      const ownedName = owned ? nameOf(text, owned) : '';
      // A name WordNet knows is a place unless it knows it as a person ("Vladimir Putin's").
      if (owned && (!isProperName(ownedName) || isPersonNoun(ownedName))) run = owned;
      // "Dean Holloway, the chief analyst at X": a role word before a lone name whose apposition gives the role is
      // a given name (AP style gives a title before the name or in apposition, not both).
      if (run.length === 1 && (givenNameRole(toks, i, e) || bareInitialsBefore(toks, i, e)))
        run = [toks[i - 1] as Tok, ...run];
      const honorific = isWord(toks[i - 1]) ? HONORIFICS.get((toks[i - 1] as Tok).lower) : undefined;
      // "a speech in San Jose": a name after a preposition of place is a place; not initials and a surname ("in
      // J.C. Chandor’s film"): places are not named so.
      const initialled = run.length >= 2 && isInitials(run[0] as Tok);
      if (isLowerWord(before) && PLACE_PREPOSITIONS.has(before.lower) && !initialled) {
        i = e - 1;
        continue;
      }
      // "Halden Property Group": capitals that run into an organisation word name the organisation.
      const orgWord = toks[e];
      if (orgWord && isCap(orgWord) && ORG_WORDS.has(orgWord.lower)) {
        i = e - 1;
        continue;
      }
      // A full name: two names, or initials and a surname ("J.D. Smith").
      if (run.length >= 2 && run.filter(isRealName).length >= 1 && !namesNoPerson(nameOf(text, run))) {
        this.addPerson(nameOf(text, run), t.start, this.roleAround(text, toks, i, e), honorific ?? null);
      } else if (run.length === 1 && (t.quotedName || agedAfter(toks, e))) {
        // "“Perry” told me": the only name a person gave, in quotation marks (AP style), names that person; so
        // does a lone name with an age in apposition ("Sam, 15,": only people have one).
        this.addPerson(t.bare, t.start, this.roleAround(text, toks, i, e), honorific ?? null);
      } else if (run.length === 1 && (kinBefore(toks, i) || (isComma(toks[e]) && kinAppositive(toks, i)))) {
        // "his wife Fran", "Druyun's daughter, Heather,": a relative introduced by given name alone (AP style for
        // family members who share a surname); the full name given later ("Fran Finney") completes the entry.
        const n = isComma(toks[i - 1]) ? i - 1 : i;
        const kin = toks[n - 1] as Tok;
        const role = text.slice((toks[n - 2] as Tok).start, kin.end);
        this.addKin(t.bare, t.start, kinGender(kin.lower) ?? null, role);
      } else if (run.length === 1 && (honorific !== undefined || officeBefore(toks, i))) {
        // "President Trump’s campaign": the possessive's stem is the surname (possessiveNameRun).
        this.addTitled(text, toks, i, (run[0] as Tok).bare);
      }
      i = e - 1;
    }
  }

  /**
   * "Mr Pike", "President Pike": a title before a lone surname (the name at `i`). A courtesy title tells the gender of
   * whoever is called Pike. With nobody called Pike yet, "Mr. Pike" or "President Pike" is a person all the same (AP
   * style: a title and the surname identify someone the story never names in full); an office stays part of the
   * name, a courtesy title does not, but a peer's style does ("Lord Willis" is how Debrett's names a baron).
   */
  private addTitled(text: string, toks: readonly Tok[], i: number, surname: string): void {
    const t = toks[i] as Tok;
    const honorific = isWord(toks[i - 1]) ? HONORIFICS.get((toks[i - 1] as Tok).lower) : undefined;
    const p = this.names.lookup(surname, t.start);
    if (p) p.gender ??= honorific ?? null;
    const peer = /^(?:lord|lady)$/.test(toks[i - 1]?.lower ?? '');
    // "Vice President Pence": a qualifier before the office word is part of the office (a compound title).
    const word = honorific === undefined || peer ? (toks[i - 1] as Tok) : null;
    const qualifier = word && isCap(toks[i - 2]) ? (toks[i - 2] as Tok) : null;
    const office = word ? text.slice((qualifier ?? word).start, word.end) : null;
    if (p) return;
    // "President Trump" in a story of 2019: the president in office on the publication day (offices.ts).
    const holder = office && this.day ? officeHolder(office, surname, this.day) : null;
    if (office && holder) {
      this.addPerson(holder, t.start, office, null);
      return;
    }
    this.addPerson(office ? `${office} ${surname}` : surname, t.start, office, honorific ?? null);
    const added = office ? undefined : this.names.get(surname);
    const title = toks[i - 1] as Tok;
    if (added) added.courtesy = text[title.end] === '.' ? `${title.bare}.` : title.bare;
  }

  /** "the US president": whoever held `office` on the publication day, when the story names them (offices.ts). */
  holderNamed(office: string, pos: number): PersonEntry | null {
    const held = this.day ? holderOn(office, this.day) : null;
    const p = held ? this.lookup(held.split(' ').at(-1) as string, pos) : null;
    return p && held && p.name.endsWith(held.split(' ').at(-1) as string) ? p : null;
  }

  /** "National Cyber Resilience Agency": capitalised words up to a capitalised organisation word. */
  private addOrg(text: string, toks: readonly Tok[], i: number): void {
    const a = orgNameStart(toks, i);
    const start = (toks[a] as Tok).start;
    if (a < i) this.pushOrg(text.slice(start, (toks[i] as Tok).end), start);
  }

  private pushOrg(name: string, pos: number, head?: string): void {
    this.orgs.add(name, pos, head);
  }

  /** Whether the article introduced `name` as an organisation's ("a company named Young Indian"). */
  isOrganisation(name: string): boolean {
    return this.orgs.has(name);
  }

  /** The organisation a short reference means (orgs.ts). */
  org(ref: OrgRef, pos: number, after = -1): string | null {
    return this.orgs.resolve(ref, pos, after);
  }

  /** Given names introduced with a kinship noun and not yet completed: "Fran" → her entry. */
  private kin = new Map<string, PersonEntry>();

  private addKin(given: string, pos: number, gender: Gender, role: string): void {
    if (this.kin.has(given) || this.names.lookup(given, pos)) return;
    const entry: PersonEntry = { name: given, first: pos, role, gender };
    this.names.add(entry);
    this.indexRole(entry);
    this.kin.set(given, entry);
  }

  private addPerson(name: string, pos: number, role: string | null, gender: Gender): void {
    const lone = this.kin.get(name.split(' ')[0] as string);
    if (lone && name.includes(' ') && !this.names.get(name)) {
      this.kin.delete(lone.name);
      this.names.complete(lone, name);
    }
    // A later, shorter form of a name already given ("Grey Owl" after "Ann Grey Owl") is that person, not another.
    const known = this.names.get(name) ?? this.lookup(name, pos);
    if (known) {
      if (!known.role && role) {
        known.role = role;
        this.indexRole(known);
      }
      known.gender ??= gender;
      return;
    }
    // "said Ms. Hitchens" before "(Heather Hitchens, President and CEO)": a surname met first with an honorific is
    // the person the article names in full later, when the sex the honorific tells does not rule it out.
    const bare = name.includes(' ') ? this.names.get(name.split(' ').at(-1) as string) : undefined;
    const sex = gender ?? givenNameGender(name);
    if (bare && !bare.name.includes(' ') && (!bare.gender || !sex || bare.gender === sex)) {
      this.names.complete(bare, name);
      bare.role ??= role;
      if (role) this.indexRole(bare);
      return;
    }
    const entry: PersonEntry = {
      name,
      first: pos,
      role,
      gender: gender ?? (role ? genderOfText(role) : null),
      nameGender: givenNameGender(name),
    };
    this.names.add(entry);
    this.indexRole(entry);
  }

  private indexRole(entry: PersonEntry): void {
    // "Gov. Mike Pence": an abbreviated title is indexed under the word it stands for too ("the governor").
    const words = entry.role?.toLowerCase().split(/[^\p{L}-]+/u) ?? [];
    for (const w of new Set([...words, ...words.flatMap((a) => TITLE_WORDS.get(a) ?? [])])) {
      // Kinship nouns too: "his wife" later is the relative introduced as "his wife Fran".
      if (!ROLE_WORDS.has(w) && kinGender(w) === undefined) continue;
      const list = this.roleIndex.get(w);
      if (list) list.push(entry);
      else this.roleIndex.set(w, [entry]);
    }
  }

  /** Role at a name mention: before it, or in apposition before or after it. */
  private roleAround(text: string, toks: readonly Tok[], s: number, e: number): string | null {
    // A role sits within a few words of the name: scanning no further keeps long sentences linear.
    const reach = 40;
    let lo = s;
    while (lo > 0 && s - lo < reach && toks[lo - 1]?.kind !== 'boundary' && toks[lo - 1]?.kind !== 'quote') lo--;
    const before = roleBefore(text, toks, s, lo);
    if (before) return before;
    let hi = e;
    while (hi < toks.length && hi - e < reach && toks[hi]?.kind !== 'boundary' && toks[hi]?.kind !== 'quote') hi++;
    // "The health secretary, NAME, said"; "by his son, NAME," (a relative, as "his son NAME" is: kinBefore).
    if (isComma(toks[s - 1]) && (isComma(toks[e]) || e >= hi)) {
      const a = collectBackward(toks, s - 2, lo);
      if (a >= 0) {
        const pre = toks.slice(a, s - 1);
        // "another brother, NAME,", "Donald’s father, NAME,": a relation noun after a determiner or a possessive
        // describes the person named after it.
        const first = pre[0] as Tok;
        const kin = pre.length === 2 && (kinBefore(toks, s - 1) || DETERMINERS.has(first.lower) || isPossessive(first));
        if (pre.some(isRoleWord) || (kin && kinGender((pre[1] as Tok).lower) !== undefined)) return roleText(text, pre);
      }
    }
    // "NAME, the mayor of Y," / "NAME, 62, a teacher"
    if (isComma(toks[e])) {
      let seg = segmentAfter(toks, e, hi);
      if (seg && seg[0] === seg[1] && /^\p{N}/u.test((toks[seg[0]] as Tok).bare) && isComma(toks[seg[1] + 1])) {
        seg = segmentAfter(toks, seg[1] + 1, hi);
      }
      if (seg) return roleFromAppositive(text, toks.slice(seg[0], seg[1] + 1));
    }
    return null;
  }

  /** The person a (possibly partial) name refers to, preferring someone introduced before `pos` (mentions/names.ts). */
  lookup(name: string, pos: number): PersonEntry | null {
    return this.names.lookup(name, pos, (w) => ROLE_WORDS.has(w), isRelative);
  }

  /**
   * Someone introduced with a role that contains `noun` ("the mayor" → "Mayor Jane Doe"): the latest before `pos`, or
   * `recent` (the person the story was just about, shown so) when that person holds the role too.
   */
  byRole(noun: string, pos: number, recent?: string): PersonEntry | null {
    const list = (this.roleIndex.get(noun) ?? []).filter((p) => p.first <= pos);
    return list.find((p) => shownName(p) === recent) ?? list.at(-1) ?? null;
  }

  /** Who a document speaks for, else its most specific name (documents.ts); `pos`: the end of its phrase. */
  documentName(noun: string, modifiers: string, pos: number): string {
    return this.docs.name(noun, modifiers, pos, (issuer, at) => this.names.lookup(issuer, at)?.name ?? null);
  }
}

export function genderOfText(role: string): Gender {
  if (/\b\w*(?:woman|women)\b|\b(?:queen|princess)\b/i.test(role)) return 'f';
  if (/\b\w*(?:man|men)\b|\b(?:king|prince)\b/i.test(role)) return 'm';
  return null;
}

/** ", 15," right after the name ending at `e`: an age in apposition (AP style sets it off by commas). */
const agedAfter = (toks: readonly Tok[], e: number): boolean =>
  isComma(toks[e]) && /^\d{1,3}$/.test(toks[e + 1]?.bare ?? '') && (isComma(toks[e + 2]) || toks[e + 2] === undefined);

/** Introduced as someone's relative: "his father, Ray Hart", "her son Tom". */
const isRelative = (p: PersonEntry): boolean =>
  /^(?:his|her|their|\S+['’]s?)\s/i.test(p.role ?? '') &&
  kinGender(p.role?.split(/\s+/).at(-1)?.toLowerCase() ?? '') !== undefined;

/** "a company named", "the firm called", "a group known as": a naming participle after a noun for an organisation. */
function namedAsOrganisation(toks: readonly Tok[], i: number): boolean {
  const k = toks[i - 1]?.lower === 'as' && toks[i - 2]?.lower === 'known' ? i - 2 : i - 1;
  if (!/^(?:named|called|dubbed|known)$/.test(toks[k]?.lower ?? '') || (toks[k]?.lower === 'known' && k === i - 1))
    return false;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const w = toks[j];
    if (isLowerWord(w) && ORG_WORDS.has(w.lower)) return true;
    // "a college student named Michael Lewis": the noun the name is given to is the head, the last before the
    // participle; an organisation word before it only qualifies it.
    if (!isLowerWord(w) || isPersonNoun(w.lower)) return false;
  }
  return false;
}
