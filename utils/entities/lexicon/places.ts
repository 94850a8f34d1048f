// Widely known places: countries, regions, US states, large and newsworthy cities. Lower case.
const PLACES = `afghanistan africa alabama alaska albania algeria america americas amsterdam andorra angola antarctica argentina arizona
arkansas armenia asia atlanta auckland austin australia austria azerbaijan bahrain bangalore bangkok bangladesh barcelona beijing
beirut belarus belgium bengaluru berlin bhutan bogota bolivia bombay bosnia boston brazil brisbane britain brooklyn brussels bucharest
budapest buenos aires bulgaria cairo calgary california cambodia cambridge cameroon canada canberra cape town caracas chicago chile china
cleveland colombia colorado connecticut copenhagen croatia cuba cupertino cyprus czechia dallas davos delaware delhi denmark denver
detroit dhaka dubai dublin ecuador edinburgh egypt england estonia ethiopia europe finland florida france frankfurt geneva georgia
germany ghana glasgow greece guangzhou hamburg hanoi hawaii helsinki hong kong houston hungary iceland idaho illinois india indiana
indonesia iowa iran iraq ireland israel istanbul italy jakarta jamaica japan jerusalem johannesburg jordan kansas kazakhstan kentucky
kenya kuwait kyiv lagos las vegas latvia lebanon libya lisbon lithuania london los angeles louisiana luxembourg madrid maine malaysia
manchester manhattan manila maryland massachusetts melbourne mexico miami michigan milan minnesota mississippi missouri monaco mongolia
montana montreal morocco moscow mumbai munich myanmar nairobi nebraska nepal netherlands nevada new delhi new hampshire new jersey new mexico
new york new zealand nigeria north carolina north dakota north korea norway ohio oklahoma oman ontario oregon osaka oslo ottawa pakistan
palo alto panama paris pennsylvania peru philadelphia philippines phoenix poland portugal prague puerto rico qatar quebec redmond rhode island
riyadh rome russia rwanda san diego san francisco san jose santa clara santiago sao paulo saudi arabia scotland seattle senegal seoul serbia
shanghai shenzhen silicon valley singapore slovakia slovenia somalia south africa south carolina south dakota south korea spain sri lanka
stockholm sudan sunnyvale sweden switzerland sydney syria taipei taiwan tanzania tehran tel aviv tennessee texas thailand tokyo toronto
tunisia turkey uganda ukraine united arab emirates united kingdom united states uruguay utah uzbekistan vancouver venezuela vermont vienna
vietnam virginia wales warsaw washington west virginia wisconsin wyoming yemen zambia zimbabwe zurich
rotterdam antwerp lyon marseille turin naples porto seville valencia bilbao krakow gdansk prague brno bratislava ljubljana zagreb
belgrade sofia athens thessaloniki ankara izmir dubai doha abu dhabi muscat karachi lahore islamabad chennai hyderabad pune kolkata ahmedabad
colombo kathmandu yangon phnom penh ho chi minh city hanoi kuala lumpur penang cebu jakarta surabaya perth adelaide wellington christchurch
nagoya kyoto yokohama fukuoka sapporo busan incheon daegu taichung kaohsiung chengdu wuhan hangzhou nanjing tianjin chongqing xian suzhou
macau lima quito medellin montevideo asuncion la paz havana santo domingo san juan guadalajara monterrey tijuana winnipeg edmonton halifax
portland sacramento oakland san antonio fort worth charlotte nashville raleigh pittsburgh baltimore minneapolis st louis kansas city
salt lake city albuquerque tucson omaha milwaukee indianapolis columbus cincinnati orlando tampa new orleans anchorage honolulu davos
bordeaux toulouse nice strasbourg lille cologne dusseldorf stuttgart leipzig dresden hanover bremen nuremberg basel lausanne bern
lucerne salzburg graz innsbruck gothenburg malmo bergen aarhus tampere reykjavik cork galway belfast cardiff bristol leeds liverpool
birmingham newcastle sheffield nottingham oxford riga tallinn vilnius minsk odesa lviv kharkiv tbilisi yerevan baku almaty tashkent
north america south america latin america central america middle east east asia southeast asia south asia central asia western europe
eastern europe east africa west africa north africa asia-pacific scandinavia balkans caribbean gulf wall street`;

const MULTI = /^(north america|south america|latin america|central america|middle east|east asia|southeast asia|south asia|central asia|western europe|eastern europe|east africa|west africa|north africa|sub-saharan africa|abu dhabi|phnom penh|ho chi minh city|kuala lumpur|la paz|santo domingo|san juan|san antonio|fort worth|st louis|kansas city|salt lake city|new orleans|buenos aires|cape town|hong kong|las vegas|los angeles|new delhi|new hampshire|new jersey|new mexico|new york|new zealand|north carolina|north dakota|north korea|palo alto|puerto rico|rhode island|san diego|san francisco|san jose|santa clara|sao paulo|saudi arabia|silicon valley|south africa|south carolina|south dakota|south korea|sri lanka|tel aviv|united arab emirates|united kingdom|united states|west virginia)$/;

function build(): Set<string> {
  const words = PLACES.split(/\s+/);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1]}`, three = `${two} ${words[i + 2]}`;
    if (MULTI.test(three)) { out.add(three); i += 2; }
    else if (MULTI.test(two)) { out.add(two); i += 1; }
    else out.add(words[i]!);
  }
  for (const a of ['u.s', 'u.k', 'us', 'uk', 'usa', 'u.s.a']) out.add(a);
  return out;
}

export const PLACES_SET: ReadonlySet<string> = build();

// Last words that make a name a place: "Moscone Center", "Wichita Falls", "Orange County".
export const PLACE_SUFFIX = new Set(
  (`center centre theater theatre arena stadium airport square plaza street avenue boulevard bridge mall island islands river mountains
  valley bay county province falls peninsula canal strait cathedral`).split(/\s+/),
);

// Words before "in X" / "of X" that make X a place: "based in X", "the city of X".
export const PLACE_LEADS = new Set(['based', 'headquartered', 'located', 'born', 'near', 'city', 'town', 'village', 'state', 'province', 'region', 'capital', 'suburb', 'outside', 'downtown', 'across', 'throughout']);
