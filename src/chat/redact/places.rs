//! Word lists for places: cities, nouns of counting, and the prepositions before a place.

use std::collections::HashSet;
use std::sync::OnceLock;

const CITIES: &str = "
berlin hamburg münchen munich köln cologne frankfurt stuttgart düsseldorf dortmund essen leipzig bremen
dresden hannover nürnberg duisburg bochum wuppertal bielefeld bonn münster karlsruhe mannheim augsburg
wiesbaden gelsenkirchen mönchengladbach braunschweig kiel chemnitz aachen halle magdeburg freiburg
krefeld lübeck oberhausen erfurt mainz rostock kassel hagen hamm saarbrücken mülheim potsdam
ludwigshafen oldenburg leverkusen osnabrück solingen heidelberg herne neuss darmstadt paderborn
regensburg ingolstadt würzburg wolfsburg fürth ulm heilbronn pforzheim göttingen bottrop trier
recklinghausen reutlingen bremerhaven koblenz erlangen jena siegen hildesheim cottbus gera zwickau
schwerin konstanz flensburg passau bamberg bayreuth weimar marburg gießen tübingen lüneburg
wien vienna graz linz salzburg innsbruck klagenfurt villach wels bregenz
zürich zurich genf genève geneva basel bern berne lausanne luzern lucerne winterthur lugano biel
st.gallen gallen fribourg neuchâtel sion
paris marseille lyon toulouse nice nantes strasbourg montpellier bordeaux lille rennes reims
toulon grenoble dijon angers nîmes villeurbanne clermont-ferrand aix-en-provence brest tours amiens
limoges perpignan metz besançon orléans rouen mulhouse caen nancy argenteuil montreuil roubaix
tourcoing avignon poitiers versailles pau calais cannes antibes la rochelle dunkerque saint-étienne
le havre le mans ajaccio bastia annecy chambéry valence bayonne biarritz lorient vannes quimper
bruxelles brussel brussels antwerpen anvers gent gand charleroi liège luik brugge bruges namur
leuven louvain mons bergen aalst mechelen kortrijk hasselt oostende ostende genk sint-niklaas
luxembourg luxemburg
madrid barcelona valencia sevilla zaragoza málaga malaga murcia palma bilbao alicante córdoba
cordoba valladolid vigo gijón gijon hospitalet vitoria coruña granada elche oviedo badalona
cartagena terrassa jerez sabadell móstoles alcalá pamplona almería almeria fuenlabrada leganés
donostia san sebastián santander burgos castellón albacete getafe salamanca logroño huelva
badajoz tarragona lleida león cádiz cadiz jaén ourense girona gerona lugo cáceres santiago toledo
segovia ávila soria teruel huesca zamora palencia cuenca guadalajara marbella benidorm ibiza
roma rome milano milan napoli naples torino turin palermo genova genoa bologna firenze florence
bari catania venezia venice verona messina padova trieste taranto brescia parma prato modena
reggio calabria emilia perugia livorno ravenna cagliari foggia rimini salerno ferrara sassari
latina monza siracusa pescara bergamo forlì trento vicenza terni bolzano novara piacenza ancona
andria arezzo udine cesena lecce pesaro como pisa lucca siena
amsterdam rotterdam den haag 's-gravenhage utrecht eindhoven groningen tilburg almere breda
nijmegen apeldoorn haarlem arnhem enschede amersfoort zaanstad haarlemmermeer 's-hertogenbosch
den bosch zwolle zoetermeer leiden maastricht dordrecht ede alphen westland alkmaar emmen delft
deventer venlo sittard helmond oss hilversum heerlen leeuwarden purmerend roosendaal schiedam
spijkenisse vlaardingen gouda hoorn middelburg assen lelystad
london birmingham manchester leeds liverpool sheffield bristol glasgow edinburgh cardiff belfast
newcastle nottingham leicester coventry bradford brighton oxford cambridge york bath southampton
portsmouth plymouth reading norwich exeter aberdeen dundee swansea
new york los angeles chicago houston phoenix philadelphia san antonio san diego dallas austin
boston seattle denver portland miami atlanta detroit springfield
dublin cork lisboa lisbon porto
";

const COUNT_NOUNS: &str = "
schritte schritten euro euros jahre jahren menschen leute personen kalorien meter kilometer
follower followers likes punkte stunden minuten sekunden tage tagen wochen monate dollar franken
pas personnes habitants calories mètres points heures minutes jours semaines mois ans années
pasos personas habitantes calorías metros puntos horas minutos días semanas meses años
passi persone abitanti calorie metri punti ore minuti giorni settimane mesi anni
stappen mensen inwoners calorieën meter punten uur minuten dagen weken maanden jaar jaren
steps people calories meters points hours minutes days weeks months years likes views
";

const PREPOSITIONS: &str = "
in aus nach bei von zu im nahe
from to near at of
à a au en de du vers près
en de desde hacia cerca
a da di in verso vicino presso
in naar uit van bij te nabij
wohne lebe vivo vivons habite woon ben
";

fn set(list: &'static str) -> HashSet<&'static str> {
    list.split_whitespace().collect()
}

fn cities() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(CITIES))
}

/// Whether `w` (any case) is a city in the list (single words, or a two-word name's either word).
pub(crate) fn is_city(w: &str) -> bool {
    let w = w.to_lowercase();
    cities().contains(w.as_str())
        || w.split_whitespace()
            .next_back()
            .is_some_and(|l| cities().contains(l))
}

/// Whether `w` (any case) is a noun that follows counts (`10000 Schritte`).
pub(crate) fn is_count_noun(w: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(COUNT_NOUNS))
        .contains(w.to_lowercase().as_str())
}

/// Whether `w` (lower case) is a word that comes before a place.
pub(crate) fn is_place_preposition(w: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(PREPOSITIONS)).contains(w)
}
