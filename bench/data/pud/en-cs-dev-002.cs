Teoreticky by si manželský pár mohl zařídit čtyři Tesco účty a získat tříprocentní úročení z 12 000 – tedy 360 liber.
Zákazníci Bank of Scotland, kteří si na účtu bezplatné zvýhodnění aktivují, získají 3% úroku zůstatků ve výši 3000 až 5000 liber.
Teoreticky tak máte neomezený přístup ke svým penězům.
Tuto tříprocentní úrokovou sazbu mohou využít také držitelé věrnostních karet Nectar, v případě že si chtějí půjčit částku v rozmezí 15 001 až 19 999 liber, a to na dobu dvou až tří let.
Síra je důležitá živina, nezbytná pro zdravý růst rostlin; půda v Anglii však trpí přirozeným nedostatkem tohoto minerálu.
V roce 2016 to je však klíčové téma.
Ačkoliv se to nezdá, dokonce i kyselé dešťové mraky mohou být k něčemu dobré.
Svět je sice plný zloby a absurdity, ale zatím se stále najdou lidé, jejichž důstojnost jim nedovolí se s tím smířit.
Skončíte tak, že s nastraženýma ušima čekáte, až se znovu ozve hluk, abyste se, když k tomu nakonec dojde, mohli ještě víc naštvat.
To je prostě oprávněně strašné.
Retro je pro Rocca Catalana životní styl.
Myslím, že to je důvod, proč se zaměřili na vzory a barvy.
Poté, co Catalano žil v Londýně a Glasgow, kde na Glasgow School of Art studoval design šperků, se do tohoto kraje vrátil.
„Miloval jsem tropické barvy,“ říká.
„Navštěvuji vernisáže závěrečných prací diplomantů Univerzity v Northamptonu, abych našel nové talenty,“ říká.
Rozesměje se, když jí navrhnu, aby byl Frank jedním z modelů.
Samozřejmě, že v kancelářích je víc oblečení než jídla.
Sama Wintour se objeví jen krátce a v záběru si před rozhovorem nasazuje brýle.
Prohlížel jsem si fotky z motokrosu a postupně jsem zjistil, že na fotkách, které vypadaly jako ze 70. let, se opakuje stále stejná ženská tvář.
S kolekcí si rád hraju, vždy hledám inspiraci splňující tato kritéria a když ji najdu, je to velmi zajímavé.
V lepším případě je to naivní, v horším případě by lovecké lobby odpadly veškeré starosti.
Jeff Knott, jejich šéf zodpovědný za životní prostředí, uvedl: „Divil bych se, kdyby to vedlo k zákazu nebo k povolení.“
Postoj RSPB také vedl ke konfliktu s mnoha předními ochranáři, mimo jiné s autorem petice Markem Averym i s televizním moderátorem Chrisem Packhamem. Řekněme jen, že je to špatně.
A co postoj Austrálie?
S ohledem na tuto záležitost stojí za pozornost sobotní událost v Maroku, kde vyspělé země budou mít možnost veřejně debatovat o svých plánech a cílech. Bylo citováno jeho následující prohlášení: „Intenzivně přemýšlíme, jak otevřít možnost soudit se pouze těm, kteří mají v projektu nějakou konkrétní roli.“
„Pokud nedojde k omezení rybolovu, hrozí tresce obecné vyhynutí,“ uvedl nejmenovaný představitel EU.
Je také plánováno značné omezení lovu tresek obecných, mořských jazyků, platýsů a tresek tmavých v Keltském a Irském moři.
Ochránci přírody oznámení komise přivítali.
Jen 50 z nich sloužilo k obchodování. „Do Agory jste se dostali jen na pozvání, ale mnoho z těchto tržišť, pokud víte, jak je najít, je normálně přístupných,“ dodává dr. Lee.
Za nás nic takového neexistovalo a bezdětní lidé vyjadřují prostřednictvím svého nesouhlasu veškerou svou nenávist k modernímu rodičovství.
Divoch mu neříkám jen tak pro nic za nic. Třetí den jsem se vrátil k EMicru.
Svět – a potažmo Velká Británie – se potýká s nedostatkem lidí, kteří mají takové dovednosti, aby mohla být zavedena účinná obrana.
Společnosti se mohou pokusit firewall nastavit mezi citlivými systémy a cizími mocnostmi, ale to nemusí vždycky fungovat.
Několik jsem jich našel.
Moje další zastávka byla v Bellinghamu, což je město v těsné blízkosti kanadských hranic.
Zpět do vlaku, budeme pokračovat na jih.
Míjíme městečko se dvěma minarety.
Na každé stanici dohlíží na nástupiště výpravčí s červenou čepicí, zatímco výhybkář chodí podél vlaků s kladivem a jemně poklepává na podvozek.
Následuje návštěva ranního trhu (6.30-10.00): rýžová lízátka, vosí zámotky (kukly jsou považovány za delikatesu), buvolí plíce, kůra a listy palmy arekové, živé ropuchy a sumci.
Jedná se možná o největší čínskou intervenci od roku 1997, kdy Velká Británie předala Hongkong do čínských rukou.
Zákonodárci v přísaze slibují věrnost Hongkongu jakožto součásti Čínské lidové republiky.
Hongkongská vláda, která je vedena pročínskými politiky, argumentuje, že ani jeden z nich by se neměl ujmout funkce.
„Peking se domnívá, že čínský zásah je nutný, aby ve městě nedošlo k parlamentní krizi,“ řekl.
Zdá se, že Hongkong se připravuje na vlnu protestů.
V pořadu Andrewa Marra, který běží na BBC, uvedl: „Volby jsou to poslední, co by si vláda přála.“
Sní o tom, že kariéru ukončí zde.
Remizovat v zápase, ve kterém tým vedl, se dá odpustit, ale když se to stane třikrát za sebou, vypovídá to o slabosti týmu.
Jsme opravdu zklamaní, protože jsme v domácích zápasech přišli o šest bodů.
Rozhodně tomu tak bylo v případě Andyho, když v dubnu hrál v Monte Carlu proti Benoîtovi Pairemu.
Teď je ale všechno jinak a on vypadá, jako kdyby se pořád hledal.
Zajímalo by mě, jestli v tom hrál roli Davis Cup.
Z ročního průzkumu rovněž vyplynulo, že obavy z uzavírání nových finančních závazků vzrostly.
„Nelze ignorovat nárůst politického rizika,“ dodává Hopleyová.
Zprávy o podvodném jednání, kterého se automobilka dopouštěla řadu let, snížily hodnotu společnosti o desítky miliard eur a stály generálního ředitele Martina Winterkorna jeho funkci.
Volkswagen, který rovněž čelí požadavkům na odškodnění a žalobám, již musel vynaložit 16 miliard eur.
Vyšetřování začalo v červnu a zaměřilo se na generálního ředitele Winterkorna a na šéfa značky Herberta Diesse; ten zatím v automobilce zůstává.
V říjnu 2015, měsíc poté, co skandál vyšel najevo, byl povýšen na předsedu.
Společnosti očekávaly, že se v červenci okamžitě po referendu o brexitu budou muset začít uskromňovat, avšak ukazuje se, že se jim podařilo zachovat stabilní růst.
Velká kupní síla vedla k rozvoji maloobchodu, velkoobchodu i služeb.
Ovšem vzhledem k tomu, že schodek rozpočtu je i nadále velký, budou možnosti vlády investovat omezené. Cena se bude měnit každý měsíc a očekává se, že v zimě bude vzhledem k vyšší spotřebě růst.
Společnost Eon nabízí pevný tarif za 760 liber, za stejnou částku lze pořídit také tarif Simple a Select společnosti Avro Energy.
Je to drahý standard nebo zálohový tarif?
Investor, který má průměrnou dávku štěstí a dluhopisy v hodnotě 10 000 liber, může očekávat roční výdělek ve výši 125 liber.
Pokud by tomu tak bylo, prémiové dluhopisy by se ničím nelišily od běžných spořicích účtů.
Peníze investované do prémiových dluhopisů a do dalších produktů společnosti National Savings & Investments pomáhají financovat vládní výdaje.
Investoři však i nadále vkládají do fondů finanční prostředky.
Následovaly fond Aviva Investors Multi Strategy Target Return, do něhož investoři vložili 2 miliardy liber, a fond Aviva Investors Multi Strategy Income, do něhož bylo investováno 1,4 miliardy liber.
To znamená, že nevyužili posílení zahraničních aktiv, ke kterému došlo následkem pádu libry.
Společnost Adidas pomáhá oceány čistit tím, že z odpadků vylovených z oceánů vyrábí tenisky.
Spotřebitel může určovat požadavky na změnu.
Ze zprávy zveřejněné v lednu vyplývá, že pokud nebudou přijata radikální opatření, která zastaví proudění odpadků do vod oceánů, bude v roce 2050 v oceánech víc plastů než ryb.
Po operaci, která byla skvěle provedená, a náročné rehabilitaci se mi povedlo plně zotavit.
Varoval, že NHS je nyní pod „obrovským tlakem“, a vyzval veřejnost, aby převzala více zodpovědnosti za vlastní zdraví.
V důsledku špatného počasí utrpěli zranění čtyři z deseti dospělých, devět z deseti osob pak podceňuje, jak velká zima může v zimním období ve Velké Británii panovat. Budou hrát v sobotu 10. června.
Minulý rok byl neuvěřitelný a těším se na to, že v roce 2017 bude další ještě lepší ročník.
Začínala v Royal Shakespeare Company v polovině šedesátých let rolí chovankyně ústavu ve hře Marat/Sade. Kostýmy jsou moderní.
Odkud se bere ta její neuvěřitelná energie a její hlas, který dokáže rozechvívat vzduch?
Na krku jí vyvstávají žíly a ruce se jí třesou.
Není divu, když Glenda v hlavní roli tak září.
Několik desetiletí pracoval v rozhlase a v televizi v oddělení zpravodajství a současného dění.
Pokud se to provede správně, tak to teoreticky nelze odhalit.
Polož mikrofon.
Podle režisérových počtů natočil k dnešnímu dni osm celovečerních filmů. „Filmařina se natolik změnila, že Hollywood se rodinám jako divákům odcizil.“
Z pohledu režiséra je film složitým hledáním rovnováhy mezi zobrazením bezstarostné rodinné pohody a palčivých společenských dramat.
Do jisté míry snímek působí jako příjemný rodinný film, který je jako stvořený pro nedělní odpoledne.
Samozřejmě nesmíme zapomenout na Boba, neustálý zdroj zábavy.
Výsledek v takovém případě samozřejmě nepřináší žádné velké překvapení.
Pro moderní publikum, které většinou nemá žádné zkušenosti s válkou, jsou Dossovy příhody něčím zcela nepředstavitelným. Příběh Dosse v sobě obsahuje něco neobvyklého, což ho činí přitažlivým.
Všichni zdravotníci kromě mě byli ozbrojeni.
