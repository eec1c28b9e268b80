// Reading one noun phrase as a speaker: a person (name with title and role), a pronoun, a document, an
// organisation, a group or a bare role.
import {
  BUSINESS_NOUNS,
  DETERMINERS,
  DOC_WORDS,
  GROUP_NOUNS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  NON_NAME_ACRONYMS,
  NP_CONNECTORS,
  ORG_WORDS,
  PRONOUNS,
  STOP_CAPS,
} from './words.ts';
import {
  baseForms,
  hasPersonSense,
  isEstablishmentNoun,
  isGroupNoun,
  isInstanceNoun,
  isPersonNoun,
  isProperName,
} from '../../lexicon/wordnet.ts';
import { namesNoPerson, opensKnownName, placeOrOrgStart } from './known.ts';
import { isCap, isWord, type Tok } from '../quotes-tokens.ts';
import {
  type Gender,
  isAcronym,
  isLowerWord,
  isNameTok,
  isNameSuffix,
  isParticle,
  isRealName,
  isRoleWord,
  isSurnameLikeRole,
  nameOf,
  type SpeakerRef,
  textOf,
} from './phrase.ts';
import { continuesOrgName, isCauseWord, joinTarget } from './noun-phrase.ts';
import { roleFromAppositive, roleText } from './roles.ts';
import { personNameStart } from './given.ts';

/** Gender told by an honorific or a gendered role noun; a name tells none ("Raman", "Friedman" end in -man too). */
export function genderOf(words: readonly Tok[]): Gender {
  for (const t of words) {
    const h = HONORIFICS.get(t.lower);
    if (h) return h;
    if (isNameTok(t)) continue;
    // "-ess" only on nouns for people ("actress"), never "business" or "address".
    if (
      /(?:woman|women)$|^(?:queen|princess|dame|lady)$/.test(t.lower) ||
      (/ess$/.test(t.lower) && isPersonNoun(t.lower))
    )
      return 'f';
    if (/(?:man|men)$|^(?:king|prince|sir|lord)$/.test(t.lower) && t.lower !== 'human') return 'm';
  }
  return null;
}

/**
 * "demonstrators", "the striking nurses": the plural of a noun for a person (WordNet) names several people, a group
 * that no single person's name stands for.
 */
export function isPluralPersonNoun(word: string): boolean {
  if (!/s$/.test(word)) return false;
  const bases = baseForms(word, 'noun');
  return !bases.includes(word) && bases.some(isPersonNoun);
}

/**
 * "Sainsbury’s said", "said St George’s": a possessive needs a noun after it (English grammar), so capitals ending in
 * "’s" right next to a verb of speech, as its subject, are the name of a shop, a firm or a school, not someone's.
 */
export function possessiveFormName(text: string, np: readonly Tok[]): SpeakerRef | null {
  if (!np.length || !np.every((t) => isCap(t)) || !/^\p{Lu}.*\p{L}['’]s$/u.test((np.at(-1) as Tok).bare)) return null;
  const base = { text: textOf(text, np), pos: (np[0] as Tok).start, role: null, gender: null, head: '', modifiers: '' };
  return { ...base, kind: 'org', name: '' };
}

/** Reads a noun phrase (with optional apposition and a role phrase written before it) as a speaker. */
export function classify(
  text: string,
  np: readonly Tok[],
  appositive: readonly Tok[] | null = null,
  preRole: readonly Tok[] | null = null,
): SpeakerRef | null {
  if (!np.length) return null;
  const base = { text: textOf(text, np), pos: (np[0] as Tok).start, role: null, gender: null, head: '', modifiers: '' };
  if (np.length === 1 && PRONOUNS.has((np[0] as Tok).lower)) {
    return { ...base, kind: 'pronoun', name: (np[0] as Tok).lower };
  }
  // "No 10 said": a house by its number (Guardian style guide: "No 10" for Downing Street) speaks for its office.
  if (np.length === 2 && np[0]?.bare === 'No' && /^\d+$/.test(np[1]?.bare ?? ''))
    return { ...base, kind: 'org', name: '' };
  // "a letter from the Chamber of Commerce", "a statement on its website": the head comes before the preposition.
  const c = np.findIndex((_, i) => i > 0 && joinTarget(np, i, 0) >= 0);
  const d = c > 0 ? joinTarget(np, c, 0) : -1;
  const doc = np[d];
  if (d >= 0 && doc && isLowerWord(doc) && DOC_WORDS.has(doc.lower)) {
    const mods = np.slice(0, d).filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
    return { ...base, kind: 'document', name: '', head: doc.lower, modifiers: mods.map((t) => t.bare).join(' ') };
  }
  // "Opposition leader Ruth Kallander of the Social Democrats", "Jo Doe with the Port Authority": the person is
  // named before "of" (or "at", "from", "with"), the organisation after it is where they belong.
  const of = np.findIndex(
    (t, i) =>
      i >= 2 &&
      (t.lower === 'of' || t.lower === 'at' || t.lower === 'from' || t.lower === 'with') &&
      isRealName(np[i - 1] as Tok) &&
      (isNameTok(np[i - 2]) || isParticle(np[i - 2])),
  );
  // The organisation's name is capitals, joined by "of", "and" or "for" ("the New York Police Department").
  const orgPart = (t: Tok, i: number): boolean =>
    isNameTok(t) || isCap(t) || (i === 0 ? DETERMINERS.has(t.lower) : /^(?:of|and|for)$/.test(t.lower));
  if (of > 0 && np.slice(of + 1).every(orgPart)) {
    const person = classify(text, np.slice(0, of), appositive, preRole);
    if (person?.kind === 'person') return { ...person, text: textOf(text, np) };
  }
  // "Democracy for America": a cause and those it is for name an organisation (collectForward reads it whole).
  const f = DETERMINERS.has((np[0] as Tok).lower) ? 1 : 0;
  if (np[f + 1]?.lower === 'for' && isCap(np[f]) && isCap(np[f + 2]) && isCauseWord(np[f] as Tok)) {
    return { ...base, kind: 'org', name: '' };
  }
  // A person: the phrase ends with a name; what comes before it is title and role.
  let s = np.length;
  if (s >= 2 && isNameSuffix(np, s - 1)) s--;
  if (s >= 2 && isSurnameLikeRole(np, s - 1)) s--;
  while (s > 0 && (isNameTok(np[s - 1]) || (s < np.length && isParticle(np[s - 1]) && isNameTok(np[s - 2])))) s--;
  s = personNameStart(np, s, np.length);
  // "New York City Transit": an opener word that starts a name English knows is part of the run, and a run that
  // opens with a known place or organisation names a body, not a person.
  if (s > 0 && s < np.length && STOP_CAPS.has((np[s - 1] as Tok).lower) && opensKnownName(np, s - 1)) s--;
  if (s < np.length && placeOrOrgStart(np, s) === s) return { ...base, kind: 'org', name: '' };
  const run = np.slice(s);
  // "SBM Intel, a Lagos firm, says": an acronym that opens the phrase before one capitalised word is part of the
  // name, read as an organisation's (most such names are; a person's "AJ Brustein" keeps the whole name too, though
  // no pronoun will stand for it), never the capitalised word alone.
  const acronym = np[s - 1];
  if (run.length === 1 && s === 1 && acronym && isWord(acronym) && isAcronym(acronym) && isRealName(run[0] as Tok))
    return { ...base, kind: 'org', name: '' };
  // "the Texas Republican", "the Australian": a determined epithet headed by a noun for a person that WordNet writes
  // with a capital (a party's member, a demonym; not "the Guardian") is a second reference to someone the story
  // named, not a name; its plural is a group. With an indefinite determiner ("an Iowa Republican", "one Nevada
  // Democrat") it introduces an unnamed source (English names take no article), whose phrase is its name.
  const lastTok = np.at(-1) as Tok;
  const epithet =
    s > 0 &&
    /^(?:the|this|a|an|one|another)$/.test((np[0] as Tok).lower) &&
    isCap(lastTok) &&
    isPersonNoun(lastTok.lower) &&
    isProperName(lastTok.bare) &&
    !isInstanceNoun(lastTok.bare);
  if (epithet) {
    return isPluralPersonNoun(lastTok.lower)
      ? { ...base, kind: 'group', name: '' }
      : { ...base, kind: 'role', name: '', head: lastTok.lower, gender: genderOf(np) };
  }
  // "the Chamber of Commerce", "the Department of Health": an organisation's name, kept whole.
  if (continuesOrgName(np, s)) {
    return { ...base, kind: 'org', name: '' };
  }
  // "a doctor from Hebron", "a spokesman for U.N. Secretary-General Ban Ki-moon": a name (with any capitalised title
  // before it) after a preposition that follows a common noun is whom the person belongs to; the noun before it
  // heads the phrase (read below as a role).
  let caps = s;
  while (caps > 0 && isCap(np[caps - 1])) caps--;
  const placeOfRole = caps >= 2 && NP_CONNECTORS.has((np[caps - 1] as Tok).lower) && isLowerWord(np[caps - 2]);
  if (run.some(isRealName) && !placeOfRole) {
    const name = nameOf(text, run);
    if (namesNoPerson(name)) return { ...base, kind: 'org', name: '' };
    let r = s;
    while (r > 0 && HONORIFICS.has((np[r - 1] as Tok).lower)) r--;
    const rolePart = np.slice(0, r).filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
    let role = rolePart.some(isRoleWord) ? roleText(text, rolePart) : null;
    if (!role && appositive) role = roleFromAppositive(text, appositive);
    if (!role && preRole?.some(isRoleWord)) role = roleText(text, preRole);
    return { ...base, kind: 'person', name, role, gender: genderOf(np) };
  }
  const last = np.at(-1) as Tok;
  const head = last.lower;
  if (DOC_WORDS.has(head)) {
    const mods = np.slice(0, -1).filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
    return { ...base, kind: 'document', name: '', head, modifiers: mods.map((t) => t.bare).join(' ') };
  }
  // The head noun decides (English grammar: the noun before any postmodifier): "the Pentagon chief" and "a
  // spokeswoman for the union" are people who speak for an organisation, not the organisation.
  const linker = np.findIndex((t, i) => i > 0 && isLowerWord(t) && NP_CONNECTORS.has(t.lower));
  const headTok = np[linker > 0 ? linker - 1 : np.length - 1] as Tok;
  if (isLowerWord(headTok) && isRoleWord(headTok)) {
    return { ...base, kind: 'role', name: '', head: headTok.lower, gender: genderOf(np) };
  }
  // "the chain", "the retailer": a generic noun for a business heading the phrase is the business.
  const business = isLowerWord(headTok) && BUSINESS_NOUNS.has(headTok.lower);
  if (business || np.some((t) => ORG_WORDS.has(t.lower))) return { ...base, kind: 'org', name: '' };
  if (np.some(isRoleWord)) return { ...base, kind: 'role', name: '', head, gender: genderOf(np) };
  if (GROUP_NOUNS.has(head) || (isLowerWord(headTok) && isPluralPersonNoun(headTok.lower)))
    return { ...base, kind: 'group', name: '' };
  // A possessive determines the phrase as "the" does ("Jo Doe's publicist").
  const determined = DETERMINERS.has((np[0] as Tok).lower) || np.slice(0, -1).some((t) => /['’]s?$/.test(t.bare));
  // "Scott's family", "the jury": a determined noun for several people together (WordNet's social groups; the
  // organisations among them were read as such above).
  if (determined && isLowerWord(headTok) && isGroupNoun(headTok.lower)) return { ...base, kind: 'group', name: '' };
  // "the team's wide receiver", "the three-time MVP", "Jo Doe's publicist": any noun for a person (WordNet) heads a
  // role phrase too, an initialism WordNet lists as one included.
  // "a source", "one senior source": an indefinite singular introduces an unnamed speaker, so a noun with a sense for
  // a person in any of its senses (WordNet: "source", an informant) reads as one.
  const unnamed = INDEFINITE_DETERMINERS.has((np[0] as Tok).lower) && hasPersonSense(head) && !/s$/.test(head);
  if (determined && (isLowerWord(last) || isAcronym(last)) && (isPersonNoun(head) || unnamed)) {
    return { ...base, kind: 'role', name: '', head, gender: genderOf(np) };
  }
  if (DETERMINERS.has((np[0] as Tok).lower) && np.length <= 5) {
    // "The Rams wide receiver said": a description naming a team, party or place before a common noun stands for
    // a person the story is about (news style: full name first, then a description); it resolves like a role.
    // Not a verb WordNet knows only as a verb: "The IMF expects" is a clause, not a description.
    const verbOnly = baseForms(head, 'verb').length > 0 && baseForms(head, 'noun').length === 0;
    if (isLowerWord(last) && np.slice(1, -1).some((t) => isCap(t)) && !verbOnly) {
      return { ...base, kind: 'role', name: '', head, gender: genderOf(np) };
    }
    // "the 45-year-old": an age stands for someone the story named (news style's second references).
    if (/^\d+-year-old$/.test(head)) return { ...base, kind: 'role', name: '', head, gender: null };
    // "the voice asked", "the car said": a common noun that names no person, organisation, group or document is
    // no credible speaker; the quote stays unknown rather than taking a wrong one. A place people run is: "the
    // zoo said" speaks for the zoo.
    if (isLowerWord(last) && np.length <= 3 && isEstablishmentNoun(head)) return { ...base, kind: 'org', name: '' };
    return isLowerWord(last) ? { ...base, kind: 'thing', name: '' } : { ...base, kind: 'org', name: '' };
  }
  // "NASA explains", "FEMA said": an initialism alone, with no article, is an organisation's short name (AP style
  // writes the best-known ones so); not one that names no one ("GDP", "CEO").
  if (np.length === 1 && isAcronym(last) && last.bare.length >= 3 && !NON_NAME_ACRONYMS.has(head)) {
    return { ...base, kind: 'org', name: '' };
  }
  return null;
}
