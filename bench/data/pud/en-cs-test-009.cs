Závažnost a přítomnost revoluce na venkově znepokojila soud a národní shromáždění ve Versailles.
Tato událost byla v Paříži známa a způsobila zhoršení nálady, která již tak byla napjatá kvůli trvale vysoké ceně chleba a nedostatku zásobování.
Král při útěku nepřijal zvláštní opatření a byl během svých pobytů mnohokrát rozpoznán.
Hymnus byl dobře přijat a diváci požadovali přídavek.
Prohlašuji první mezinárodní olympijské hry za skončené.
První světová válka přinesla změny a nový vývoj v koloniální politice.
Průmyslová revoluce se konala ve Velké Británii dříve než v kterékoli jiné zemi.
Suezská krize ukázala meze starých koloniálních mocností, jako je Velká Británie a Francie, v měnícím se světě.
Po převzetí moci národními socialisty v roce 1933 existovaly roztroušené snahy získat zpět staré kolonie.
Po ruské revoluci v roce 1917 získaly některé země, například Finsko, Polsko a Pobaltí, svou nezávislost.
Jedním z jeho posledních prostředků zvýšeného tlaku na Maďarsko byla hrozba zavedení obecných a svobodných voleb.
Klášter Disibodenberg byl rozpuštěn a v důsledku reformace chátral.
V současné době si tu lze prohlédnout rozsáhlé ruiny.
Klášter Rupertsberg byl zničen během třicetileté války v roce 1632 švédskými vojsky.
Vyhnané jeptišky byly přestěhovány do kláštera Eibingen.
Na ruinách se později stavělo.
Po těchto úspěších podepsal smlouvu s týmem Telekomu a nastěhoval se se svou přítelkyní do Merdingen v jižním Bádensku, kde žil až do roku 2002.
V roce 2004 na olympijských hrách v Aténách sledoval Ullrich, coby vítěz silničního závodu, cíl získat svou druhou zlatou medaili.
Cenzura odstranila všechny nežádoucí názory; účast na veřejném životě se stala prakticky nemožnou.
Stopy krve na oblečení vypadaly tak, jak vypadaly, když o nich informovaly zprávy v den vraždy.
Weiss byl městy Kolín nad Rýnem a Brémy poctěn cenami za literaturu. Springer energicky soukromě i veřejně uskutečňoval usmíření s židovským obyvatelstvem a podnikl mnoho cest do Izraele.
Srub úplně vyhořel.
V následujícím roce, v roce 1977, byl vyznamenán medailí amerického přátelství za přátelské chování svého tisku vůči USA.
Okresy Viguier a La Conte obsahují většinu městského sociálního bydlení, jehož obyvatelstvo tvořili hlavně přistěhovalci nebo lidé přistěhovaleckého původu. Historie Carcassonne je přímo spjata s historií jeho opevněného města.
V letech začínajících rokem 2000 bylo pět lékařů na 100 000 obyvatel.
Amnesty International cituje novinové články z roku 2008, které popisují vraždu padesáti lidí obviněných z čarodějnictví.
Von Bellingshausen spatřil Antarktidu 27. ledna 1820, tři dny předtím, než ji spatřil Bransfield, a deset měsíců před Palmerem, který tak učinil v listopadu 1820.
Při expedici Endurance v roce 1914 se britská loď Endurance pod vedením kapitána Ernesta Shackletona vydala s dvaceti osmi muži na palubě překonat Antarktidu.
Tento nákres byl zakládajícím nařízením římského práva, institucí Římské republiky a mos maiorum.
Nicméně, Pyrrhos byl nucen opustit Sicílii, aby se věnoval jiným záležitostem v jižní Itálii.
V 8. století př. n. l. se Řecko začalo vynořovat z temného období, které následovalo po pádu Mykénské civilizace.
Gramotnost byla ztracená a Mykénské texty zapomenuty, ale Řekové přijali fénickou abecedu, modifikovali ji a vytvořili řeckou abecedu.
První řecké texty se začaly objevovat od 9. století př. n.l. Řecko bylo po vzoru do značné míry diktovaném řeckou polohou rozděleno do mnoha malých samosprávných komunit: každý ostrov, údolí a rovina je odříznuta od svých sousedů mořem nebo pohořím.
Asi od 8. století př. n. l. se začaly objevovat městské státy: malé celky s vlastní samosprávou a s vlastními politickými systémy.
Ve středověku většina křesťanů neměla přístup k Bibli ve svém mateřském jazyce.
Ty se ale nerozšiřovaly, dokud nebyly postaveny dostatečně velké lodě, které by přepluly moře.
Obchod se rozvíjel za pomoci obchodních základen ve Středomoří, což byl postup, který se do té doby nepoužíval.
Tato záležitost může být považována za výchozí bod pro jeho kariéru radikálního revolucionáře.
V měsíci dešťů, tedy v pluviôse, v roce II (leden-únor 1794), přijal různá opatření k osvobození podezřelých, aby zmírnil dopady hrůzovládného režimu.
Tyto školy, zcela financované penězi Bernarda Tapie, byly uzavřeny v roce 1994, kdy Tapie vyhlásil bankrot.
Přesto, že německá firma byla světovým distributorem zařízení a textilu číslo jedna, byla ve finančních potížích.
Aby se od toho všeho dostal pryč, pobýval Remis po většinu léta 1947 ve Švýcarsku.
Při svém návratu se bavili myšlenkou žít v Jižní Americe, daleko od problémů poválečné Belgie.
Na jaře 1948 napsal belgický umělec v naději na filmovou adaptaci Tintina dopis Waltu Disneyovi a marně žádal o jeho podporu.
V létě se Georg a jeho manželka vrátili do Švýcarska v doprovodu 18leté Rosany, která byla dcerou jednoho z Germaininých přátel.
Během dovolené, jak krátce poté připustil, si začal mimomanželský poměr s mladou dívkou.
Ve spodní části jsou tři palmy dívající se na moře, které představují lásku, kterou lidé tohoto ostrova pro svou zemi mají.
Kromě toho je výskyt hurikánů na ostrově možný v létě.
Ostrovy leží na Indo-australském zlomu; zlom vznikl srážkou indické a australské desky.
Prvkem podporujícím tuto hypotézu by bylo mohutné stádo královských koní, které bylo ve Villa Pelucca v Sesto San Giovanni.
V roce 1928 bylo postaveno v severovýchodní části parku, v těsné blízkosti závodiště, 90hektarové golfové hřiště.
V roce 1976 se závodiště už nepoužívalo; v roce 1990 požár zničil, co zbylo z dřevěných tribun, které byly později zbourány spolu se stájemi.
V srpnu 1969 papež Pavel VI. odstranil trest smrti z vatikánského zákona a zrušil ho při všech trestných činech.
Vydávání mincí je převážně numismatická záležitost s cílem prodávat je především sběratelům.
Vnitřní část regionu je plochá a kopcovitá, bez jasného rozlišování přechodu z jedné oblasti do druhé.
Existuje mnoho pravěkých artefaktů, včetně několika různých menhirů a dolmenů.
Během třináctého století používali někteří autoři název Apulie k označení jižní části italského poloostrova.
Historik David Crouch naznačuje, že Štěpán opustil soutěž, aby se v tomto období mohl soustředit na jiné otázky.
Jen hrstka z nich (hrabství) existovala pod vládou Jindřicha I. a ty byly do značné míry symbolické.
Během války první koalice bylo vrženo světlo na mladého korsického dělostřeleckého důstojníka, přívržence francouzské revoluce: Napoleona Bonaparte.
Ačkoli to neznamenalo vyřešení konfliktu, francouzské vítězství v bitvě u Marenga přinutilo Rakušany vzdát se Itálie podruhé.
Blokáda Villeneuvovy flotily vyústila v invazivní plán vzdát se Britských ostrovů, a to i v důsledku nového vývoje na kontinentu.
Napoleon si byl jistý, že jednoznačný úspěch u Slavkova by mohl vést k obecné mírové smlouvě, ale jeho naděje byly brzy přerušeny: nový britský premiér, lord Grenville odmítl jakoukoliv dohodu, a stejně tak i car Alexandr.
Co se týče náboženství, Fiorello byl vychováván episkopální církví a členem protestantské církve zůstal po celý svůj život.
Muž mu řekl, že válka mezi těmito dvěma světy je na cestě, jak on a Walter předpovídali; je to z tohoto důvodu, že Olivia, mimo jiné, byla trénovaná jako dítě.
Oba studenti Goffreda Petrassiho, Ennio Morricone a Bruno Nicolai, se setkali v konzervatoři Santa Cecilia.
Rozkvetl mezi nimi dlouholetý profesionální a přátelský vztah, který trval léta.
Nicolai spolupracuje na různých Morriconeho filmových choreografiích, například na Metti, una sera a cena; některé z nich napsali společně.
Nicméně kvůli neoficiální spolupráci se přátelství mezi těmito dvěma rozpadlo, což dalo podnět k právním sporům.
Antonio Gaudí přinesl ve 20. století, mezi 1904 a 1914, reformu, která trvala deset let.
To má tři paralelní kaple v apsidě a mnoho bočních kaplí mezi pilíři.
Traduje se, že téma bylo zvoleno záměrně kvůli velkému počtu konvertovaných Židů, kteří žili v Palmě.
Předtím, než byly zformovány Andy, byl západní okraj Jižní Ameriky už oblastí několika orogenezí.
Centrální Andy patří k takzvaným „Andes de tipo Andino“, které byly vytvořeny v subdukci oceánské kůry.
Nicméně jeho rozchod s Linaresem a přerušení pokrokové linie vyvolalo proguzmánovské povstání, které ho v roce 1879 svrhlo.
Pod jeho správou směly volit ženy, byly legalizovány politické strany, směli se vrátit všichni vyhnanci a byli osvobozeni zbývající političtí vězni.
Zhroucení a intervence desítek bank vedly k úniku kapitálu, což způsobilo, že firmy bankrotovaly.
Jedná se o úsek od této druhé hranice až k vnější hranici, imaginární čáru, která spojuje maják v Punta del Este s majákem v Punta Rasa.
Věci se začaly měnit v říjnu 1777, když britské síly pod vedením generála Johna Burgoyna kapitulovaly v Saratoze na severu státu New York.
To byla rána z milosti a podnět, osadníci potřebovali získat svou nezávislost.
Indiáni přijeli z Kanady vedeni Josefem Brantem; podporovali Brity, protože kolonisté znárodňovali stále více a více jejich pozemků.
Expedice byla pod vedením generála Josefa Burgoyna, který chtěl dosáhnout Albany.
Byli však zastaveni a museli bojovat ve Freemanu, v blízkosti řeky Hudson.
Španělština zlatého věku nebo španělština v raném novověku jsou varianty jazyka, který představuje přechod od středověké španělštiny ke španělštině moderní.
Na druhé straně obsahuje vnější historie odkazy na historii španělských mluvčích, jejich historickou proměnlivost a sociální použití jazyka.
Nicméně pokud by bylo přijato anglické právo, dcery Ludvíka X., Filipa V. a Karla IV. by měly mnohem větší nárok na trůn než jejich teta Izabela Francouzská.
Tyto pokusy o nastolení míru nakonec skončily na jaře roku 1415 a Jindřich se rozhodl provést svůj plán: napadení celého království Francouzského.
Jednal také o federalizaci Buenos Aires, o rozšíření obchodního zákoníku a jmenování nových generálů do armády.
V roce 1976 se setkal s přítelem Kiki Deeem, který pracoval v jeho hudebním vydavatelství „The Record Company“, aby nahrál, co pro něj mělo být dalším výrazným úspěchem: skladbu „Don't Go Breaking My Heart“.
Pompeius se ujal velení dvou legií v Capue a začal neoprávněně zvyšovat daně, což, jak lze předvídat, využili Caesarovi přívrženci, kterým nadržoval.
César byl o Pompeiových akcích osobně informován Curiem, který v té době skončil své funkční období.
Mezitím obsadil jeho místo tribuna Marcus Antonius, který zastával tuto funkci do prosince.
Ale když mu Senát konečně odpověděl tím, že zakázal jeho soutěžení v konzulátu a dal mu na vybranou buď stáhnout své vojáky, nebo se stát veřejným nepřítelem, pochopil, že ať si vybere jakoukoli možnost, měl by se vzdát neozbrojený do rukou svých politických nepřátel.
1. ledna 49 př. n. l. přečetl Marcus Antonius Césarovo prohlášení, ve kterém se prokonzul prohlásil za přítele míru.
