// Common given names (English-speaking, European, South Asian, East Asian, Arabic, African), lower case.
// A capitalised word followed by another is read as a person when the first is one of these.
const NAMES = `aaron abby abdul abdullah abigail abraham adam adrian adriana ahmed ahmad aisha ajay akira alan albert alberto alex alexa
alexander alexandra alexis alfred ali alice alicia alison allen allison alvin amanda amber amelia amir amit amy ana anand anderson andre andrea
andreas andres andrew andy angela angelo anil anita ann anna anne annie anthony antoine antonio anupam arjun arnold arthur arvind ash ashley
ashok audrey austin ava barack barbara barry beatrice ben benjamin bernard beth betty bill billy blake bob bobby bonnie brad bradley brandon
brenda brett brian bridget brittany bruce bruno bryan caitlin calvin cameron camila carl carla carlos carmen carol caroline carolyn carrie
casey catherine cathy cecilia chad charles charlie charlotte chen cheryl chris christian christina christine christopher chuck cindy claire
clara claude claudia clifford clint cody colin connor craig cristina cynthia dale dan dana daniel daniela danielle danny dara darius darren
dave david dean deborah debra denise dennis derek diana diane dick diego dina dmitry dominic don donald donna doug douglas drew dylan ed eddie
edgar edith eduardo edward edwin elaine eleanor elena eli elijah elon elizabeth ella ellen elliot elon emily emma emmanuel eric erica erik erin
ernest esther ethan eugene eva evan evelyn fabian faisal fatima felipe felix fernando fiona florence frances francesco francis francisco
frank fred frederick gabriel gabriela gail gary gavin gene george georgia gerald gerard gina giovanni glen glenn gloria gordon grace graham
grant greg gregory guillermo gustavo hannah hans harold harry hassan heather hector heidi helen helena henry herbert hillary hiroshi holly
howard hugh hugo hussein ian ibrahim igor ilya ines ingrid irene isaac isabel isabella ivan jack jackie jacob jacqueline jake james jamie jan
jane janet janice jared jason javier jay jean jeff jeffrey jensen jen jennifer jenny jeremy jerome jerry jesse jessica jesus jill jim jimmy jin joan
joanna joe joel johann johannes john johnny jon jonathan jordan jorge jose joseph josh joshua joyce juan judith judy julia julian julie
julio june justin kamala karen karin karl kate katherine kathleen kathryn kathy katie kay keith kelly ken kenji kenneth kevin khalid kim
kimberly kirk kristen kumar kurt kyle larry laura lauren lawrence leah lee leo leon leonard leslie liam lily linda lisa liz lois lorenzo louis
louise lucas lucia lucy luis luke lynn madison maggie mahmoud manuel marc marcel marco marcus margaret maria marie marilyn mario marisa mark
marsha martha martin marvin mary masayoshi mason matt matthew maureen max maya megan mei melanie melinda melissa michael michel michelle
miguel mike mikhail mila mira miles mohamed mohammad mohammed monica morgan muhammad mukesh mustafa nadia nancy naomi natalie natasha nathan
neil nicholas nick nicola nicolas nicole nikhil nina noah noel nora norman olga oliver olivia omar oscar owen pablo pamela paolo pat patricia
patrick paul paula pedro peggy penny peter phil philip philippe phillip pierre priya rachel rafael raj rajesh ralph ramon randy raul ray
raymond rebecca reed reid renee rex ricardo richard rick rita rob robert roberto robin rod roger roland ron ronald rosa rose ross roy ruby
rudy russell ruth ryan sabrina sally sam samantha samuel sandra sanjay sara sarah satya scott sean sebastian sergey sergio seth shannon
shantanu sharon shawn sheila sheryl shirley simon sofia sonia sophia sophie stacy stan stanley stefan stella stephanie stephen steve steven
stewart stuart sue sundar sunil susan suzanne sven sylvia tamara tanya tara taylor ted teresa terry thomas tiffany tim timothy tina tobias
todd tom tommy tony tracy travis trevor troy tyler valerie vanessa vera veronica vicky victor victoria vijay vikram vincent virginia vivian
vladimir walter wang warren wayne wei wendy william willie xavier yan yang yasmin yuki yuri yusuf zachary zhang zoe`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/));
