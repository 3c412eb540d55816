V roce 833 n.l. se z něj dobytím Nitranského knížectví (dnešní Slovensko) stal stát Velká Morava.
Jejich prvním králem byl Mojmír I. (vládl v letech 830–846).
Ludvík Němec vpadl na Moravu a Mojmíra I. nahradil jeho synovcem Rasticem, pozdějším svatým Rostislavem.
Kromě toho stanovy určují volby regionálních zastoupení a metropolitních okresů.
Přestože Island byl pod politickou nadvládou Dánska do mnohem pozdější doby (1918), islandština se téměř dokonale ubránila vlivu dánštiny a výpůjčkám z ní.
Existují i jazyky odvozené z finštiny, které se vyvíjely odděleně, známé jako meänkieli ve Švédsku a kven v Norsku.
Stupňování souhlásek je znakem finštiny i severních sámských dialektů, ale je přítomno i v jižních sámských dialektech, o kterých se soudí, že se vyvíjely jinak.
Severní část Kavkazu je známá jako Předkavkazsko a jižní jako Zakavkazsko.
Atmosféra je systém chaotický, takže malé změny jedné části můžou postupně silně ovlivnit systém jako celek.
Během dešťových srážek vodní kapky absorbují a rozpouštějí kysličník uhličitý z okolního vzduchu.
Nedávným příkladem kontroly počasí byly čínské přípravy na letní olympijské hry roku 2008.
Ve východní Africe, tvarované globálními silami, které pohybují tektonickými deskami a vytvořily východoafrický rift, se nacházejí Mount Kilimanjaro a Mount Kenya, dva nejvyšší vrcholy Afriky.
Ten druhý rozšířil islám i do pobřežního pásu, ale většina Bantuů s islámem nikdy nepřišla do styku a zůstala vyznavači tradičního afrického náboženství.
Francie integrovala kamerunskou ekonomiku do své a vylepšila infrastrukturu za pomoci kapitálových investic, kvalifikovaných dělníků a změn v systému nucených prací.
Prvního října 1961 se původně britský Jižní Kamerun spojil s Francouzským Kamerunem a vznikla Federální republika Kamerun.
Odbor vyšetřování nejhorších forem dětské práce informoval, že 56% dětí ve věku 5 až 14 let pracuje a že téměř 53% dětí ve věku 7 až 14 let kombinuje školu a práci.
Podnebí Sahelu je podobné podnebí saharské pouště na sever od něj, ale méně extrémní.
Od června do srpna 2010 byl Sahel postižen hladomorem.
Kolem středomořského pobřeží se nacházelo několik starobylých civilizací a ty byly blízkostí moře významně ovlivněny.
Poskytovalo nejen trasy pro obchod, kolonizaci a válečná tažení, ale v průběhu věků poskytovalo četným komunitám i potravu (od rybolovu po sběr různých mořských živočichů).
Díky společnému podnebí, geologické stavbě a přístupu k moři se kultury i historie komunit soustředěných ve Středomoří do jisté míry prolínaly.
Dvěma z nejvýznamnějších středomořských civilizací v klasickém starověku byly řecké městské státy a Féničané, přičemž jedni i druzí středomořské pobřeží ve velkém měřítku kolonizovali.
Později, když Augustus založil Římskou říši, nazývali Římané Středozemní moře Mare Nostrum („Naše moře“).
Blindleia je fjordový kanál chráněný šérami, který začíná u Kristianstadu v jižním Norsku a pokračuje za Lillesand.
V dánštině se tímto slovem můžou označovat i mělké laguny.
Stejně jako fjordy bývají sladká jezera hluboká.
Podávaly se alkoholické nápoje jako například pivo, bjórr (silné ovocné víno) a – pro bohaté – dovážené víno.
Ať byla pravidla jakákoli, boje často vedly k úmrtí jednoho z hřebců.
Schlei a mokřady mezi Danevirke a Husumem v tuhé zimě zamrzly a území jižně od Danevirke bylo dobyto postupující německou armádou.
Tento ústup pruskorakouskou armádu překvapil a téměř celá dánská armáda stihla dokončit evakuaci. V důsledku toho však byly na místě zanechány důležité součásti těžké dělostřelecké výzbroje a historikové se dodnes dohadují, jak to, že pro evakuaci nikdy nebyla pořádně využita železnice do Flensburgu.
Zprávy o ústupu šokovaly dánské veřejné mínění, jež Danevirke považovalo za nedobytné, a generál de Meza byl okamžitě zbaven velení.
Od té doby Danevirke zůstává v německém vlastnictví.
V roce 1987 se objem zboží přepravovaného po Dunaji zvýšil na přibližně 100 miliónů tun.
Větší část dunajské delty leží v Rumunsku (župa Tulcea), zatímco severní část na levém břehu Kilijského ramena se nachází na Ukrajině (Oděská oblast).
Podnebí je tak suché, že se tyto pláně někdy považují za součást Sahary.
Liší se od západní části země tím, že jeho dominantní topografické prvky se nenacházejí podél pobřeží.
Severní Alžír je v mírném podnebném pásu a těší se přívětivému středomořskému podnebí.
První a nejdůležitější byla řeka Ohio, která se vlévala do řeky Mississippi.
Jádrem sporu byla otázka, zda Kansas vstoupí do Unie jako svobodný, nebo otrokářský stát.
Reakce národa na události v Kansasu ukázala, jak hluboce byla země rozdělena.
Co se týká barvy, listy vykazují velkou rozmanitost zelených odstínů od žlutavých až po modravé.
Původní Američané v obou amerických světadílech na něj spoléhali jako na základní ingredienci léčebných prostředků.
Křesťanské církve v severozápadní Evropě a na Ukrajině často používaly k obřadům na Květnou neděli místo palem vrbové proutí.
Alpy poskytují nížinné Evropě pitnou vodu, závlahu a vodní energii.
Třebaže se jejich území rozprostírá jenom na asi jedenácti procentech evropské plochy, Alpy nížinné Evropě poskytují až 90 procent vody, a to zejména suchým oblastem a v letních měsících.
Města jako Milán závisí z osmdesáti procent na vodě z alpských potoků.
Voda z řek je využívána ve více než pěti stech vodních elektrárnách a generuje až 2900 kilowattů elektřiny.
Ze Švýcarska tečou velké evropské řeky jako je Rýn, Rhôna, Inn, Ticino a Pád, z nichž všechny pramení v Alpách a tečou do sousedních zemí a nakonec se vlévají do Severního, Středozemního, Jaderského nebo Černého moře.
Nauka o sopkách se nazývá vulkanologie, anglicky volcanology, někdy psáno jako vulcanology.
Toto magma bývá velmi vazké kvůli vysokému obsahu oxidu křemičitého, takže se často nedostane na povrch, ale zchladne v hloubce.
Většinou nepůsobí katastrofy náhlou explozí.
Globální oteplování způsobilo změnu vzorce deštivých období.
Obsahuje malou lagunu, která už téměř vyschla.
V roce 1975 byla vyhlášena přírodní rezervací.
Výzkum a expedice na ostrov pokračují.
Toto osídlení pravděpodobně začalo kolem roku 1000 př. n.l., když se obyvatelé východní Melanésie vydali na sever. V letech, kdy rodina žila v Kentucky a Indianě, pracoval Thomas Lincoln jako farmář, truhlář a tesař.
Destrukce životního prostředí významně zvyšuje zranitelnost území vůči přírodním katastrofám jako povodně a sucha, neúroda, šíření chorob a kontaminace vody.
Na druhé straně zdravý ekosystém s dobrou správou riziko těchto událostí snižuje, nebo přinejmenším eliminuje jejich nepříznivé důsledky.
Zemědělská půda v důsledku zničení okolní krajiny skutečně může trpět.
V uplynulých 50 letech zničení habitatu obklopujícího zemědělskou půdu degradovalo přibližně 40% zemědělské půdy vlivem eroze, salinizace, stlačení, zbavení živin, znečištění a urbanizace.
Při zničení přírodního habitatu lidstvo také přichází o bezprostřední užitek z něj samého.
Papua-Nová Guinea je často označována za potenciálně nejhorší místo na světě z hlediska genderového násilí.
Tyto rostlinné čeledi dosud existují na Papui-Nové Guinei. Severní a Jižní Amerika jsou v sedmikontinentálním modelu považovány za dva samostatné kontinenty.
Ty nejsou příliš populární kvůli často odlehlým a špatně dopravně obslužným místům.
Zbylou rozlohu půdy, která v souhrnu činí asi jedno procento území státu, vlastní soukromí vlastníci.
Toto je také jediná oblast na Aljašce, kde se průměrná denní teplota v zimě pohybuje nad bodem mrazu.
Před příchodem evropských národů do této oblasti Aljašku po tisíce let okupovaly četné domorodé kmeny.
Tady ukradli malou kánoi, kterou tam zanechali místní australští Aboriginci.
Současně s růstem města Brisbane se kvalita vody v řece zhoršovala, až se z ní v nejhorších obdobích stala doslova otevřená stoka a smetiště.
Tehdejší starostka Brisbane, Sallyanne Atkinson, vyhlásila rok 1987 „Rokem řeky“.
Písečné a prachové bouře jsou přírodními jevy vyskytujícími se v suchých oblastech, kde země není pokrytá vegetací.
Prachové bouře většinou začínají spíš na okrajích pouště než přímo v poušti, odkud už jemnější částice byly dávno odváty.
Jak začne vítr vát soustavně, rozvibrují se jemné částice ležící na obnažené zemi.
Při větších rychlostech větru jsou některé částice vyzdviženy do vzdušného proudu.
Když přistávají, narážejí do jiných částic, které tím také vymrští do vzduchu a zahájí tak řetězovou reakci. Nicméně v Thajsku urbanizace rovněž způsobila nárůst problémů jako například obezity.
Bouře jsou vzácné – město hlásí hromobití pouze v sedmi dnech do roka.
Do roku 1340 měla Káhira téměř půl miliónu obyvatel, díky čemuž byla největším městem na západ od Číny.
Zatím další vodní díla na Nilu umožnila rozvoj ostrova Gezira a městského nábřeží.
Průmyslová produkce Nevady je spojena s turismem, hornictvím, strojírenstvím, tiskařstvím a vydavatelstvím, potravinářstvím a elektronikou.
Název „Karibik“ je odvozen od Karibů, jedné z dominantních skupin původních amerických obyvatel v této oblasti v dobách kontaktu s Evropany v druhé polovině patnáctého století.
Po objevení Ameriky Kryštofem Kolumbem v roce 1492 se pro území používal španělský název Antillas; vlivem tohoto názvu se v různých evropských jazycích stal název „Antilské moře“ běžnou alternativou „Karibského moře“.
Během prvního století rozvoje nebyla španělská dominance na tomto území nikým zpochybňována.
Od šestnáctého století Evropané navštěvující karibskou oblast rozlišovali „Jižní moře“ (Tichý oceán, jižně od Panamské šíje) a „Severní moře“ (Karibské moře severně od ní).
Karibské moře bylo eurasijským populacím neznámé až do roku 1492, kdy do karibských vod poprvé vplul Kryštof Kolumbus se záměrem najít lodní trasu do Asie.
Bohužel, rychlý nárůst populace a sídelní kaše pokryly většinu z těchto ekosystémů stavební činností.
Místní samospráva Kapského Města nese název City of Cape Town a jde o metropolitní správní oblast.
Esej publikovaná pod názvem „Undersea“ byla živým vyprávěním o cestě po mořském dně.
Využila také svých osobních styků s mnoha vědci zaměstnanými na státních projektech, kteří ji zásobovali důvěrnými informacemi.
To ke knize přilákalo pozornost chemického průmyslu a jeho lobbistů i širokých kruhů americké veřejnosti.
V padesátých letech čtrnáctého století, když se začala hroutit dynastie Jüan, mohl král Kongmin konečně reformovat vládu říše Korjo.
Jihokorejská ekonomika od šedesátých let dvacátého století enormně vzrostla a její struktura se radikálně proměnila.
Většinou to zahrnuje jednoduché terénní úpravy a mobiliář, jako prostá piknikovací místa, lavičky a stezky.
Australský Royal National Park, založený v roce 1879, byl druhým oficiálně založeným národním parkem na světě.
Hlavním účelem bylo zajištění otevřeného prostoru pro obyvatele měst i místní obyvatele v oblasti, která byla mohutně zastavována.
