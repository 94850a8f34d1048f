// Widely known companies, regulators, exchanges and media organisations, lower case. A seed, not a
// limit: unknown names are typed by their shape and context.
const COMPANIES = `accenture activision adobe airbnb alibaba alphabet amazon amd anthropic apple arm asml at&t atlassian baidu
barclays bbc bloomberg blackrock boeing bp broadcom bytedance canva capgemini cbs cisco citigroup citi cloudflare cnbc cnn cohere
coinbase comcast databricks dell deloitte deepmind disney doordash dropbox ebay ericsson exxon facebook fedex ferrari figma fox foxconn
goldman google hsbc huawei hp ibm inflection infosys instacart intel intuit jpmorgan klarna kpmg linkedin lyft mastercard mcdonald's
meta microsoft mistral moderna motorola mozilla nasdaq netflix nike nintendo nokia nvidia nyse okta openai oracle palantir
paypal pepsico perplexity pfizer philips pinterest qualcomm reddit reuters revolut robinhood roblox salesforce samsung sap servicenow
shell shopify siemens slack snap snowflake softbank sony splunk spotify square stripe tencent tesla tiktok toyota twitter uber unilever
verizon visa vmware volkswagen walmart workday xai xiaomi yahoo youtube zoom`;

const MULTI_WORD = ['general motors', 'general electric', 'morgan stanley', 'goldman sachs', 'bank of america', 'wells fargo',
  'deutsche bank', 'jpmorgan chase', 'new york times', 'wall street journal', 'financial times', 'associated press', 'world economic forum',
  'european union', 'federal reserve', 'federal trade commission', 'white house', 'united nations', 'world bank', 'world health organization'];

// Acronyms of well-known bodies; an unknown acronym ("SUV", "HVAC") is no organisation by itself.
const ACRONYMS = `ftc sec fcc epa fda doj nasa nato eu un who imf opec fbi cia nsa irs faa cftc ecb boj pboc oecd wto wef ap afp bbc cnn cnbc npr abc
nbc cbs hbo ibm amd tsmc sap hp ge gm bmw kpmg ey pwc ubs bnp aig lvmh ntt kddi sk lg tcl byd saic nio ups dhl ftse nyse nasdaq cma ofcom ico
acm ieee mit ucla nyu lse`;

export const COMPANY_SET: ReadonlySet<string> = new Set([...COMPANIES.split(/\s+/), ...MULTI_WORD, ...ACRONYMS.split(/\s+/)]);

// Last words that make a capitalised phrase an organisation: "Duo Security", "Justice Department".
export const ORG_SUFFIX = new Set(
  (`inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc ag sa se nv gmbh group holdings holding partners capital ventures
  bank bancorp financial securities labs laboratories technologies technology tech systems software networks network security solutions
  communications media entertainment pharmaceuticals therapeutics motors airlines airways energy industries international global
  association authority commission committee council department ministry agency bureau administration office board court institute
  university college foundation fund exchange reserve union federation party parliament senate congress times post journal news press
  studios games interactive robotics semiconductor semiconductors devices electronics ai research cloud analytics consulting
  advisors associates mobility logistics biosciences biotech health healthcare insurance investments management markets pharma brands
  foods retail telecom wireless aerospace automotive batteries power solar mining petroleum chemicals steel dynamics
  computer computers corps brothers mutual workers courts alliance coalition society league organization organisation trust motor
  airline bancshares bankshares partnership asset investment services`).split(/\s+/),
);

// Legal forms: a name ends on them, so a given name after one starts a new name ("Kestrel Ltd Anna Berg").
export const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'se', 'nv', 'gmbh', 'spa', 'bv', 'ab', 'asa', 'oyj', 'kk']);

// Heads of bodies named with "for": "Center for Countering X", "State Administration for Market Regulation".
export const FOR_HEADS = new Set(
  (`center centre alliance federation administration institute council committee commission coalition foundation society association
  department office agency bureau court fund campaign partnership union league organization organisation network project initiative
  school college university academy ministry secretary`).split(/\s+/),
);

// Heads generic enough that the head alone, after its first mention, names the same body ("the Commission").
export const GENERIC_HEADS = new Set(['commission', 'authority', 'department', 'agency', 'ministry', 'board', 'committee', 'council', 'exchange', 'court', 'bureau', 'senate', 'parliament', 'congress', 'project', 'initiative', 'program', 'programme', 'fund']);

// Lower-case nouns that, just before a name, say the name is an organisation: "the design startup Figma".
export const ORG_CUES = new Set(
  (`company companies firm startup start-up maker provider developer publisher rival competitor giant conglomerate bank lender insurer
  retailer carrier operator chipmaker automaker manufacturer supplier vendor platform exchange regulator agency watchdog investor
  investors acquirer buyer owner subsidiary unit parent brand outlet network broadcaster newspaper fund lab group specialist
  deal partnership stake acquired acquire bought sued`).split(/\s+/),
);
