//! Private people's names: titled surnames, common given names and surnames, names after `my sister`.

use super::patterns::windows;
use super::{Hit, Kind};
use regex::Regex;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A capitalised name word (`Müller`, `O'Neil`, `Saint-Michel`).
const NAME: &str = r"[\p{Lu}][\p{Ll}\p{M}'’][\p{L}\p{M}'’]*(?:-[\p{Lu}][\p{L}\p{M}'’]*)*";
/// Particles inside names.
const PARTS: &str = r"(?:van\sden|van\sder|van\sde|van\s't|van|von\sder|von|zu|de\sla|de\slos|de\slas|del|della|dello|degli|de|den|der|di|da|du|le|la|ter|ten|dos|das|do|y|i|d['’]|l['’])";

const TITLES_ANY_CASE: &str = concat!(
    r"dr\.?(?:\s?med\.(?:\s?dent\.)?)?|dra\.?|drs\.|prof\.?(?:ssa)?|mrs\.?|ms\.|mr\.|mx\.|madame|monsieur|mademoiselle|",
    r"docteur|docteure|professeur|professeure|maître|maitre|sr\.|sra\.|srta\.|señor|señora|señorita|doña|",
    r"doctor|doctora|sig\.(?:ra|na)?|signor|signora|signorina|dott\.(?:ssa)?|dottor|dottore|dottoressa|",
    r"professor|professore|professoressa|professorin|avv\.(?:ssa)?|avvocato|avvocata|ing\.|arch\.|",
    r"dhr\.?|mevr\.?|mw\.|mevrouw|meneer|mijnheer|juffrouw|dokter|ir\.|mr|mrs|ms|",
    r"doktor|doktorin|pfarrer|pfarrerin|pastor|pastorin|rev\.|reverend|sir|dame"
);
const TITLES_CAPITAL: &str =
    r"Frau|Herr|Hr\.|Fr\.|Miss|Mme\.?|Mlle\.?|MM\.|M\.|Me|Don|Dña\.|Pr\.?|Sr|Sra|Srta|Lady|Lord";

/// Words before a name: relations, roles and labels (`my sister`, `Notfallkontakt:`).
const CONTEXT: &str = concat!(
    r"friend|boss|sister|brother|son|daughter|mother|mom|mum|father|dad|wife|husband|partner|",
    r"girlfriend|boyfriend|fiancée?|colleague|coworker|co-worker|neighbou?r|therapist|counsel+or|",
    r"psychologist|psychiatrist|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|niece|",
    r"nephew|teacher|coach|manager|roommate|flatmate|landlord|landlady|ex|doctor|GP|nurse|",
    r"schwester|bruder|sohn|tochter|mutter|mama|vater|papa|frau|mann|freund|freundin|kollege|",
    r"kollegin|chef|chefin|nachbar|nachbarin|therapeut|therapeutin|ärztin|arzt|cousine|cousin|",
    r"tante|onkel|oma|opa|nichte|neffe|lehrer|lehrerin|partnerin|verlobte|",
    r"frère|sœur|soeur|fils|fille|mère|père|ami|amie|copain|copine|collègue|patron|patronne|",
    r"voisin|voisine|psy|thérapeute|médecin|tante|oncle|grand-mère|grand-père|mari|femme|",
    r"compagne|compagnon|cousine|neveu|nièce|",
    r"hermano|hermana|hijo|hija|madre|padre|amigo|amiga|jefe|jefa|compañero|compañera|vecino|",
    r"vecina|terapeuta|psicólogo|psicóloga|médico|médica|novio|novia|marido|mujer|esposo|esposa|",
    r"primo|prima|tío|tía|abuela|abuelo|sobrino|sobrina|",
    r"fratello|sorella|figlio|figlia|amico|amica|capo|collega|vicino|vicina|psicologo|psicologa|",
    r"medico|fidanzato|fidanzata|moglie|marito|cugino|cugina|zio|zia|nonna|nonno|nipote|",
    r"broer|zus|zoon|dochter|moeder|vader|vriend|vriendin|baas|buurman|buurvrouw|therapeut|",
    r"psycholoog|huisarts|vriendje|vriendinnetje|man|vrouw|neef|nicht|oom|",
    r"name|full\sname|nom|nom\scomplet|nombre|nome|naam|contact|kontakt|contacto|contatto|",
    r"emergency\scontact|notfallkontakt|contact\sd['’]urgence|contacto\sde\semergencia|",
    r"contatto\sdi\semergenza|noodcontact|i['’]m|i\sam|my\sname\sis|ich\sbin|ich\sheiße|ich\sheisse|",
    r"mein\sname\sist|je\sm['’]appelle|je\ssuis|me\sllamo|soy|mi\schiamo|sono|ik\sben|ik\sheet|",
    r"mijn\snaam\sis|signed|gez\.|cordialement|saludos|cordiali\ssaluti|groeten|grüße|regards"
);

struct Res {
    title_anchor: Regex,
    context_anchor: Regex,
    titled: Regex,
    context: Regex,
    word: Regex,
}

fn res() -> &'static Res {
    static R: OnceLock<Res> = OnceLock::new();
    R.get_or_init(|| {
        let title = format!(r"(?:(?i:{TITLES_ANY_CASE})|{TITLES_CAPITAL})");
        let name_run = format!(r"(?:{PARTS}\s)?{NAME}(?:\s(?:{PARTS}\s)?(?:{NAME}|[\p{{Lu}}]\.))?(?:\s(?:{PARTS}\s)?{NAME})?");
        Res {
            // The same words without boundaries: cheap to find everywhere, then checked in place.
            title_anchor: Regex::new(&format!(r"(?:(?i:{TITLES_ANY_CASE})|{TITLES_CAPITAL})"))
                .expect("title anchor"),
            context_anchor: Regex::new(&format!(r"(?i:{CONTEXT})")).expect("context anchor"),
            titled: Regex::new(&format!(
                r"(?P<t>{title}(?:\s?{title}){{0,2}})\s(?P<n>(?:[\p{{Lu}}]\.\s)?{name_run})"
            ))
            .expect("name pattern"),
            context: Regex::new(&format!(
                r"(?i:{CONTEXT})(?:\s(?i:is|was|ist|war|est|es|è|era|heet|heißt|called|named|genannt))?\s?,?:?\s?(?:\*\*|__|„|“|«\s?|\x22)?(?P<n>{NAME}(?:\s(?:{PARTS}\s)?{NAME}){{1,2}})"
            ))
            .expect("name pattern"),
            word: Regex::new(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*").expect("word pattern"),
        }
    })
}

const GIVEN: &str = "
oliver george harry jack jacob charlie thomas oscar william james henry leo alfie joshua freddie
archie ethan isaac alexander joseph edward samuel max daniel arthur lucas mohammed muhammad ahmed
ali omar hassan logan dylan liam noah mason elijah benjamin michael david john robert richard
charles christopher matthew anthony andrew steven stephen paul mark kevin brian jason jeffrey ryan
gary timothy eric jonathan nicholas justin brandon tyler aaron adam nathan zachary kyle sean sam
ben tom tim jake luke owen connor callum lewis jamie robin alex chris matt mike dave steve nick rob
tony peter simon martin neil ian craig stuart graham gavin darren lee scott ross jordan cameron
aiden caleb hunter gabriel carter wyatt julian levi isaiah ezra miles adrian evan colin nathaniel
patrick dominic harrison theo theodore reuben ronan rory finn hugo felix elliot elliott sebastian
toby louis frank raymond gregory jerry dennis walter harold douglas carl roger keith jeremy terry
lawrence christian austin jesse bryan billy bruce albert alan wayne roy ralph eugene vincent
russell bobby philip johnny joe jim jimmy ted eddie fred george stanley leonard howard victor
olivia amelia isla ava mia ivy lily isabella sophia sophie freya willow emily ella poppy evie
charlotte harper emma abigail madison elizabeth avery sofia scarlett victoria chloe hannah lucy
jessica ellie megan holly amy katie lauren rebecca rachel sarah laura samantha jennifer linda
patricia barbara susan margaret dorothy lisa nancy karen betty helen sandra donna carol ruth sharon
michelle kimberly deborah amanda melissa stephanie kathleen anna shirley angela brenda pamela
nicole katherine catherine christine debra janet carolyn heather diane julie joyce kelly christina
joan evelyn judith andrea cheryl martha gloria teresa ann anne sara madeline kathryn janice jean
alice julia judy beverly denise marilyn amber danielle brittany diana natalie alexis lori kayla
jane zoe zoë eleanor georgia maisie esme phoebe imogen matilda erin aisha amira fatima zara priya
leah jasmine layla nora hazel aurora stella violet penelope maya naomi claire fiona gemma kirsty
nicola jenny kate beth abby molly daisy millie rosie harriet bethany jodie kerry louise tracy
tracey mandy wendy debbie alison joanne eve lena nina tara tina vanessa grace rose ruby jade emilia
lukas leon jonas felix maximilian elias luis niklas moritz philipp tobias florian fabian marcel
sven dirk jörg jürgen klaus uwe stefan thomas andreas matthias markus wolfgang dieter helmut
günter günther gerhard manfred horst heinz werner karl hans bernd ralf rainer holger torsten thorsten
sascha dominik benedikt lorenz anton emil oskar konstantin valentin henri johannes jakob mats
lennard lennart linus malte hannes till ole torben bastian jannik jan jens kai lars nils rolf
ulrich volker detlef norbert reinhard hartmut siegfried friedrich otto hermann gustav
lea leonie lena marie lina johanna clara klara greta ida frieda mathilda paula luisa lara nele
jana anja sabine petra claudia stefanie susanne birgit monika ursula renate ingrid gabriele heike
kerstin silke tanja katrin kathrin melanie franziska nadine simone miriam svenja theresa helena
magdalena antonia elisa carla amelie ella maja marlene jule pia annika wiebke insa meike elke
gisela hildegard helga erika inge brigitte doris beate dagmar martina cornelia ulrike bettina
astrid britta katharina charlotte hanna sophia emilie jasmin yvonne manuela daniela sonja
gabriel raphaël raphael léo arthur jules maël sacha nolan mathis enzo baptiste antoine maxime
nicolas julien pierre olivier philippe jacques michel alain françois francois christophe laurent
sébastien stéphane stephane éric frédéric frederic thierry pascal didier bruno guillaume romain
quentin clément clement benoît benoit damien jérôme jerome cédric cedric xavier yves gilles
bernard rené rene marcel henri luc marc matthieu mathieu loïc loic yann aurélien aurelien bastien
valentin victor jean-pierre jean-claude jean-marc jean-luc jean-paul jean-michel jean-françois
jean-louis jean-baptiste marie-claire marie-christine anne-marie marie-louise marie-thérèse
louise chloé inès ines léna lena manon camille juliette lucie romane jeanne lola margaux
pauline isabelle nathalie sandrine céline celine valérie valerie sylvie monique françoise
martine véronique veronique aurélie aurelie émilie élodie elodie laure hélène helene agnès agnes
cécile cecile delphine virginie caroline audrey mélanie laetitia marion océane oceane clémence
mathilde anaïs anais justine élise elise margot agathe capucine solène morgane gaëlle noémie
coralie odile josiane colette yvette ginette jacqueline madeleine geneviève dominique béatrice
corinne karine fabienne muriel nadia samia yasmine leïla leila ambre zoé maëlle jade
martín martin mateo alejandro pablo manuel álvaro alvaro adrián adrian mario diego javier jorge
josé jose juan carlos antonio francisco miguel rafael pedro ángel angel fernando sergio raúl raul
rubén ruben iván ivan óscar alberto andrés andres gonzalo ignacio nacho jaime joaquín joaquin
ricardo roberto víctor marcos guillermo emilio ramón ramon enrique tomás tomas alfonso íñigo
inigo jordi pau pol oriol arnau xavi unai aitor iker borja rodrigo santiago agustín
lucía lucia sofía martina maría maria valeria daniela carla alba noa carmen ana marta elena isabel
cristina pilar rocío rocio raquel beatriz silvia nuria núria irene claudia alicia rosa dolores
inmaculada montserrat montse mercè ainhoa itziar nerea aitana blanca celia lorena natalia
rebeca susana verónica yolanda ximena guadalupe catalina jimena vera adriana gabriela fernanda
valentina camila mariana concepción consuelo esperanza remedios amparo encarnación lourdes marisa
leonardo francesco alessandro lorenzo mattia gabriele riccardo tommaso edoardo matteo giuseppe
giovanni marco luca paolo stefano davide simone federico fabio massimo maurizio claudio salvatore
vincenzo gianluca giorgio pietro filippo emanuele daniele michele enrico carlo franco luigi
giacomo raffaele domenico alessio cristian jacopo samuele elia giulio dario vittorio umberto ugo
aldo gino piero renato sandro silvio tiziano valerio gianni giancarlo gianfranco pierluigi
sofia giulia aurora ginevra giorgia beatrice chiara francesca alessia federica paola roberta
simona monica giovanna angela antonella manuela serena ilaria camilla noemi arianna vittoria
bianca caterina carlotta matilde ludovica elisabetta patrizia rita franca maddalena benedetta
eleonora debora veronica stefania alessandra letizia margherita ornella raffaella sabrina tiziana
daan sem lucas levi finn milan bram thijs jesse luuk stijn sander joris pieter jeroen bas koen
wouter niels rik floris gijs mees teun jasper maarten henk kees piet klaas joost geert wim erik
martijn roel arjen ruud gert hendrik hidde jelle jorik sjoerd tijmen wessel youri
sanne lotte tess fleur noor evi femke iris anouk ilse marieke annemiek lieke maaike esther
saskia marloes eline roos fenna britt merel yara liv nienke kim judith mirjam hanneke karin anke
jantine floor isa lynn demi bo jet loes mieke ingeborg wilma annelies henriëtte
mehmet ahmet mustafa emre elif zeynep yusuf ibrahim youssef karim mehdi amina samir rachid
khalid nour hamza bilal ismail aylin leyla fatma ayşe ayse selin deniz can burak
";

const SURNAMES: &str = "
smith jones williams taylor davies evans wilson johnson roberts robinson thompson wright
walker edwards hughes harris clarke patel jackson turner cooper
morris moore clark morgan allen scott phillips watson davis parker bennett
griffiths mitchell kelly carter richardson bailey collins shaw murphy miller cox richards
khan marshall anderson simpson ellis adams singh wilkinson foster chapman powell webb rogers
hussain campbell matthews owen palmer barnes lloyd russell barker
stevens jenkins murray dixon harvey grant hart whitfield hartley reyes rahman thornton
brooks patel cohen sullivan o'brien o'connor kennedy ryan walsh byrne doyle brennan
garcia garcía rodriguez rodríguez martinez martínez hernandez hernández lopez lópez gonzalez
gonzález perez pérez sanchez sánchez ramirez ramírez torres rivera gomez gómez diaz díaz
morales ortiz gutierrez gutiérrez ramos ruiz alvarez álvarez mendoza jimenez jiménez
moreno romero herrera medina aguilar vargas castro fernandez fernández muñoz rojas navarro
dominguez domínguez gil serrano molina suárez suarez sanz iglesias delgado ortega rubio
marín marin núñez nunez cabrera vidal calvo cano prieto lozano méndez mendez guerrero
garrido pascual herrero gallego vicente fuentes carrasco caballero nieto pastor santana hidalgo
montero ibáñez ibanez ferrer durán duran soler vázquez vazquez benítez benitez
müller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer
schröder neumann zimmermann krüger hofmann hartmann
schmitt werner schmitz krause meier lehmann schmid schulze maier köhler herrmann mayer
huber scholz möller schubert günther berger
winkler lorenz baumann franke albrecht ludwig böhm krämer
vogt seidel heinrich haas schulte dietrich ziegler
kuhn kühn pohl bergmann voigt sauer arnold wolff pfeiffer
bernard durand dubois moreau laurent lefebvre leroy bertrand morel fournier girard
bonnet dupont lambert fontaine rousseau mercier guerin guérin boyer garnier chevalier
legrand gauthier perrin clement clément morin roussel masson duval dumont lemaire noel
noël dufour meunier blanchard giraud joly riviere rivière brunet gaillard arnaud
roche renard leroux colin caron picard fabre aubert lemoine renaud dumas lacroix bourgeois
leclerc rolland guillot hubert carpentier dupuis deschamps huet vasseur fleury
royer jacquet poirier marty aubry guyot carre menard maillard bertin bailly
leger bouvier prevost millet perrot germain besson langlois remy pelletier perrier
leblanc lebrun mallet monnier michaud chauvin gilbert delaunay lefèvre lefevre
rossi russo ferrari esposito bianchi romano colombo ricci marino greco gallo conti mancini
giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli
martini leone longo gentile martinelli vitale lombardo serra coppola marchetti parisi conte
ferraro ferri fabbri bianco marini grasso valentini messina sala gatti pellegrini palumbo sanna
farina rizzi monti cattaneo morelli amato silvestri mazza grassi pellegrino carbone
giuliani benedetti barone rossetti caputo montanari palmieri bernardi ferretti
bellini basile donati piras vitali battaglia sartori neri costantini milani pagano ruggiero
sorrentino orlando negri d'angelo d'amico
jong jansen vries dijk bakker janssen visser smit meijer boer mulder groot peters
hendriks leeuwen dekker brouwer dijkstra smits graaf linden jacobs haan vermeulen
heuvel veen broek bruijn bruin heijden schouten willems vliet hoekstra maas verhoeven
koster prins blom huisman peeters maes claes goossens wouters smet
";

/// Public and fictional figures (people write about them; they are not private data).
const PUBLIC: &[&str] = &[
    "taylor swift",
    "édith piaf",
    "edith piaf",
    "vasco rossi",
    "andré hazes",
    "andre hazes",
    "sherlock holmes",
    "mr. bean",
    "mr bean",
    "don quijote",
    "don quixote",
    "kommissar thiel",
    "harry potter",
    "hermione granger",
    "ron weasley",
    "james bond",
    "mickey mouse",
    "donald duck",
    "peter pan",
    "darth vader",
    "luke skywalker",
    "frodo baggins",
    "tony stark",
    "bruce wayne",
    "clark kent",
    "peter parker",
    "homer simpson",
    "bart simpson",
    "lisa simpson",
    "doctor who",
    "dr. who",
    "dr. house",
    "dr house",
    "gregory house",
    "dr. seuss",
    "dr. oetker",
    "dr. dre",
    "dr. phil",
    "dr. strange",
    "doctor strange",
    "mr. robot",
    "mr. right",
    "mrs. doubtfire",
    "miss marple",
    "hercule poirot",
    "lady gaga",
    "lady di",
    "billie eilish",
    "ed sheeran",
    "adele adkins",
    "beyoncé knowles",
    "emma watson",
    "emma stone",
    "tom hanks",
    "tom cruise",
    "brad pitt",
    "angelina jolie",
    "leonardo dicaprio",
    "johnny depp",
    "elvis presley",
    "michael jackson",
    "freddie mercury",
    "david bowie",
    "john lennon",
    "paul mccartney",
    "bob dylan",
    "bob marley",
    "kurt cobain",
    "amy winehouse",
    "whitney houston",
    "justin bieber",
    "harry styles",
    "selena gomez",
    "ariana grande",
    "katy perry",
    "miley cyrus",
    "bruno mars",
    "elton john",
    "mariah carey",
    "barack obama",
    "michelle obama",
    "donald trump",
    "joe biden",
    "kamala harris",
    "elon musk",
    "bill gates",
    "steve jobs",
    "mark zuckerberg",
    "jeff bezos",
    "oprah winfrey",
    "serena williams",
    "roger federer",
    "rafael nadal",
    "novak djokovic",
    "lionel messi",
    "cristiano ronaldo",
    "kylian mbappé",
    "zinedine zidane",
    "thomas müller",
    "manuel neuer",
    "angela merkel",
    "olaf scholz",
    "helene fischer",
    "herbert grönemeyer",
    "emmanuel macron",
    "brigitte macron",
    "charles aznavour",
    "johnny hallyday",
    "serge gainsbourg",
    "jacques brel",
    "stromae",
    "céline dion",
    "celine dion",
    "victor hugo",
    "albert camus",
    "marcel proust",
    "jean-paul sartre",
    "simone de beauvoir",
    "pedro sánchez",
    "pedro almodóvar",
    "penélope cruz",
    "julio iglesias",
    "enrique iglesias",
    "alejandro sanz",
    "rafa nadal",
    "miguel de cervantes",
    "federico garcía lorca",
    "gabriel garcía márquez",
    "frida kahlo",
    "pablo picasso",
    "salvador dalí",
    "laura pausini",
    "eros ramazzotti",
    "andrea bocelli",
    "luciano pavarotti",
    "giorgia meloni",
    "sergio mattarella",
    "dante alighieri",
    "leonardo da vinci",
    "umberto eco",
    "roberto benigni",
    "sophia loren",
    "federico fellini",
    "marco van basten",
    "johan cruijff",
    "johan cruyff",
    "max verstappen",
    "mark rutte",
    "willem-alexander",
    "koning willem-alexander",
    "koningin máxima",
    "vincent van gogh",
    "anne frank",
    "rembrandt van rijn",
    "guus meeuwis",
    "marco borsato",
    "frans bauer",
    "harry kane",
    "david beckham",
    "victoria beckham",
    "king charles",
    "prince william",
    "prince harry",
    "queen elizabeth",
    "princess diana",
    "jane austen",
    "william shakespeare",
    "charles dickens",
    "agatha christie",
    "stephen king",
    "jk rowling",
    "j.k. rowling",
    "taylor lautner",
    "jane eyre",
    "marie curie",
    "isabel allende",
    "elena ferrante",
    "albert heijn",
    "jack daniels",
    "albert einstein",
    "frau holle",
    "anne frank",
    "karl marx",
    "sigmund freud",
    "carl jung",
    "martin luther",
    "martin luther king",
    "jean-paul belmondo",
    "gérard depardieu",
    "catherine deneuve",
    "marie antoinette",
    "marilyn monroe",
    "frank sinatra",
    "paul mccartney",
    "ringo starr",
    "george harrison",
    "mick jagger",
    "keith richards",
    "lewis hamilton",
    "michael schumacher",
    "boris becker",
    "steffi graf",
    "dirk nowitzki",
    "heidi klum",
    "til schweiger",
    "jan böhmermann",
    "günther jauch",
    "thomas gottschalk",
    "commissario montalbano",
    "salvo montalbano",
    "winnie the pooh",
    "santa claus",
    "father christmas",
    "saint nicholas",
    "sint nicolaas",
    "mario kart",
    "super mario",
    "don juan",
    "don camillo",
    "don giovanni",
    "don corleone",
    "lady macbeth",
    "romeo montague",
    "juliet capulet",
    "tatort münster",
    "greta thunberg",
    "kurt wallander",
];

/// Capitalised words that are not names (so `Anna Und` or `Dr. Montag` stay).
const NOT_NAMES: &str = "
i i'm i've the a an my your our this that it he she we they you and but or so then when if in on
at to for of with from is was are be hi hey hello thanks yes no ok okay
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today tomorrow yesterday
ich du er sie es wir ihr der die das ein eine und aber oder mit von zu im am um ist war hat
hallo danke ja nein heute morgen gestern montag dienstag mittwoch donnerstag freitag samstag
sonntag januar februar märz mai juni juli oktober dezember mein meine
le la les un une et mais ou je il elle nous vous ils elles mon ma mes est bonjour salut merci
oui non lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin
juillet août septembre octobre novembre décembre aujourd'hui demain hier
el los las y pero yo lo mi mis es hola gracias sí lunes martes miércoles jueves viernes sábado
domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
hoy mañana ayer
il lo gli ma io è ciao grazie lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio
febbraio aprile maggio giugno luglio settembre ottobre dicembre oggi domani ieri mio mia
het een en maar ik jij hij zij wij mijn hoi dank maandag dinsdag woensdag donderdag vrijdag
zaterdag zondag januari februari maart mei augustus vandaag
whatsapp instagram facebook tiktok linkedin google apple netflix spotify youtube zoom teams
christmas weihnachten noël navidad natale kerstmis easter ostern pâques pascua pasqua pasen
english german french spanish italian dutch deutsch français español italiano nederlands
street road avenue lane straße strasse rue calle via straat laan platz place plaza piazza
university universität hospital klinik krankenhaus clinic clinique hôpital hospital ospedale
ziekenhuis praxis practice school schule école escuela scuola
";

fn set(list: &'static str) -> HashSet<&'static str> {
    list.split_whitespace().collect()
}

fn given() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(GIVEN))
}

fn surnames() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(SURNAMES))
}

fn not_names() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(NOT_NAMES))
}

fn is_public(name: &str) -> bool {
    let n = name
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .to_lowercase();
    PUBLIC.contains(&n.as_str())
        || PUBLIC
            .iter()
            .any(|p| n.ends_with(p) && n[..n.len() - p.len()].ends_with(' '))
}

fn is_given(w: &str) -> bool {
    let l = w.to_lowercase();
    given().contains(l.as_str())
        || l.split('-')
            .next()
            .is_some_and(|p| p.len() > 2 && given().contains(p))
}

fn is_surname(w: &str) -> bool {
    let l = w.to_lowercase();
    surnames().contains(l.as_str()) || l.rsplit('-').next().is_some_and(|p| surnames().contains(p))
}

fn capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs
            .clone()
            .next()
            .is_some_and(|c| c.is_lowercase() || c == '\'' || c == '’')
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

fn is_particle(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "van"
            | "von"
            | "de"
            | "den"
            | "der"
            | "del"
            | "della"
            | "di"
            | "da"
            | "du"
            | "le"
            | "la"
            | "ter"
            | "ten"
            | "dos"
            | "das"
            | "do"
            | "zu"
            | "'t"
            | "degli"
            | "dello"
            | "y"
    )
}

fn name_word(w: &str) -> bool {
    capitalised(w) && !not_names().contains(w.to_lowercase().as_str())
}

/// Names of private people in `t`.
pub(crate) fn names(t: &str, out: &mut Vec<Hit>) {
    let r = res();
    let titled = windows(t, r.title_anchor.find_iter(t).map(|m| m.range()), 2, 110);
    let context = windows(t, r.context_anchor.find_iter(t).map(|m| m.range()), 2, 90);
    for w in &titled {
        titled_names(t, w.clone(), out);
    }
    for w in &context {
        context_names(t, w.clone(), out);
    }
    gazetteer(t, out);
}

fn titled_names(full: &str, w: std::ops::Range<usize>, out: &mut Vec<Hit>) {
    let t = &full[w.clone()];
    for c in res().titled.captures_iter(t) {
        let (Some(title), Some(n)) = (c.name("t"), c.name("n")) else {
            continue;
        };
        if glued(full, w.start + title.start()) {
            continue;
        }
        let words: Vec<&str> = n.as_str().split_whitespace().collect();
        let title_s = title.as_str();
        if matches!(
            words.first(),
            Some(&("der" | "die" | "das" | "des" | "dem"))
        ) {
            // "Herr der Ringe" is a book.
            continue;
        }
        // Drop trailing words that are not names ("Dr. Weber Montag").
        let mut keep = words.len();
        while keep > 0 && !name_word(words[keep - 1]) && !words[keep - 1].ends_with('.') {
            keep -= 1;
        }
        if keep == 0 || !words[..keep].iter().any(|w| name_word(w)) {
            continue;
        }
        let needs_two = matches!(title_s, "Me" | "Don" | "Sr" | "Sra" | "Lady" | "Lord");
        if needs_two && keep < 2 {
            continue;
        }
        let end = n.start() + words[..keep].iter().map(|w| w.len()).sum::<usize>() + (keep - 1);
        // `end` assumes single spaces; recompute from the text for safety.
        let end = find_end(t, n.start(), &words[..keep]).unwrap_or(end.min(n.end()));
        let whole = &t[title.start()..end];
        if is_public(whole) || is_public(&t[n.start()..end]) {
            continue;
        }
        out.push((w.start + title.start()..w.start + end, Kind::Name));
    }
}

fn context_names(full: &str, w: std::ops::Range<usize>, out: &mut Vec<Hit>) {
    let t = &full[w.clone()];
    for c in res().context.captures_iter(t) {
        let Some(n) = c.name("n") else { continue };
        if glued(full, w.start + c.get(0).map_or(0, |m| m.start())) {
            continue;
        }
        let words: Vec<&str> = n.as_str().split_whitespace().collect();
        let mut keep = words.len();
        while keep > 0 && !name_word(words[keep - 1]) {
            keep -= 1;
        }
        let real = words[..keep].iter().filter(|w| name_word(w)).count();
        if real < 2 || !name_word(words[0]) {
            continue;
        }
        let Some(end) = find_end(t, n.start(), &words[..keep]) else {
            continue;
        };
        if is_public(&t[n.start()..end]) {
            continue;
        }
        out.push((w.start + n.start()..w.start + end, Kind::Name));
    }
}

/// Whether a match at `at` starts inside a word.
fn glued(t: &str, at: usize) -> bool {
    t[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn find_end(t: &str, start: usize, words: &[&str]) -> Option<usize> {
    let mut at = start;
    for w in words {
        let i = t[at..].find(w)?;
        at += i + w.len();
    }
    Some(at)
}

/// `Given Surname`, `Given Given Surname`, `Given van der Surname`, `Anyname Surname`.
fn gazetteer(t: &str, out: &mut Vec<Hit>) {
    let words: Vec<(usize, usize)> = res()
        .word
        .find_iter(t)
        .map(|m| {
            let s = m.as_str().trim_end_matches(['\'', '’', '-']);
            (m.start(), m.start() + s.len())
        })
        .collect();
    let w = |i: usize| &t[words[i].0..words[i].1];
    // Only a single space (or non-breaking run of spaces) between the words of one name.
    let joined = |i: usize| {
        let gap = &t[words[i].1..words[i + 1].0];
        !gap.is_empty() && gap.len() <= 2 && gap.chars().all(|c| c == ' ')
    };
    let mut i = 0;
    while i < words.len() {
        let first = w(i);
        if !name_word(first) {
            i += 1;
            continue;
        }
        // Extend over further name words and particles.
        let mut j = i;
        let mut last_name = i;
        while j + 1 < words.len() && joined(j) && j - i < 4 {
            let nw = w(j + 1);
            if name_word(nw) {
                j += 1;
                last_name = j;
            } else if is_particle(nw) && j + 2 < words.len() && joined(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        if last_name == i {
            i += 1;
            continue;
        }
        let span_words: Vec<&str> = (i..=last_name).map(w).collect();
        let given_first = is_given(first);
        let surname_last = is_surname(span_words[span_words.len() - 1]);
        let start = words[i].0;
        let end = words[last_name].1;
        if (given_first || surname_last) && !is_public(&t[start..end]) {
            out.push((start..end, Kind::Name));
            i = last_name + 1;
        } else {
            i += 1;
        }
    }
}
