Starlin se v příštím čísle ujal zápletky a začal rozvíjet složitý příběh, který se točí kolem ničemného Thanose; ten se pak objevil v mnoha titulech Marvelu.
Souběžně s tím v polovině 70. let Starlin vydával údajně jím objevené příběhy v nezávisle publikované sci-fi antologii Star Reach.
Mišima byl přes babičku přímým potomkem Iejasu Tokugawy.
V roce 1955 začal Mišima s posilováním a svůj tréninkový režim sestávající ze tří tréninků týdně nepřerušil posledních 15 let svého života.
Ke konci svého života byl Mišima stoupencem svérázného směru nacionalismu.
V roce 2011 se Bluntová stala hlavní tváří nové vůně Opium značky Yves Saint Laurent.
Bluntová se objevila vedle Ewana McGregora a Kristin Scott Thomasové v britském komediálním filmu z roku 2011 Lov lososů v Jemenu, který režíroval Lasse Hallström.
Tento rok se též mihla v Disneyho Mupetech jako sekretářka Miss Piggy.
Vedle Jasona Segela hrála ve filmu z roku 2012 Zásnuby na 5 let, který režíroval Nicholas Stoller.
V lednu 2011 začala Bluntová společně s Brucem Willisem a Josephem Gordonem-Levittem natáčet americkou sci-fi Looper, kterou režíroval Rian Johnson; film byl uveden do kin v září 2012.
Valentino se snažil postavu arabského muže nezobrazit stereotypně.
V jedné verzi Romea a Julie chtěl Joseph Schenck vedle Valentina obsadit svou ženu Normu Talmadge.
V listopadu lord Halifax, předseda státní rady, soukromě navštívil Německo a setkal se tam s Hitlerem a dalšími vedoucími představiteli.
Krátce poté, co německé vojsko překročilo hranice, Chamberlain při proslovu ve vládě obvinil jak Německo, tak Rakousko.
V květnu česká pohraniční stráž zastřelila dva sudetoněmecké sedláky, kteří se nedbajíce hraniční kontroly pokoušeli překročit hranici do Československa.
V té době, když Piaf a Mômone odcházely zpívat na ulici nebo do klubu, zůstávala Marcelle často v pokoji samotná.
Až do Smithovy smrti to zůstávalo skoro úplně zapomenuto.
Dalším tématem románové série Skylark jsou předchůdci moderních informačních technologií.
Už v roce 1926 napsal Meyer Irène Joliot-Curie a navrhl jí, aby Rona pracovala s ní, a mohla se tak naučit, jak jeho laboratoř vyrábí vlastní vzorky polonia.
Jakmile byl Hans Pettersson schopen Roně zaplatit její finanční náklady, Joliot-Curie jí dovolila přijet do Institutu Marie Curie v Paříži a zkoumat separaci polonia.
Rona vyvinula vylepšenou metodu přípravy poloniových zdrojů a výroby alfa zářičů.
Poté, co se v oboru stala uznávaným expertem, přenesla tyto zkušenosti a spolu s nimi i malý disk polonia zpět do Institutu pro studium radia.
Tento disk Roně umožnil vytvořit laboratorní vzorky polonia, které byly v daném institutu hojně využity v pozdějším výzkumu.
Mimo sezonu v roce 2013 vystupovala jako hlasatelka předpovědi počasí na CTV Montreal.
O titul si pak zahrála se Sarou Errani, ale byla poražena.
Bouchard utrpěla ve třech setech neuvěřitelnou ztrátu.
Poté, co si jejich dcera Cecílie vzala za muže Richarda Plantageneta, 3. vévodu z Yorku, a měla s ním několik potomků, včetně Edwarda IV. a Richarda III., se Jana stala babičkou dvou anglických králů z Yorku.
Jan z Gentu zemřel roku 1399.
Rytíř Lyvet byl propuštěn a jeho stoupenec uvržen do Toweru.
Nedlouho předtím se rozvedl s herečkou Glorií Holden, ani po manželské roztržce se ale nevzdával.
V Sabrině (1954) s Audrey Hepburnovou v hlavní roli hrál mladšího bratra Humphreyho Bogarta, představujícího bezstarostného floutka.
Rozhodl se, že v nadcházejících volbách už nebude usilovat o další (v pořadí třetí) zvolení.
Prezidentská kampaň v roce 1980, v níž proti sobě stáli Reagan a úřadující prezident Jimmy Carter, probíhala v době vnitrostátních problémů a probíhající krize v Íránu, při níž byli zajati rukojmí.
Poprvé od roku 1952 získali republikáni senát a 34 křesel ve sněmovně, demokraté si však stejně podrželi většinu.
Uzdravil se a 11. dubna byl propuštěn z nemocnice, a stal se tak prvním úřadujícím prezidentem USA, který přežil střelné zranění při pokusu o atentát.
Reagan věřil, že Bůh jeho život ušetřil, aby mohl dále plnit vyšší poslání.
Předmětem Blochových úvah je naděje jakožto hlavní princip jeho marxistického učení, dále zdůrazňuje humanismus vlastní mystické tradici.
Vlastní teologie by tak musela být vytvářena ve světle svého budoucího cíle.
V roce 1991 poté, co si Pebe zajistila novou vydavatelskou smlouvu na své písničky, přestěhovala rodinu do Nashvillu v Tennessee.
Když bylo Keshe 16, napsala s Pebe společně píseň Stephen; Kesha pak uhnala svého oblíbeného produkčního Davida Gamsona ze Scritti Politti, který souhlasil, že píseň vydá.
V srpnu 2015 Kesha zveřejnila pár informací o svém připravovaném třetím studiovém albu.
Tentokrát ho dostal, ale odmítl uvěřit, že ona už nechce být jeho ženou.
Wright se narodil ve městě Poole v Dorsetu, ale vyrůstal převážně ve městě Wells v Somersetu.
Wright má bratra Oskara, který je autorem komiksů, a který pro Edgarovy filmy vytváří kreslené scénáře, konceptuální umění a propagační fotky.
Mocnosti nesplnily požadavky na uznání Albánie.
Na počátku londýnské konference konané v prosinci 1912 velvyslanci všech šesti mocností odmítli plán na ustavení nezávislé Albánie.
Namísto toho rozhodli, že Albánie se s autonomní vládou stane součástí Osmanské říše.
Poté, co bylo zřejmé, že Osmanská říše ztratí celou Makedonii a tím i spojení s Albánií, si mocnosti uvědomily, že je třeba rozhodnutí změnit.
Londýnská smlouva, podepsaná 30. května 1913, rozdělila bez ohledu na etnické složení značnou část území nárokovaného Albánií mezi balkánské spojence, redukujíc tak území Albánie na její centrální oblast.
Důstojníci byli schopni v neděli ráno během akce zdolat 53letého člověka.
Král Salmán nahradil politického veterána vedoucím finančního dohledu, Muhammadem Džadaánem.
Ropa, zlato nebo potravinářské výrobky, jako je pšenice, jsou přírodní zdroje, do nichž investoři po celém světě investují miliardy.
Se 71 góly ve 137 mezinárodních utkáních vstřelil rekordní počet gólů pro DFB.
Essenská policie vyšetřuje pomocí dat z debetních karet čtyři lidi, kteří jen stáli a přihlíželi, zatímco v bance zemřel důchodce.
Mluvčí nevyloučil možnost, že by mohli být vyšetřováni i další lidé.
Protože série 1 už není ta stará, mohou mnozí uživatelé ušetřit 100 eur.
Na fotografii je nad klávesnicí jasně vidět úzký pruh dotykového displeje, který byl podle fám očekáván.
Člověk neví, jakým způsobem by oba dramatici spolupracovali.
Švédská studie ukázala, že zvířata zřídka, pokud vůbec, zabřeznou po dvouměsíčním období rozmnožování.
Podle Parkera jsou agenti Ruské tajné služby velmi aktivní ve Velké Británii.
Rusko oznámilo pozastavení smlouvy na začátku října.
Zákon vymezuje řadu podmínek, jejichž splnění by mohlo dohodu opět ztížit: USA by musely stáhnout všechny své vojáky ze zemí, které vstoupily do NATO po roce 2000, zrušit všechny sankce proti Rusku a také uhradit náklady, které vznikly v důsledku sankcí.
Je to politický proces a já jsem se rozhodl, že nebudu přítomen, tak to bylo řečeno.
Jestliže turecký zaměstnanec skončí, přijdou turecké odbory.
Z tohoto pohledu jsou nehybné struktury a samolibé elity důvodem, proč je systém zdravotnictví, vzdělávání a zahraničního obchodu v USA v tak špatném stavu.
Kühn může jen kroutit hlavou.
Noviny „Die Zeit“ se v červenci jako první zabývaly v souvislosti s obchodem s nemovitostmi pochybnými toky peněz a hrozbou platební neschopnosti.
Hodina duchů začne nejpozději tehdy, když začnou varhany hrát strašidelné písně, jako byla například v 60. letech píseň Monster Mash.
Von Beust ospravedlňoval zvyšování nákladů nedostatkem detailního plánování.
Simon Krätschmer tápe sám zlověstným zchátralým domem.
Je to proto, že každý zázrak a každá specializovaná oblast zabírá celé pole.
Výroba modelu smartphone byla zcela přerušena. Bylo to 30. srpna 2015, když armáda kachen dobyla internet.
Generace smartphonů získala aplikaci, kterou si zaslouží, ve které získala ta nejstupidnější situace v nejlepším případě milionové publikum.
Na druhou stranu, Vine bylo umění v šesti sekundách.
A teď je také mistrem světa.
Nicméně pro Kerberovou znamená finále sezóny konec neuvěřitelného roku.
Po senzaci na Australian Open prohrála 28 letá hráčka poprvé ve finále proti Sereně Williamsové.
Teď jen není jisté, ve kterém.
Hádáte se se svým budíkem?
Je to jasné: Muži by mohli mít větší odpovědnost v otázkách antikoncepce.
Podle křesťanské víry byl hrob, který byl obložen vápencem, místem posledního odpočinku Ježíše. Důvod pro propagaci videa v Německu je nejasný.
Důstojníci mě svým nenapodobitelně přihlouplým způsobem požádali, ať jim řeknu, zda znám spisovatele Günter de Bruyna a zda jsme intelektuální příbuzní.
Larry Vance, kanadský vyšetřovatel havárie letadla, řekl Spiegelu, že je přesvědčen o tom, že jeden z pilotů měl v úmyslu přistát s letadlem na oceánu, aby se potopilo.
Pro Barrosa nemusí být případ ukončen.
Výměna Barrosa způsobila velký rozruch.
Aktuální zatýkání je „pokračováním podvodů namířených proti nám,“ řekl Dündar. Dohoda mezi Aoun a Hariri prozatím dvě nepřátelské frakce přiblížila.
Manžel Hillary Clintonové, současné kandidátky na Bílý dům, omilostnil poslední den svého prezidentství, 20. ledna 2001, mnoho lidí, včetně Riche.
Dündar varoval Evropu, aby neměla příliš mnoho pochopení pro Erdoganovu politiku.
Adnan Z. Amin, generální ředitel Mezinárodní organizace pro obnovitelné energie (IRENA) si je jistý: „Pobřežní větrné elektrárny se mohou stát hlavními zdroji energie v globální ekonomice, která je založena na energii bez uhlí.“
Dobrá čísla v Asii okamžitě tlačila akciové trhy nahoru.
Člověk v souvislosti s rozvíjejícím se trhem s nemovitostmi a zvyšujícími se federálními výdaji očekává problémy.
Tyto dva vystavené obrazy od Lucase Cranacha staršího jsou obzvláště poutavé.
Proto protivné příznaky zcela nezmizí: Podle informací ze zpráv agentury DPA budou aktivovány například pouze v případě, že umělec nebo hudební vydavatelství nejsou členem svazu GEMA a nemají smlouvu s YouTube.
Nečistoty nejenže napadají nevyvinuté plíce maličkých, ale mohou vést také k dlouhodobému zhoršení při vývoji dospívajícího mozku.
Není žádným překvapením, že federální a státní vlády klasifikovaly National Natural Heritage jako celostátní úsilí s nejvyšší prioritou a zdokumentovaly ho od roku 2005 v koaliční smlouvě.
