„V tomto procesu předávání moci se ve Spojených státech mnoho děje poprvé, což se týká především digitálních prostředků, ovšem poklidnost předávání moci je tradiční,“ napsala Obamova zvláštní asistentka Kori Schulman v pondělí ve svém blogu.
Pro ty, kteří sledují předávání účtů na sociálních sítích na Capitol Hill, to bude trochu jiné.
Kandidát Republikánské strany se však odklonil od svých předchozích výroků o omezení imigrace a řekl, že jako prezident by povolil „ohromné počty“ legálních přistěhovalců na základě „systému zásluh“.
„Takže – nechci na vás tlačit, ale osud republiky leží na vašich bedrech,“ řekl davu shromážděnému na sportovním hřišti Univerzity Severní Karolíny.
Nové výdaje pocházejí z bohatých bankovních účtů Clintonové.
Co říká a co dělá, to je – no, je to neuvěřitelné.
Maximální množství: 5000 dolarů na osobu.
Na začátku října předávací tým využil tytéž prostory pro setkání s technologickými lobbisty; pozvaní byli zástupci Uberu, Asociace amerického filmového průmyslu, skupiny Consumer Technology Association a dalších skupin.
Setkání se původně mělo konat ve Washingtonově soukromém Metropolitním klubu na H street, několik bloků odsud.
Možná bylo příliš upjaté oblečení.
Například než aby se vyučovala vědecká metoda zvlášť, studenti se učí vědeckou látku tím, že metodu používají.
Ve čtvrté třídě dosahují národního průměru, a v osmé jsou nad ním.
Mezistanice NoMa, otevřená v roce 2004, oproti tomu stála 103,7 milionu dolarů.
„Čelíme velké konkurenci a jsme přesvědčeni, že doprava může pomoci,“ řekl Joe Sternlieb, prezident Georgetownské BID.
Studie proveditelnosti odhaduje, že by v kabině cestujícím trvalo překročit řeku Potomac asi čtyři minuty.
Svědek policii řekl, že oběť v srpnu podezřelého napadla.
Lze tu najít paralely mezi hrami a naším každodenním životem.
Tento podíl se v průběhu let stabilně zvyšoval — podle Úřadu pro sčítání lidu bylo v roce 1996 dříve než v den voleb odevzdáno pouze 11 procent z celkového počtu hlasů – a letos pravděpodobně znovu povyskočí.
Dnes je možná prasátko Khanzir osamocené, ale není vždycky samo.
„Požádali jsme jiné země, aby nám pomohly rozšířit zoo o další druhy zvířat, včetně prasete,“ uvedl Saqib.
Byla doba, říkal pan Panvalkar, kdy cítil, že by měli budovu opustit.
Byla také obviněna z pokusu o zabití své dvouleté dcery.
Policie uvedla, že zabila Andre Price III tím, že mu přitiskla obličej do matrace v obývacím pokoji, načež se pokusila udělat totéž své dceři Angel.
„Stejně jdu do vězení, snad to za to stálo.“
První začala plakat jedna z jezídských žen, poté jedna z jejích přítelkyň.
Pan Osborne se poté, co byl v červenci propuštěn, nechal zaměstnat americkou agenturou poskytující řečnické služby.
Michael Fallon uvedl, že znát datum stříhání prvního plátu by pomohlo zajistit nové investice a ochránit stovky kvalifikovaných pracovních míst až do roku 2035.
Slib, že nové objednávky Královského námořnictva zabezpečí loďařský průmysl v Clyde, byl učiněn před skotským referendem o nezávislosti v roce 2014.
Nejzřetelnější je to v situaci, kdy je jméno celebrity původně poměrně neobvyklé.
A okolo roku 2007, v období své největší popularity (a také – možná – slávy Knightleyové), to bylo jedno z 50 nejoblíbenějších jmen – třikrát tolik dětí bylo pojmenováno Keira než Kiera.
Jihokorejská společnost napřed označila za původ problému chybu v baterii a vyměňovala součástku vlastní výroby za baterii dodavatele.
Několik analytiků naznačilo, že nejlépe bude moci těžit z problémů Samsungu společnost Huawei.
Telefon Mate 9 také nemá rozhraní umělé inteligence jako Google Assistant nebo Siri společnosti Apple.
Avšak jeden expert na cestování varoval, že internet za letu byl často nespolehlivý a nebylo pravděpodobné, že by jeho dostupnost ovlivnila, jak si cestující vybírají aerolinky.
„Ale je možné, že BA a IAG to překonaly a mohou nabízet něco trochu spolehlivého.“
Společnost pro BBC uvedla, že rozhodnutí vybírat za připojení peníze by každá aerolinka dělala sama.
„Většině lidí by připadalo letištní wifi užitečnější než možnost posílat emaily za letu.“
Občas je to jako nadpřirozená schopnost.
Obchodní model vydělává na sponzorování a inzerci.
Desetitýdenní kurz byl „certifikován“ britskou výzvědnou službou GCHQ.
Avšak někteří bezpečnostní experti zpochybňují potřebnost kurzu a záměr, s jakým je pořádán.
Do té doby viděli letouny pouze bloggeři.
Přirozeně bude Čína předvádět tento týden mnoho další vojenské techniky, od útočných vrtulníků po letadla pro námořnictvo.
A s tím, jak se Čína má během příštího desetiletí stát největším světovým trhem s leteckou technikou, je pro Peking přehlídka příležitostí, jak předvést své ambice kromě vojenského také v civilním letectví.
„Bohužel, opět to jednotlivci zkazili většině,“ napsal Jesse LaBrocca, zakladatel Hack Forums, ve zprávě, která vysvětlovala, proč byla sekce uzavřena.
„Nedávnými událostmi“ se pravděpodobně myslí útoky z 21. října, které dočasně vyřadily z provozu populární weby jako Reddit, Twitter nebo Spotify, a mnoho dalších.
Analýza odhalila, že na způsobení výpadku bylo použito bezprecedentní množství dat.
Po přezkoumání národních plánů na omezení oxidu uhličitého OSN uvedla, že jednoznačně nestačí na udržení globálního vzestupu teplot pod 2 stupni Celsia.
Mnoho vědců říká, že na dosažení cílů z Paříže bude třeba technologie, která bude odstraňovat oxid uhličitý z ovzduší.
„Jdeme správným směrem: Pařížská dohoda zpomalí změny klimatu, stejně jako nedávná Dohoda z Kigali o omezení HFC,“ řekl Erik Solheim, ředitel environmentální sekce OSN.
Investice v této oblasti se v roce 2015 zvýšily o 6 % na 221 miliard dolarů.
Je fantastické, že Pařížská dohoda vznikla, ale jejich příspěvky se v tuto chvíli zdaleka neblíží cílovým 1,5 stupně.
Bylo provedeno od dubna do června blízko mexického pobřeží. Toto nově vymezí charakter environmentálních změn, které se na Zemi udály a smetly z jejího povrchu tolik druhů – nejen dinosaury.
Charakteristickým znakem tohoto meteorického materiálu pravděpodobně bude vysoká koncentrace prvku iridium.
Po sedmnácti dnech bylo naživu přes 70 % rostlin ze semínek ze Země, tedy jen o málo více, než úspěšnost těsně přes 66 % u rostlin z vesmírných semínek.
Na základě výsledků tohoto pokusu je ještě jistější, že raketová semínka lze převézt a skladovat na Mezinárodní vesmírné stanici po dobu šesti měsíců, aniž by to mělo podstatný vliv na jejich oplodňování a růst na Zemi.
RHS shromáždilo připomínky z řad účastníků pokusů, jak žáků, tak i učitelů.
„Na představě, že si koupím nebo budu nosit část těla někoho jiného, je stále něco odpudivého,“ říká.
V Číně se typicky dávají vlasy do chemické lázně, aby byla kutikula úplně odstraněna, vysvětluje Tarlo.
Mezinárodní trh s vlasy měl napříč dějinami vždy politický rozměr, říká Tarlo.
„Dnes provádíme trestání pomocí kladiny,“ stojí v příspěvku.
Dopravní policie v Šen-čenu již dříve po nekonvenčních postizích sáhla.
Kdo jsou?
Z demokratické strany byla většina letošní debaty o identitě bílých mužů.
Zeptal jsem se jí potom, jestli rozumí tomu, proč by lidi hlasovali pro Trumpa.
Ne každý se nad to dokáže povznést.
„Naštěstí se ozval někdo ze Sony Australia a řekl, 'Mimochodem, všimli jste si tohohle?'“, říká Pall.
Seagal se dostal na přední stránky novin, když o ruském zabrání Krymu v roce 2014 prohlásil, že bylo provedeno „velmi rozumně“. Jakožto nadšený kytarista tam měl v tomtéž roce koncert.
Seagal, jehož babička pocházela z Vladivostoku na ruském dálném východě, v posledních letech do Ruska často cestoval a navštívil v září Kamčatku a Sachalin.
Seagal už letos dostal srbské občanství poté, co nabídl založit školu bojových umění v hlavním městě Bělehradu.
Policejní mluvčí řekl agentuře AP, že došlo k „výměně názorů“ následované „výtržností“, ale že nebyla hlášena žádná zranění.
Cuaron, jehož nejnovějším filmem je oskarová Gravitace, podle dostupných zpráv v době incidentu u natáčení nebyl.
Podle městské policie vypukla rvačka poté, co v úterý k natáčení přijela „velká skupina lidí… kteří podle svých slov byli zástupci okresu“.
Výzkumníci prověřovali potenciál pro mužskou hormonální antikoncepci asi 20 let.
Dodal: „Toto byl další krok v dlouhé cestě k nalezení správné kombinace pro mužskou hormonální antikoncepci.“
Je však mnoho hluboce věřících členů parlamentu, kteří se staví proti jakékoliv nové legislativní úpravě.
Výzkumníci říkají, že analýza DNA nádoru může pomoci vysvětlit příčiny jiných rakovin.
Analýza ukazuje přímou souvislost mezi počtem vykouřených cigaret za celý život a počtem mutací v nádorové DNA.
Nemohli však najít podobný vzorec ve tkáních jako močový měchýř, které nebyly přímo exponovány.
Slečna Pughová byla ošetřena v nemocnici Papworth and Addenbrooke's Hospitals v Cambridgeshire.
Avšak sken ukázal, že nádor v levé plíci slečny Pughové roste, a musela studii opustit.
„Pokud se Donald Trump stane prezidentem, zdejší vláda s ním bude stále muset spolupracovat na veškeré společné agendě, abychom zajistili, že kanadské firmy a zájmy jsou ve Washingtonu zastupovány.“
Trudeau takto pozve 45. prezidenta Spojených států, ať jím bude kdokoliv.
Přestože ráno policie v Britské Kolumbii vydala fotografii, říká, že v případu muže obviněného ze smrtelného pobodání dospívající dívky na střední škole v Abbotsfordu, zjevně bezdomovce, mají víc otázek než odpovědí.
Policie BK již dříve uvedla, že Klein zřejmě neměl záznam v trestním rejstříku, a dala k dispozici neurčité detaily o aktuálním místě jeho pobytu.
„Nejsme toho názoru, že podezřelý má vazby k této škole, k těmto dvěma dívkám nebo specificky k oblasti Abbotsfordu,“ řekla.
Také uvedla, že Klein nekomunikoval, nespolupracoval a nebyl ochotný jít z cely do soudní budovy, aby se zúčastnil svého slyšení.
Asociace zastupující realitní makléře v Ontariu řekla, že je třeba udělat víc pro ochranu zákazníků a potrestání makléřů, u nichž bylo shledáno, že se dopouštěli neetického chování.
Také by rád viděl rozšíření pravomocí Realitní rady Ontaria (RECO), která v provincii makléře reguluje.
V současnosti je spodní hranice výše pokuty, kterou RECO může makléřovi udělit, 25 000 dolarů.
„Sledujeme, jak mnoho, opravdu mnoho zemí, a především velcí znečišťovatelé jako Brazílie, Jihoafrická republika, Indie nebo Čína přijímají svůj díl zodpovědnosti za celosvětové omezování emisí,“ řekl Guilbeault.
Také by mohl počkat do konce svého prvního volebního období a využít jednu část Pařížské dohody, aby od ní odstoupil.
Clintonová a její spojenci se mezitím snaží udržet ve světle reflektorů Trumpa: zdůrazňují, že jeho agresivní výroky na adresu žen a menšin a jeho povaha z něj dělají člověka, který není schopen nejvyšší úřad zastávat.
To není to, co ve své zemi potřebujem, přátelé.
Trumpova manželka, Melanie Trumpová, se poprvé od republikánského sjezdu ukázala v kampani.
Studenti jako Rai se ve škole setkávali s poradenskými pracovníky a bavili se o tom, co se stalo, ale řekla, že nejvíce ji utěšilo vidět se s přáteli.
„Tohle je pro pacienty s bolestmi pohroma,“ řekl Mailis ve čtvrtečním rozhovoru s CBC News.
