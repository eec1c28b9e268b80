// Every word list of the mentions stage (people, organisations, places, documents) and of quote attribution, each
// in this one place with its source: general English (WordNet's classes, closed grammatical classes), news style
// (AP Stylebook) and general knowledge (ISO 3166 country names), nothing taken from any particular article. All
// entries are lower-case; tokens are compared by their lower-cased bare form.

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Source: the Gregorian calendar's English names. */
export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');
/** Source: English nouns for the parts of a day, which follow a weekday ("Tuesday night"). */
export const PARTS_OF_DAY = words('morning afternoon evening night');
export const MONTHS = words('january february march april may june july august september october november december');
/** Source: AP Stylebook month abbreviations. A month or a day ends a name: "Acme Corp Monday". */
export const CALENDAR_WORDS = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...words('jan feb mar apr jun jul aug sep sept oct nov dec'),
]);

/**
 * Source: WordNet's verbs of communication that news attribution uses (AP Stylebook: "said" and its variants).
 * Verbs that attribute speech or writing: "X said", "said X", "the statement reads", "X called it “…”".
 * Present forms that are mostly nouns (report, note, post, claim, state) are left out: "the report says".
 * "retort" is WordNet 3.1's "answer back", a hyponym of "answer, reply, respond" (00818014); "cried" is in WordNet's
 * synset of "shout", "yell" and "scream" ("utter aloud"), which the list has in every form. "texted" and "emailed" are WordNet's
 * "text" ("send a text message") and "email" ("communicate electronically"), verbs of communication as "tweeted" is;
 * "e-mailed" is the spelling the AP Stylebook used until 2011.
 */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told add adds added declare declares declared write writes wrote stated explain
  explains explained noted ask asks asked replied responds responded continued insist insists insisted argue argues
  argued warn warns warned claimed remarked recalls recalled acknowledge acknowledges acknowledged admit admits
  admitted announce announces announced observed suggest suggests suggested stressed emphasized emphasised tweeted
  posted read reads concluded cautioned complained conceded confirmed countered joked predicted promised reiterated
  shouted urged vowed whispered yelled maintained mused quipped testified agreed boasted lamented pleaded protested
  exclaimed recounted wondered demanded answered asserted alleged described called branded labelled labeled termed
  describes calls brands labels terms describing calling accuse accuses accused commented retorted retorts cried
  texted emailed e-mailed shout shouts shouting yell yells yelling scream screams screamed screaming continues observes emphasizes emphasises concludes
  cautions complains concedes confirms predicts reiterates urges whispers maintains muses testifies agrees boasts laments
  pleads exclaims recounts asserts alleges`);

/**
 * Source: English auxiliaries (a closed class) and common sentence adverbs. Auxiliaries and adverbs that may sit
 * between a subject and its speech verb ("Smith has also said").
 */
export const AUX_ADVERBS = words(`
  instead has have had was were is are will would could should may might must did does do also later then earlier once
  again further previously recently separately subsequently still already often repeatedly first last simply
  reportedly publicly privately quickly flatly since`);

/**
 * Source: forms of "be" and "get" (English passive auxiliaries). Words that make a preceding speech verb passive: "was
 * asked", "being told".
 */
export const PASSIVE_MARKERS = words('was were is are be been being get gets got');

/** Source: English personal pronouns, subject forms (a closed class). */
export const PRONOUNS = words('he she they we i you it');

/** Source: English determiners and small numerals (a closed class). */
export const DETERMINERS = words(`
  a an the this that these those his her its their our my your one another each every some several two three four
  five six many other`);

/** Source: English grammar. The determiners that introduce someone not yet named: "a source", "one official". */
export const INDEFINITE_DETERMINERS = words('a an one another');

/** Source: English quantifiers and predeterminers (a closed class): "All", "Both", "More" open no name. */
export const QUANTIFIERS = words(
  'all both each every either neither few many more most much several some such no any enough half only',
);

/**
 * Source: English prepositions heading postmodifiers. Lower-case words that can join the parts of a noun phrase: "a
 * spokesperson for the ministry".
 */
export const NP_CONNECTORS = words('of for from at');

/** Source: English function words (closed classes). Words that can never be part of a speaker's noun phrase. */
export const FUNCTION_WORDS = words(`
  and or but nor that which who whom whose when where while as if because than so yet not no nor to by with in on
  into onto over under after before since until during about against between without within through around
  across along amid
  is are was were be been being has have had do does did will would could should may might must can
  also later then earlier once again further previously recently still already even just only very
  there here it he she they we i you him them us me
  what whatever whoever whomever whichever wherever whenever however why how`);

/** Source: courtesy titles (AP Stylebook, Debrett's). Titles of address: dropped from names, and they tell gender. */
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

/** Source: AP Stylebook job titles, written lower case before a name ("economist Jane Roe", "mayor Jo Bell"). */
export const ROLE_NOUNS = words(`
  spokesperson spokesman spokeswoman official economist analyst minister president governor secretary director
  chairman chairwoman chief head leader founder commander ambassador envoy adviser advisor aide negotiator
  correspondent reporter researcher professor scientist lawyer attorney judge officer candidate
  executive manager mayor senator lawmaker mp activist chancellor treasurer ceo cfo`);
/**
 * Source: WordNet nouns for persons by occupation and position, and US/UK titles. Nouns naming a position or
 * occupation, the job titles above included: "spokesperson", "Prime Minister", "mayor", "king", "nurse".
 */
export const ROLE_WORDS = new Set([
  ...ROLE_NOUNS,
  ...words(`
  president-elect vice-president secretary-general gov sen sens representative rep reps congressman congresswoman legislator
  councilman councilwoman councillor councilor alderman director-general coo cto chair chairperson co-chair
  general gen commissioner justice prosecutor member co-founder owner coach captain diplomat king queen prince
  princess pope bishop archbishop cardinal rabbi imam pastor priest doctor physician nurse surgeon author editor
  journalist campaigner teacher principal superintendent sheriff detective inspector constable sergeant sgt
  lieutenant lt colonel col major admiral marshal deputy premier speaker auditor counsel partner nominee fellow
  administrator coordinator strategist pollster historian expert specialist consultant mep regulator trustee dean
  provost rector engineer pilot chairs president's hydrologist epidemiologist meteorologist climatologist
  geologist biologist virologist psychologist sociologist spokespeople organiser organizer protester protestor
  resident witness student voter survivor victim commuter parent mother father fan farmer worker employee
  volunteer neighbor neighbour shopkeeper spokesperson's chef artist singer actor actress musician writer novelist
  producer player striker goalkeeper midfielder defender forward quarterback pitcher driver rider athlete champion
  forester ranger warden firefighter trooper coroner clerk comptroller sheikh sheik emir sultan capt`),
]);

/**
 * Source: adjectives of office in AP style ("former", "acting"). Lower-case words that may qualify a role before a
 * name: "former President X", "top diplomat X".
 */
export const ROLE_MODIFIERS = words(`
  former deputy senior acting chief interim top vice assistant associate executive general junior then outgoing
  incoming foreign prime lead principal managing`);

/**
 * Source: WordNet nouns for social groups and institutions, and company suffixes. Words that mark a noun phrase as an
 * organisation rather than a person ("Halden Property Group", "the ministry").
 */
export const ORG_WORDS = words(`
  department ministry agency office council commission committee union party government police army navy military
  court bank company corporation corp inc ltd llc plc group university college school institute association
  federation organization organisation service services system systems mechanism authority authorities board house
  kremlin pentagon parliament congress senate assembly foundation fund reserve network news times post press tribune
  journal economics consultancy force forces guard command administration secretariat bureau treasury embassy
  consulate church club league team airlines airways railways firm campaign coalition alliance front movement
  cabinet presidency palace municipality hospital hospitals infirmary clinic school trust charity providers unions
  center centre newspaper broadcaster channel magazine wire media agency's chamber holdings partners capital logistics motors foods
  industries technologies labs pharmaceuticals society cooperative co-operative forum academy collective studios
  enterprises ventures investments properties ferries shipping lines energy utilities
  airport airfield stadium arena museum prison jail courthouse cathedral airline tribe country nation hotel motel
  casino resort tower towers`);

/**
 * Source: WordNet nouns for written communication and legal documents. Documents that can "say" or "read": the speaker
 * of "“…,” the statement reads".
 */
export const DOC_WORDS = withPlurals(
  words(`
  statement report letter memo memorandum filing complaint lawsuit indictment ruling judgment judgement verdict
  decision document email e-mail message tweet note notice release announcement communique communiqué declaration
  resolution study survey paper analysis review assessment summary transcript affidavit motion petition warrant
  bill proposal agreement treaty accord policy guidance manifesto editorial citation charter constitution text
  readout pamphlet leaflet brochure booklet flyer flier handbill`),
);

/**
 * Source: plural WordNet person nouns news writes as collective sources, and "locals" (Merriam-Webster, "local",
 * noun: a local person; WordNet lacks that sense). Plural nouns for groups of people that speak collectively:
 * "officials said", "police said".
 */
export const GROUP_NOUNS = words(`
  locals officials residents witnesses experts analysts critics sources police prosecutors investigators authorities
  lawmakers protesters activists doctors scientists researchers organizers organisers voters neighbors neighbours
  employees workers members leaders diplomats observers economists organizers supporters opponents families
  parents students teachers nurses officers people`);

/**
 * Source: English function words, ordinals, cardinal number words, indefinite pronouns, days and months. Capitalised words that start
 * sentences or headlines without naming anyone.
 */
export const STOP_CAPS = new Set([
  ...words(`
  the a an in on at but and or for with after before when while if as this that these those his her their its our
  we he she they it i there here yet so meanwhile however still also now then last next earlier later some many
  most according among during since until despite although though because what who why how where which asked
  speaking today yesterday tomorrow my your both each every all no not one two three several other another such
  even just only by from to of into about over under once first second third four five six seven eight nine ten
  new more than few moreover nobody
  everybody anybody somebody everyone anyone someone none nothing everything something anything
  eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
  seventy eighty ninety hundred hundreds thousand thousands dozen dozens`),
  // English auxiliary and modal verbs (a closed class), which open questions ("Is Trump's worldview …?"); not "will"
  // and "may", which are also given names ("Will Smith", "May Lee").
  ...words('is are was were am be been do does did has have had can could would should shall might must'),
  // Prepositions and correlative conjunctions (closed classes) that open sentences: "Like Corker, …", "Neither X nor Y".
  ...words('like unlike neither either nor per'),
  // AP style's month abbreviations ("Dec. 7"); not "Jan", also a given name.
  ...words('feb mar apr aug sep sept oct nov dec'),
  ...WEEKDAYS,
  // "May" is also a surname ("Theresa May"); the month is told by the date annotator.
  ...[...MONTHS].filter((m) => m !== 'may'),
]);

/**
 * Source: English deictic time words and days. Time words that end a speaker phrase after the verb: "said Smith
 * yesterday".
 */
export const TIME_WORDS = new Set([
  ...words(
    'today yesterday tomorrow tonight earlier later recently last this next on in at during after before when while',
  ),
  ...WEEKDAYS,
]);

/**
 * Source: nobiliary and patronymic particles (Chicago Manual of Style 8.5). Name particles: "Ursula von der Leyen",
 * "Mohammed bin Salman".
 */
export const NAME_PARTICLES = words('de da di du del della la le van von der den ter ten bin ibn al el dos das y');

/**
 * Source: English spatial prepositions. Prepositions of place: a name right after one is a place or a venue, never a
 * person ("a speech in San Jose").
 */
export const PLACE_PREPOSITIONS = words('in near across throughout outside inside');

/**
 * Source: English prepositions. Common English prepositions (a closed class): a name right after one is an object, not
 * the clause's subject.
 */
export const PREPOSITIONS = words(`
  in on at by for from with without to into onto of about against among between through during after before since
  until near across throughout outside inside under over behind beyond like including alongside toward towards as`);

/** Source: AP Stylebook abbreviated titles. Written short with a stop that does not end the name ("Sen. Ann Roe"). */
export const ABBREVIATED_TITLES = words(
  'mr mrs ms dr prof sen sens rep reps gov gen lt col capt sgt rev hon det insp supt st',
);

/**
 * Source: AP Stylebook, "titles" and "military titles": the word each abbreviated title before a name stands for, so
 * that "the governor" later is the "Gov. Mike Pence" the story introduced.
 */
export const TITLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['sens', 'senator'],
  ['rep', 'representative'],
  ['reps', 'representative'],
  ['gen', 'general'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['capt', 'captain'],
  ['sgt', 'sergeant'],
  ['det', 'detective'],
  ['insp', 'inspector'],
  ['supt', 'superintendent'],
  ['prof', 'professor'],
]);

/** Source: AP Stylebook company abbreviations, written with a stop ("Acme Corp."). */
export const COMPANY_ABBREVIATIONS = words('inc co corp ltd bros');

/** Source: WordNet nouns for geographic features, buildings and thoroughfares. Words that make a name a place. */
export const PLACE_WORDS = words(`
  mountains mountain sea ocean river lake island islands valley bay gulf coast strait peninsula desert province
  state county city town village region district square street avenue park airport port canal republic kingdom
  emirates center centre hall stadium arena library station church cathedral mosque temple museum bridge road lane
  highway motorway market mall terminal harbour harbor pier wharf beach forest hill hills heights plaza campus
  point cape headland reef shoal sound basin plain plains plateau canyon creek glacier delta lagoon prairie ridge
  marsh`);

/** Source: English place-name generics that come first ("River Osse", "Mount Keller"). */
export const PLACE_FIRST_WORDS = words('river lake loch mount mt cape fort port isle');

/**
 * Source: Levin (1993), English Verb Classes, class 37.2 ("tell" verbs): the noun phrase after them is whom the words
 * were told ("…, Jo Doe told Israel Radio"), never an inverted speaker.
 */
export const TELL_VERBS = words(
  'tell tells told ask asks asked inform informs informed advise advises advised notify notifies notified warn warns warned assure assures assured remind reminds reminded instruct instructs instructed',
);

/** Source: common English initialisms that name no one ("GDP", "CEO"). */
export const NON_NAME_ACRONYMS = words(
  'asap gdp gnp cpi ceo cfo coo tv pm am ai covid hiv aids dna rna ok phd vip suv lgbt lgbtq faq diy id pc usb gmt utc',
);

/** Source: abbreviations of international bodies and wire services (general knowledge). */
export const ORG_ABBREVIATIONS = words(`
  un eu nato who imf ecb opec wto fbi cia nasa bbc cnn ap afp reuters ifrc icrc unicef unesco unhcr iaea fifa ioc
  oecd asean g7 g20 brics fed`);

/** Source: ISO 3166 short forms written as initials. */
export const PLACE_ABBREVIATIONS = words('us usa uk uae drc');

/** Source: ISO 3166 country names (one word each), the continents and large regions. */
export const PLACES = words(`
  afghanistan albania algeria andorra angola antigua argentina australia austria bahamas bahrain
  barbuda herzegovina macedonia korea trinidad tobago nevis timor
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
  burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia czech denmark
  djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
  ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
  israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
  liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
  mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
  netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
  portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
  sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
  tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe england scotland wales
  africa asia europe america antarctica oceania arctic caribbean balkans scandinavia gaza crimea siberia`);

/**
 * Source: ISO 3166 country names of several words, compass regions and world cities whose words are not places alone.
 */
export const PLACE_PHRASES =
  /^(?:(?:North|South|East|West|Central|Eastern|Western|Northern|Southern)\s+\p{Lu}\p{L}+|United States|United Kingdom|Middle East|Soviet Union|Hong Kong|New Zealand|Saudi Arabia|Sri Lanka|South Africa|New York|Los Angeles|San Francisco|Costa Rica|El Salvador|Sierra Leone|San Marino|Burkina Faso|Cabo Verde|Cape Verde|Ivory Coast|Papua New Guinea|Dominican Republic|Central African Republic|Marshall Islands|Solomon Islands|Vatican City)$/u;

/** Source: ship prefixes (Lloyd's Register usage). "MV Aldora Bay" is a vessel whatever its last word. */
export const VESSEL_PREFIXES = new Set(['MV', 'MS', 'SS', 'HMS', 'RMS', 'USS', 'MT', 'FV']);

/** Source: WordNet's kinship nouns, by sex where the word tells it. */
export const FEMALE_KIN = words(
  'wife widow mother daughter sister grandmother granddaughter aunt niece fiancee fiancée girlfriend stepmother stepdaughter',
);
export const MALE_KIN = words(
  'husband widower father son brother grandfather grandson uncle nephew fiance fiancé boyfriend stepfather stepson',
);

/** Source: WordNet hyponyms of "business"/"company" news uses for a named firm. "The company" after a firm's name. */
export const BUSINESS_NOUNS = words(
  'company firm business manufacturer maker carmaker automaker supplier retailer chain operator developer insurer lender',
);
/**
 * Source: company-name suffixes and industry words (general business usage): "Hexcell Energy Systems", "Norvane
 * Motors".
 */
export const BUSINESS_NAME_ENDS = words(`
  company corporation corp inc ltd llc plc group holdings systems motors foods industries technologies labs
  pharmaceuticals enterprises ventures investments properties logistics airlines airways`);

/** Source: participles that are part of English job titles ("acting mayor", "chief operating officer"). */
export const TITLE_PARTICIPLES = words(
  'acting managing operating presiding ruling governing founding visiting outgoing incoming retiring leading reigning sitting serving',
);

/** Source: WordNet verbs of leading and managing. "X, who chairs the board," tells X's post. */
export const OFFICE_VERBS = words(
  'chairs leads heads runs founded co-founded owns directs manages represents coaches captains edits',
);

/**
 * Source: WordNet noun.communication hyponyms of "message" and "statement". What someone says, as the subject before a
 * colon: "Her message was simple: “…”", "His reply: “…”" give the quote to the possessor.
 */
export const UTTERANCE_NOUNS = words(`
  message reply response answer advice verdict words comment comments warning plea argument explanation view
  retort instruction instructions order orders`);

/**
 * Source: AP Stylebook, "Jr., Sr." (part of the name, no comma), "Junior" spelt out ("Fred Trump Junior"; "Senior"
 * more often opens a title: "Senior Vice President"), and the Roman numerals of generational names.
 */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'junior', 'ii', 'iii', 'iv']);

/**
 * Source: Debrett's, post-nominal letters (counsel, parliament, the orders of chivalry): written after a name in
 * British copy ("Chris Daw QC", "Jo Doe MP"), they are no part of the name.
 */
export const POST_NOMINALS = new Set(['qc', 'kc', 'mp', 'msp', 'obe', 'mbe', 'cbe', 'kbe', 'dbe']);

/** The words and their regular English plurals ("papers", "documents", "analyses" aside): "the documents said". */
function withPlurals(singulars: Set<string>): Set<string> {
  const plural = (w: string): string =>
    /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  return new Set([...singulars, ...[...singulars].map(plural)]);
}

/**
 * Source: the Arabic definite article and its sun-letter forms as romanised names write them, joined by a hyphen and
 * in lower case (AP style: "al-Bashir", "Nur el-Din"). Group 1 is the name after it.
 */
export const ARABIC_ARTICLE = /^(?:al|el|ad|ed|as|es|ash|at|az|an|ar|ud|ul)-(\p{Lu}\p{Ll}.*)$/u;
