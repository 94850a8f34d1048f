// Capitalised words that are not names of anything in particular: sentence openers, titles, calendar
// words, nationality adjectives, and acronyms of the trade.

const GENERIC_LIST = `a about after again against all also although an and another any are as at because before being both but by can could
despite did do does during each either even every few first for from further had has have having he her here hers him his how however
i if in instead into is it its just last later like many meanwhile more most much my neither next no nor not now of on once one only or
other our out over own perhaps rather same second several she should since so some still such than that the their them then there these
they third this those though through thus to today too under unlike until up upon us very was we were what when where whether which
while who whom whose why will with within without would yet you your yesterday tomorrow
ceo cfo cto coo cmo ceos chief executive executives president vice chairman chairwoman chair founder cofounder co-founder director
manager head senior junior analyst analysts officer officials official spokesperson spokesman spokeswoman secretary minister senator
governor mayor judge professor dr mr mrs ms sir lord lady king queen prince general reporter editor staff
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
ai agi api apis ar vr gpu gpus cpu cpus llm llms ipo ipos gdp saas pc pcs tv it hr pr ceo m&a esg r&d q1 q2 q3 q4 h1 h2 ev evs
american british chinese european french german indian italian japanese korean russian spanish canadian australian israeli
african asian brazilian mexican dutch swiss swedish irish english scottish welsh arab western eastern northern southern global
inc corp ltd llc co plc calif mass wash fla conn ariz colo mich minn tenn nev ore wis d.c n.y
reports report employees investors shareholders customers users people company companies government news update updated
breaking exclusive opinion analysis read more share subscribe sign photo video watch listen`;


// Nationality adjectives stay inside a name ("European Commission") but are no name alone.
const DEMONYM_LIST = `american british chinese european french german indian italian japanese korean russian spanish canadian australian israeli
  african asian brazilian mexican dutch swiss swedish irish english scottish welsh arab ukrainian iranian palestinian syrian iraqi afghan
  pakistani saudi turkish egyptian nigerian kenyan ethiopian polish greek portuguese belgian austrian danish norwegian finnish czech
  hungarian romanian vietnamese thai indonesian filipino malaysian singaporean taiwanese argentine argentinian chilean colombian peruvian
  venezuelan cuban haitian emirati qatari lebanese jordanian moroccan algerian tunisian libyan sudanese somali south korean north korean
  latino hispanic western eastern asian-american african-american republican republicans democrat democrats democratic conservative
  conservatives liberal liberals labour tory tories socialist socialists communist communists muslim muslims christian christians jewish
  catholic catholics protestant buddhist hindu sikh`;

/** Nationality and party words, singular or plural: "Ukrainians", "Democrats". */
export const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_LIST.split(/\s+/).flatMap((w) => [w, `${w}s`]));

// Titles that precede a person's name and split a run: "Salesforce CEO Marc Benioff".
const TITLE_LIST = `ceo cfo cto coo chief executive president chairman chairwoman chair founder co-founder cofounder director senator governor mayor
  judge professor dr mr mrs ms sir secretary minister analyst spokesperson spokesman spokeswoman rep sen gov gen lt col ambassador former
  adviser advisor attorney lawyer commissioner chancellor premier speaker leader deputy counsel aide envoy lieutenant sergeant captain
  detective coach pastor rabbi bishop pope cardinal economist strategist investor partner editor reporter columnist`;

export const PERSON_TITLES: ReadonlySet<string> = new Set(TITLE_LIST.split(/\s+/));

export const GENERIC_WORDS: ReadonlySet<string> = new Set([...GENERIC_LIST.split(/\s+/), ...DEMONYM_LIST.split(/\s+/).flatMap((w) => [w, `${w}s`]), ...TITLE_LIST.split(/\s+/)]);

// Words that may begin or end a name ("Black Friday", "Red Hat") but are no name alone.
export const NOT_ALONE: ReadonlySet<string> = new Set(
  (`black white red blue green yellow orange purple pink grey gray silver gold brown christmas easter thanksgiving halloween ramadan
  diwali hanukkah eid series round phase chapter section article act page figure table north south east west
  ghz mhz gb tb mb kb kwh mwh gwh mw gw mph km`).split(/\s+/),
);
