// Common given names (English-speaking, European, South Asian, East Asian, Arabic, African), lower case.
// A capitalised word followed by another is read as a person when the first is one of these.
const NAMES = `aaron abby abdul abdullah abigail abraham adam adrian adriana ahmad ahmed aisha ajay akio akira alan albert alberto alex alexa
alexander alexandra alexis alfred ali alice alicia alison allen allison alvin amanda amber amelia amir amit amy ana anand anderson
andre andrea andreas andres andrew andy angela angelo anil anita ann anna annalena anne annie anthony antoine antonio anupam arjun
arnold arthur arvind ash ashley ashok audrey austin ava barack barbara barry beatrice ben benjamin bernard beth betty bill billy
blake bob bobby bonnie brad bradley brandon brenda brett brian bridget brittany bruce bruno bryan caitlin calvin cameron camila
carl carla carlos carmen carol caroline carolyn carrie casey catherine cathy cecilia chad charles charlie charlotte chen cheryl
chris christian christina christine christopher chuck cindy claire clara claude claudia clifford clint cody colin connor craig
cristiano cristina cynthia dale dan dana daniel daniela danielle danny dara dario darius darren dave david dean deborah debra
demis denise dennis derek diana diane dick diego dina dmitry dominic don donald donna doug douglas drew dylan ed eddie edgar edith
eduardo edward edwin elaine eleanor elena eli elijah elizabeth ella ellen elliot elon emily emma emmanuel eric erica erik erin
ernest esther ethan eugene eva evan evelyn fabian faisal fatima felipe felix fernando fiona florence frances francesco francis
francisco frank fred frederick friedrich fumio gabriel gabriela gail gary gavin gene george georgia gerald gerard gina ginni
giorgia giovanni glen glenn gloria gordon grace graham grant greg gregory guillermo gustavo hannah hans harold harry hassan
heather hector heidi helen helena henry herbert hillary hiroshi hock holly howard hugh hugo hussein ian ibrahim igor ilya ines
ingrid irene isaac isabel isabella ivan jacinda jack jackie jacob jacqueline jae-yong jake james jamie jan jane janet janice jared
jason javier jay jean jean-claude jean-pierre jeff jeffrey jen jennifer jenny jensen jeremy jerome jerry jesse jessica jesus jill
jim jimmy jin joan joanna joe joel johann johannes john johnny jon jonathan jony jordan jorge jose joseph josh joshua joyce juan
judith judy julia julian julie julio jun june justin kamala karen karin karl kate katherine kathleen kathryn kathy katie kay kazuo
keir keith kelly ken kenichiro kenji kenneth kevin khalid kim kimberly kirk kristen kumar kurt kwang-mo kyle lael larry laura
lauren lawrence leah lee lei leo leon leonard leslie liam lily lina linda lip-bu lisa liz logan lois lorenzo louis louise lucas
lucia lucy luis luke lynn ma madison magdalena maggie mahmoud manuel marc marcel marco marcus margaret margrethe maria marie
marilyn mario marisa marissa mark marsha martha martin marvin mary masayoshi mason matt matthew maureen max maya meg megan mei
melanie melinda melissa mette michael michel michelle miguel mike mikhail mila miles mira mohamed mohammad mohammed monica morgan
muhammad mukesh mustafa nadia nancy naoki naomi narendra natalie natasha nathan neil nicholas nick nicola nicolas nicole nikhil
nina noah noel nora norman olaf olga oliver olivia omar oscar owen pablo pamela paolo parag pat patricia patrick paul paula pedro
peggy penny peter phil philip philippe phillip pierre pony priya rachel rafael raj rajesh ralph ramon randy raul ray raymond
rebecca recep reed reid ren renee rex ricardo richard rick rishi rita rob robert roberto robin rod roger roland ron ronald rosa
rose ross roy ruby rudy russell ruth ryan sabrina safra sally sam samantha samuel sandra sanjay sanna sara sarah satya scott sean
sebastian sergey sergio seth shannon shantanu sharon shawn sheila sheryl shigeru shinzo shirley simon sofia sonia sophia sophie
stacy stan stanley stefan stella stephanie stephen steve steven stewart stuart sue sundar sunil susan suzanne sven sylvia tadashi
takeshi tamara tanya tara taylor ted teresa terry thierry thomas tiffany tim timothy tina tobi tobias todd tom tommy tony toshiaki
tracy travis trevor troy tyler ursula valerie vanessa vera veronica vicky victor victoria vijay vikram vincent virginia vivian
vladimir volodymyr walter wang warren wayne wei wendy whitney william willie xavier xi yan yang yasmin yoshihide yuki yuri yusuf
zachary zhang zoe`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/));
