// Word lists for quote attribution: general English and news-writing conventions only, nothing taken from
// any particular article. All entries are lower-case; tokens are compared by their lower-cased bare form.

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Verbs that attribute speech or writing: "X said", "said X", "the statement reads", "X called it “…”".
 * Present forms that are mostly nouns (report, note, post, claim, state) are left out: "the report says".
 */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told add adds added declare declares declared write writes wrote stated explain
  explains explained noted ask asks asked replied responds responded continued insist insists insisted argue argues
  argued warn warns warned claimed remarked recalls recalled acknowledge acknowledges acknowledged admit admits
  admitted announce announces announced observed suggest suggests suggested stressed emphasized emphasised tweeted
  posted read reads concluded cautioned complained conceded confirmed countered joked predicted promised reiterated
  shouted urged vowed whispered yelled maintained mused quipped testified agreed boasted lamented pleaded protested
  exclaimed recounted wondered demanded answered asserted alleged described called branded labelled labeled termed
  describes calls brands labels terms describing calling`);

/** Auxiliaries and adverbs that may sit between a subject and its speech verb ("Smith has also said"). */
export const AUX_ADVERBS = words(`
  instead has have had was were is are will would could should may might must did does do also later then earlier once
  again further previously recently separately subsequently still already often repeatedly first last simply
  reportedly publicly privately quickly flatly since`);

/** Words that make a preceding speech verb passive: "was asked", "being told". */
export const PASSIVE_MARKERS = words('was were is are be been being get gets got');

export const PRONOUNS = words('he she they we i you it');

export const DETERMINERS = words(`
  a an the this that these those his her its their our my your one another each every some several two three four
  five six many other`);

/** Lower-case words that can join the parts of a noun phrase: "a spokesperson for the ministry". */
export const NP_CONNECTORS = words('of for from at');

/** Words that can never be part of a speaker's noun phrase. */
export const FUNCTION_WORDS = words(`
  and or but nor that which who whom whose when where while as if because than so yet not no nor to by with in on
  into onto over under after before since until during about against between without within through
  is are was were be been being has have had do does did will would could should may might must can
  also later then earlier once again further previously recently still already even just only very
  there here it he she they we i you him them us me`);

/** Titles of address: dropped from names, and they tell gender. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['mx', null],
  ['dr', null],
  ['prof', null],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
  ['rev', null],
]);

/** Nouns naming a position or occupation: "spokesperson", "Prime Minister", "mayor". */
export const ROLE_WORDS = words(`
  president president-elect vice-president minister secretary secretary-general spokesperson spokesman spokeswoman
  chancellor governor gov senator sen representative rep congressman congresswoman lawmaker legislator mayor
  councilman councilwoman councillor councilor alderman director director-general chief executive ceo cfo coo cto
  chair chairman chairwoman chairperson co-chair head leader commander general gen ambassador envoy official
  officer commissioner analyst professor researcher economist lawyer attorney judge justice prosecutor member
  founder co-founder owner manager coach captain adviser advisor aide diplomat negotiator king queen prince
  princess pope bishop archbishop cardinal rabbi imam pastor priest doctor physician nurse surgeon scientist author
  editor reporter correspondent journalist activist campaigner teacher principal superintendent sheriff detective
  inspector constable sergeant sgt lieutenant lt colonel col major admiral marshal deputy premier speaker treasurer
  auditor counsel partner candidate nominee fellow administrator coordinator strategist pollster historian expert
  specialist consultant mp mep regulator trustee dean provost rector engineer pilot economist chairs president's
  hydrologist epidemiologist meteorologist climatologist geologist biologist virologist psychologist
  sociologist spokespeople organiser organizer protester protestor resident witness student voter survivor victim
  commuter parent mother father fan farmer worker employee volunteer neighbor neighbour shopkeeper spokesperson's
  chef artist singer actor actress musician writer novelist director producer player striker goalkeeper midfielder
  defender forward quarterback pitcher driver rider athlete champion forester ranger warden firefighter trooper
  coroner clerk comptroller`);

/** Lower-case words that may qualify a role before a name: "former President X", "top diplomat X". */
export const ROLE_MODIFIERS = words(`
  former deputy senior acting chief interim top vice assistant associate executive general junior then outgoing
  incoming foreign prime lead principal managing`);

/** Words that mark a noun phrase as an organisation rather than a person ("Halden Property Group", "the ministry"). */
export const ORG_WORDS = words(`
  department ministry agency office council commission committee union party government police army navy military
  court bank company corporation corp inc ltd llc plc group university college school institute association
  federation organization organisation service services system systems mechanism authority authorities board house
  kremlin pentagon parliament congress senate assembly foundation fund reserve network news times post press tribune
  journal economics consultancy force forces guard command administration secretariat bureau treasury embassy
  consulate church club league team airlines airways railways firm campaign coalition alliance front movement
  cabinet presidency palace municipality hospital hospitals infirmary clinic school trust charity providers unions
  newspaper broadcaster channel magazine wire media agency's chamber holdings partners capital logistics motors foods
  industries technologies labs pharmaceuticals society cooperative co-operative forum academy collective studios
  enterprises ventures investments properties ferries shipping lines energy utilities
  airport airfield stadium arena museum prison jail courthouse cathedral airline tribe country nation`);

/** Documents that can "say" or "read": the speaker of "“…,” the statement reads". */
export const DOC_WORDS = words(`
  statement report letter memo memorandum filing complaint lawsuit indictment ruling judgment judgement verdict
  decision document email e-mail message tweet note notice release announcement communique communiqué declaration
  resolution study survey paper analysis review assessment summary transcript affidavit motion petition warrant
  bill proposal agreement treaty accord policy guidance manifesto editorial citation charter constitution text
  readout`);

/** Plural nouns for groups of people that speak collectively: "officials said", "police said". */
export const GROUP_NOUNS = words(`
  officials residents witnesses experts analysts critics sources police prosecutors investigators authorities
  lawmakers protesters activists doctors scientists researchers organizers organisers voters neighbors neighbours
  employees workers members leaders diplomats observers economists organizers supporters opponents families
  parents students teachers nurses officers people`);

/** Capitalised words that start sentences or headlines without naming anyone. */
export const STOP_CAPS = words(`
  the a an in on at but and or for with after before when while if as this that these those his her their its our
  we he she they it i there here yet so meanwhile however still also now then last next earlier later some many
  most according among during since until despite although though because what who why how where which asked
  speaking today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march
  april june july august september october november december my your both each every all no not one two three
  several other another such even just only by from to of into about over under once first new more than`);

/** Time words that end a speaker phrase after the verb: "said Smith yesterday". */
export const TIME_WORDS = words(`
  today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday earlier later recently
  last this next on in at during after before when while`);

/** Name particles: "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_PARTICLES = words('de da di du del della la le van von der den ter ten bin ibn al el dos das y');

/** Prepositions of place: a name right after one is a place or a venue, never a person ("a speech in San Jose"). */
export const PLACE_PREPOSITIONS = words('in near across throughout outside inside');

/** Common English prepositions (a closed class): a name right after one is an object, not the clause's subject. */
export const PREPOSITIONS = words(`
  in on at by for from with without to into onto of about against among between through during after before since
  until near across throughout outside inside under over behind beyond like including alongside toward towards`);
