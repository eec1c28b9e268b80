import type { Gender, Resolved, SpeakerRef } from '../mentions/phrase.ts';
import { isPersonNoun, isProperName } from '../../lexicon/wordnet.ts';
import { givenNameSex } from '../mentions/given.ts';
import { kinGender } from '../mentions/kin.ts';
import { BUSINESS_NOUNS, GROUP_NOUNS } from '../mentions/words.ts';
import { isPluralPersonNoun } from '../mentions/classify.ts';
import { HISTORY_REACH, type PeopleRegistry, type PersonEntry, shownName } from '../mentions/registry.ts';

// ---------------------------------------------------------------------------------------------------------------
// Resolution in article order

export interface HistoryItem {
  pos: number;
  paragraph: number;
  kind: 'speech' | 'mention';
  who: Resolved;
  gender: Gender;
  /** For mentions: the first person named in its sentence, usually the subject. */
  subject: boolean;
}

/** Resolves speaker phrases in article order, remembering who spoke and who was mentioned. */
export class SpeakerResolver {
  private history: HistoryItem[] = [];
  private genders = new Map<string, Gender>();
  /** The sex a person's given name suggests: kept apart, since it only orders candidates (registry nameGender). */
  private nameGenders = new Map<string, Gender>();
  /** In a transcript turn, the person speaking: their "he"/"she" is someone else (they say "I"). */
  private turn: string | null = null;

  /**
   * `sentenceStarts`: the article's sentence offsets, ascending (a pronoun looks in its own sentence first).
   * `protagonist`: the person the headline names first, whom an epithet no one else fits stands for.
   */
  constructor(
    private readonly registry: PeopleRegistry,
    private readonly sentenceStarts: readonly number[] = [],
    private readonly protagonist: PersonEntry | null = null,
  ) {}

  /** Offset where the sentence holding `pos` starts (0 when unknown): a binary search. */
  private sentenceStart(pos: number): number {
    let a = 0;
    let b = this.sentenceStarts.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if ((this.sentenceStarts[m] as number) <= pos) a = m + 1;
      else b = m;
    }
    return a > 0 ? (this.sentenceStarts[a - 1] as number) : 0;
  }

  /** Sets (or clears, with null) the speaker whose transcript turn the next phrases are in. */
  setTurn(speaker: string | null): void {
    this.turn = speaker;
  }

  /** Resolves a phrase at article offset `pos` (its pronouns look back from there). */
  resolve(ref: SpeakerRef, paragraph: number): Resolved | null {
    switch (ref.kind) {
      case 'person': {
        if (this.registry.isOrganisation(ref.name)) return { speaker: ref.name, role: null, person: false };
        const entry = this.registry.lookup(ref.name, ref.pos);
        const speaker = entry ? shownName(entry) : ref.name;
        if (ref.gender && !this.genders.get(speaker)) this.genders.set(speaker, ref.gender);
        if (entry?.gender && !this.genders.get(speaker)) this.genders.set(speaker, entry.gender);
        if (entry?.nameGender) this.nameGenders.set(speaker, entry.nameGender);
        const hinted = ref.reportedGender && !this.genders.get(speaker) && !this.nameGenders.get(speaker);
        if (hinted && (entry || ref.name.includes(' '))) this.genders.set(speaker, ref.reportedGender ?? null);
        // A lone capitalised word that nobody introduced ("Apple said") is not a pronoun's antecedent.
        const named = Boolean(entry) || ref.name.includes(' ') || ref.gender !== null || ref.aged === true;
        // "Halden said" after "Halden Property Group": the organisation by its first word.
        const org = named ? null : this.registry.org({ first: ref.name.toLowerCase() }, ref.pos);
        if (org) return { speaker: org, role: null, person: false };
        // "said Tiffany", with no surname in the story: a given name in the name lists is someone a later "she" can
        // stand for, unless WordNet knows the word as a place or thing rather than a person ("Jordan", "Georgia").
        const sex = named ? undefined : givenNameSex(ref.name);
        const given = sex !== undefined && (!isProperName(ref.name) || isPersonNoun(ref.name));
        if (given && sex) this.nameGenders.set(speaker, sex);
        return { speaker, role: entry?.role ?? ref.role, person: named || given };
      }
      case 'thing':
        return null;
      case 'pronoun':
        return this.antecedent(ref.name, ref.pos, paragraph);
      case 'document': {
        // The phrase's end: "a separate statement saying, “…”" is the document the same sentence names.
        const speaker = this.registry.documentName(ref.head, ref.modifiers, ref.pos + ref.text.length);
        return { speaker, role: null, person: false };
      }
      case 'role': {
        if (ref.head === 'one') return this.oneOf(ref, paragraph);
        // "Expert said" after "Paul Expert": a lone capitalised role noun with no determiner is no description (a
        // singular count noun needs one: English grammar) but the surname of a person the story introduced.
        const surname = /^\p{Lu}\p{Ll}+$/u.test(ref.text) ? this.registry.lookup(ref.text, ref.pos) : null;
        if (surname) return { speaker: shownName(surname), role: surname.role, person: true };
        // "the US president said": a national office with one holder is that holder on the publication day.
        const office = US_OFFICE.exec(ref.text)?.[1]?.toLowerCase().replace('-', ' ');
        const holder = office ? this.registry.holderNamed(office, ref.pos) : null;
        if (holder) return { speaker: shownName(holder), role: holder.role, person: true };
        // A definite description stands for someone already in the story (news style: full name first, then
        // "the mayor", "the Pentagon chief"): whoever was introduced with that role, else the person the story
        // was just about, when that person's gender fits the role's. A possessive makes it definite too
        // ("his mother", "the victim's brother": English grammar).
        const definite = /^(?:the|his|her|their)\s/i.test(ref.text) || /['’]s?\s+\S+$/.test(ref.text);
        // "the senator" after a paragraph about one of two senators: that one (byRole prefers the recent person).
        const sex = ref.gender ?? ref.reportedGender ?? null;
        const the = /^the\s/i.test(ref.text);
        const kin = kinGender(ref.head);
        // "the 47-year-old said" after "… moments after Jo Doe climbed out": an age alone describes nobody but the
        // person just named (AP style gives the age on first reference or as such an epithet), subject or not.
        const aged = /^the\s+\d+-year-old$/i.test(ref.text);
        const recent = the && kin === undefined ? this.recentPerson(ref.pos, paragraph, sex, aged) : null;
        const entry =
          definite || /^(?:a|an)\s+\S+$/i.test(ref.text)
            ? this.registry.byRole(ref.head, ref.pos, recent?.who.speaker)
            : null;
        // "the aide" after "one senior aide said …": English introduces a referent with an indefinite description and
        // refers back to it with a definite one; the unnamed source it introduced, not the person the story is about,
        // nor someone named with that role before it.
        const introduced = the ? this.describedBefore(ref.head, ref.pos) : null;
        if (introduced && (!entry || introduced.pos > entry.first)) return introduced.who;
        if (entry) return { speaker: shownName(entry), role: entry.role, person: true };
        // A possessive names someone by their relation to the possessor, who is someone else ("his mother", "Jo
        // Doe's publicist" are not Jo Doe): only "the …" may stand for the person the story was just about.
        if (recent) return recent.who;
        // "the Brit", "the director" with nobody just before: the story's protagonist, whom its headline names (news
        // style names the subject in the headline and calls them by epithets after), when the sex fits.
        const lead = the && kin === undefined ? this.protagonist : null;
        const leadGender = lead ? (this.genders.get(shownName(lead)) ?? lead.gender) : null;
        if (lead && lead.first <= ref.pos && !(sex && leadGender && sex !== leadGender))
          return { speaker: shownName(lead), role: lead.role, person: true };
        // "a spokeswoman for the union said": not a name, but what a later "she" stands for.
        const gender = ref.gender ?? kin ?? null;
        const speaker = lowerArticle(ref.text);
        if (gender && !this.genders.get(speaker)) this.genders.set(speaker, gender);
        return { speaker, role: null, person: true };
      }
      default: {
        // "the agency" after "the National Cyber Resilience Agency": the organisation by its last word; "the
        // hurricane center" after "the National Hurricane Center": by its last word and the words before it.
        const words = /^the\s+((?:\p{L}+\s+){0,3}\p{L}+)$/iu.exec(ref.text)?.[1]?.toLowerCase().split(/\s+/);
        const head = words?.at(-1);
        if (ref.kind !== 'org' || !head) return { speaker: lowerArticle(ref.text), role: null, person: false };
        const named = { head, with: words?.slice(0, -1) };
        // "“…,” the company said" after "Cineworld said …": a generic word for a business stands for the business
        // that spoke last, unless another is named after it (a definite description's antecedent is the most
        // salient entity that fits it, and a speaker is salient: CoreNLP's coreference sieves).
        const spoke =
          BUSINESS_NOUNS.has(head) && !named.with?.length ? this.lastNamedOrgSpeaker(ref.pos, paragraph) : null;
        const org = spoke
          ? (this.registry.org(named, ref.pos, spoke.pos) ?? spoke.who.speaker)
          : this.registry.org(named, ref.pos);
        return { speaker: org ?? lowerArticle(ref.text), role: null, person: false };
      }
    }
  }

  /** Records that `who` spoke (or was mentioned as a sentence's subject) at `pos`. */
  record(who: Resolved, pos: number, paragraph: number, kind: 'speech' | 'mention', subject = true): void {
    this.history.push({ pos, paragraph, kind, who, gender: this.genders.get(who.speaker) ?? null, subject });
  }

  /**
   * The latest person who spoke or was a sentence's subject (with `anyMention`, or was named at all) before `pos`,
   * this paragraph or the one before.
   */
  private recentPerson(pos: number, paragraph: number, gender: Gender, anyMention = false): HistoryItem | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (paragraph - h.paragraph > 1) return null;
      if (h.pos > pos || !h.who.person || (h.kind === 'mention' && !h.subject && !anyMention)) continue;
      // An unnamed one ("a passenger") is what "the passenger" stands for (describedBefore), not "the man".
      if (/^\p{Ll}/u.test(h.who.speaker)) continue;
      const g = this.genders.get(h.who.speaker) ?? h.gender;
      if (gender && g && g !== gender) return null;
      // "the actress says" after a man named Ryan: the sex his given name suggests passes him over for the woman
      // before him (CoreNLP's coreference checks gender agreement), where nothing surer says otherwise.
      const named = this.nameGenders.get(h.who.speaker);
      if (gender && !g && named && named !== gender) continue;
      return h;
    }
    return null;
  }

  /**
   * The latest unnamed source introduced by an indefinite description with the head noun `head` ("one senior aide",
   * "a former adviser") before `pos`, however far back (within the history's reach): a story goes on calling the
   * source it did not name "the aide", where a pronoun's antecedent must be near.
   */
  private describedBefore(head: string, pos: number): HistoryItem | null {
    // The head may take a postmodifier after it: "the spokesperson" after "a spokesperson for the minister", "the
    // renter" after "a renter who lives in Shellharbour", "a person close to the senator"; or be the plural a "one
    // of" names: "the officer" after "one of the officers".
    const h = head.replace(/\W/g, '');
    const last = new RegExp(
      `^(?:(?:a|an|one|another)\\s(?:.*\\s)?${h}|(?:one|another)\\sof\\s(?:.*\\s)?${h}s)(?:\\s(?:\\p{Ll}+\\s)?(?:for|of|at|from|with|to|in|on|about|who)\\s.*)?$`,
      'iu',
    );
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i < HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (h.pos < pos && last.test(h.who.speaker)) return h;
    }
    return null;
  }

  /**
   * "“…,” asked one." after "Worried locals responded …": one of the group named last, this paragraph or the one
   * before, shown as "one of the worried locals"; nobody's when no group was named.
   */
  private oneOf(ref: SpeakerRef, paragraph: number): Resolved | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (paragraph - h.paragraph > 1) break;
      if (h.pos > ref.pos) continue;
      // "One senior Tory MP said … Another said …": another of the kind the unnamed source was.
      const kind = /^(?:one|a|an)\s+(?!of\s)(.+)$/.exec(h.who.speaker)?.[1];
      if (kind && h.kind === 'speech' && /^another$/i.test(ref.text))
        return { speaker: `another ${kind}`, role: null, person: true };
      if (h.kind !== 'mention' || h.who.person) continue;
      const head = h.who.speaker.split(' ').at(-1)?.toLowerCase() ?? '';
      if (!GROUP_NOUNS.has(head) && !isPluralPersonNoun(head)) continue;
      // Without its determiner or count: "a couple of Virginia Republicans" → "one of the Virginia Republicans".
      const group = h.who.speaker
        .replace(GROUP_COUNT, '')
        .replace(/^\p{Lu}\p{Ll}+\b/u, (w) => (isProperName(w) ? w : w.toLowerCase()));
      return { speaker: `${ref.text.toLowerCase()} of the ${group}`, role: null, person: false };
    }
    return null;
  }

  /** The latest organisation, called by its name, that spoke before `pos`, this paragraph or the six before. */
  private lastNamedOrgSpeaker(pos: number, paragraph: number): HistoryItem | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (paragraph - h.paragraph > 6) return null;
      if (h.pos < pos && h.kind === 'speech' && !h.who.person && /^\p{Lu}/u.test(h.who.speaker)) return h;
    }
    return null;
  }

  /** The most recent speaker before `pos` (any kind), if within `maxBack` paragraphs. */
  lastSpeaker(paragraph: number, maxBack: number): HistoryItem | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (paragraph - h.paragraph > maxBack) return null;
      if (h.kind === 'speech') return h;
    }
    return null;
  }

  /** The last person mentioned as a sentence subject in paragraph `paragraph`. */
  lastMentionIn(paragraph: number): HistoryItem | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= HISTORY_REACH; i--) {
      const h = this.history[i] as HistoryItem;
      if (h.paragraph < paragraph) return null;
      if (h.paragraph === paragraph && h.who.person && h.subject) return h;
    }
    return null;
  }

  /**
   * he/she → the latest compatible person among speakers and sentence subjects, then among any person named; a
   * person named earlier in the pronoun's own sentence comes first ("the case of Jo Doe, who died as he pleaded":
   * CoreNLP's pronoun sieve ranks the candidates of the pronoun's sentence before those of earlier sentences);
   * they/it → the latest speaker of any kind (it: no person), they also a group named just before.
   */
  private antecedent(pronoun: string, pos: number, paragraph: number): Resolved | null {
    const want: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    if (want === null) {
      if (pronoun !== 'they' && pronoun !== 'it') return null; // I, we, you: the writer or an unnamed narrator
      // "they" may also be a group named in its own or the previous sentence ("as protesters marched. They chanted:
      // …"): CoreNLP's pronoun sieve takes a plural mention nearby.
      const near = this.sentenceStart(this.sentenceStart(pos) - 1);
      for (let i = this.history.length - 1; i >= 0 && this.history.length - i < HISTORY_REACH; i--) {
        const h = this.history[i] as HistoryItem;
        if (paragraph - h.paragraph > 6) break;
        if (h.pos > pos) continue;
        if (h.kind === 'speech' && (pronoun === 'they' || !h.who.person)) return h.who;
        if (pronoun === 'they' && h.kind === 'mention' && !h.who.person && h.pos >= near) return h.who;
      }
      return null;
    }
    const sentence = this.sentenceStart(pos);
    // The given name's sex orders the candidates: in the pronoun's sentence, then among the subjects of its paragraph
    // and the one before, where it is overruled before anyone further back is taken (a name's sex is a guess: "Tiff
    // Macklem" is a man).
    for (const [subjectsOnly, since, byName, reach] of [
      [true, sentence, true, 6],
      [false, sentence, true, 6],
      [true, -1, true, 1],
      [true, -1, false, 1],
      [true, -1, true, 6],
      [false, -1, true, 6],
      [true, -1, false, 6],
    ] as const) {
      for (let i = this.history.length - 1; i >= 0 && this.history.length - i < HISTORY_REACH; i--) {
        const h = this.history[i] as HistoryItem;
        if (paragraph - h.paragraph > reach || h.pos < since) break;
        if (h.pos > pos || !h.who.person || (subjectsOnly && h.kind === 'mention' && !h.subject)) continue;
        if (h.who.speaker === this.turn) continue;
        const g = this.genders.get(h.who.speaker) ?? h.gender;
        if (g && g !== want) continue;
        const named = this.nameGenders.get(h.who.speaker);
        if (byName && named && named !== want) continue;
        // Learn: whoever "he" refers to is male from now on.
        if (!g) this.genders.set(h.who.speaker, want);
        return h.who;
      }
    }
    return null;
  }
}

/** Determiners and counts before a group's noun: "the", "two", "a couple of", "dozens of". */
const GROUP_COUNT =
  /^(?:(?:the|a|an|some|many|several|few|two|three|four|five|six|\d+|(?:a\s+)?(?:couple|group|handful|number|pair|dozen|few)\s+of|(?:dozens|hundreds|thousands)\s+of)\s+)+/i;

/** "the US president", "the U.S. vice-president": the offices office-holders.json lists, named by the country. */
const US_OFFICE = /^the\s+(?:US|U\.S\.|American|United\s+States)\s+(president|vice[- ]president)$/i;

export const lowerArticle = (s: string): string =>
  s.replace(/^(?:The|A|An|His|Her|Their|One|Another)\b/, (m) => m.toLowerCase());
