Když Millican zemřel, mysleli jsme si, že se na scéně už neobjeví ani podivínský a vyplašený Odi.
Druhé řadě se zatím daří?
„Superhrdinové zosobňují něco, co lidé nemohou zažít, a tohle je stejné, a tak jsem k tomu přistoupil jako k dramatu,“ říká Zimmer.
Ale Cottonovy špatné činy nebyly důsledkem touhy zabíjet.
Cotton se narodil 31. října 1832 ve vesnici nedaleko Sunderlandu.
Třeba na tom nebude záležet, protože mě to nebude dlouho trápit.
Vločkování – potahování povrchů – už není považováno za návrat do sedmdesátých let a je zase v kurzu.
Návrhem vzorového bytu v londýnské dominantě South Bank Tower byla pověřena interiérová designérka Rachel Winhamová.
Tento trend, který je zaměřený na dotykový prožitek, samozřejmě úzce souvisí s naší rostoucí posedlostí věci tvořit.
O dva roky později je v té době jednatřicetiletý Jutting souzen hongkongským nejvyšším soudem za dva případy vraždy a jeden případ zamezování zákonnému pohřbu. Nevím, proč jsem si vybral zrovna ji…
O dva roky později vystupoval Jutting před hongkongským nejvyšším soudem celkem klidně.
Koneckonců naše výsledky se jen málokdy měří podle toho, jak jsme zabezpečeni a kolika pravidly se řídíme.
Což má za následek, že řada lidí rychle otevírá e-maily nebo bezmyšlenkovitě kliká na odkazy a přílohy, aniž by se předtím zamyslela nad případnými důsledky.
V první řadě musíme lidi naučit větší bezpečnosti na internetu.
V neposlední řadě musíme zajistit, aby bylo jednoduché nahlašovat spamy a podvodné e-maily.
V teorii rétoriky se volby staly novým měkkým terčem.
Toto je záležitost národní bezpečnosti související se základní otázkou existence.
V úterý je třeba jít volit, ale to nebude možné, pokud registrovaný volič nebude na seznamu.
Dostatek takových hlasů v oblasti, o niž se bude svádět boj, povede ke zmatkům během volebního dne.
Epicentrem těchto voleb je Severní Karolína.
Donald Trump je nabubřelý, arogantní a sebestředný člověk, kterému nezáleží na ostatních a jehož povaha škodí Spojeným státům.
Více než 5,7 milionu občanů státu Florida se dostavilo do volebních místností už po přibližně dvou týdnech předtermínových voleb.
Při hlasování v předtermínu Republikánská strana s převahou vedla, na začátku tohoto týdne její náskok činil 16 500 hlasů.
Samozřejmě, že jde o volby a ne o „Hru o trůny“.
Martin pracuje ještě na dvou dalších dílech světoznámé ságy; ty by se měly jmenovat „Vichry zimy“ a „Sen o jaru.“
Holandští studenti se ještě musí rozhodnout, zda svůj elektrický motocykl uvedou na trh.
Mluvčí společnosti Harley-Davidson oznámila, že harmonogram pro rok 2017 až 2020, který uvedla média, není přesný.
Akciové termínové komodity Spojených států vyskočily společně s evropskými trhy o více než 1%.
Investoři odprodávají státní dluhopisy, což má největší dopad na americké a australské dluhopisy.
Soudí se o něm, že pomáhal řešit problémy s velkým množstvím dluhů, které měly na svědomí regionální čínské vládní úřady.
Vyšlo to najevo teprve poté, co americká Agentura pro ochranu životního prostředí na danou problematiku upozornila ve světě.
Nenasytný hlad Číňanů po smaženém kuřeti vedl k tomu, že si investoři zamilovali mateřskou značku KFC společnosti Yum Brand.
V soudní při, která skončila u Nejvyššího soudu Spojených států, nakonec s pomocí Amerického svazu pro občanská práva napadli stát.
Film zcela zřetelně ukazuje, že Lovingovi – a zejména Richard – se stali nedobrovolnými účastníky historie.
Film „Loving“ již na začátku představuje Richarda a Mildred jako manželský pár, přeskakuje tak období námluv, které by bylo zajímavé vidět třeba i jen krátce.
Celebrity, fanoušci, a dokonce i reportéři CNN, jsou během tohoto svátku oblečeni jako postavy ze seriálu „Divné věci“.
Viděl jsem jen pár dílů a najednou mi začal ožívat telefon.
Jako jeden z Neganových hlavních kumpánů (Jeffrey Dean Morgan) si získal určitou volnost.
„Norman je jedním z mých dobrých kamarádů, takže mě úplně vzalo vidět ho v takovém stavu.“
Na nové díly po seriálu navazuje pořad „The Talking Dead“.
„Ve městech, kde jsme už spustili provoz nebo kde spuštění provozu plánujeme, bude naše práce pokračovat,“ řekl Barratt.
Internetové projekty byly údajně hlavním zdrojem kapitálových výdajů tohoto oddělení.
Analytici zatím váhají, zda mají službu zcela zrušit.
Nizozemské úřady nepoužívají ke sledování dronů žádné pokročilé technologie.
Microsoft ve středu informoval o novém chatovacím nástroji, který bude silnou konkurencí pro dosud oblíbenou aplikaci Slack.
K dispozici je také možnost posílat emotikony, obrázky ve formátu GIF, vlastní zprávy a nálepky a připojit svůj Twitter kanál.
Tento krok zdůraznil snahu společnosti přimět uživatele, aby o produktech začali uvažovat jako o něčem, co je víc než jen výrobek sloužící ke zvýšení produktivity.
Nejnovější snahy v oblasti pracovních chatových platforem jsou však součástí širšího trendu v technologických firmách.
Gratuloval také Isner, který předvedl jednu ze svých nejlepších tenisových her, když v jednom setu všechno vyrovnal a vynutil si rozhodující zápas.
„Musím pogratulovat Andymu – stát se světovou jedničkou je neuvěřitelný úspěch,“ řekl Američan.
Brisbanské noviny Nine News píšou: „Dvojice se lstí dostala na severokorejský golfový turnaj.“
Do předního golfového turnaje v Severní Koreji se podvodem dostali dva Australané, kteří jsou podle vlastních slov v golfu příšerní.
Snowman vždy přeskočil vysoký plot oddělující oba pozemky a vrátil se na místo, které považoval za svůj domov.
Vracel se do mé stodoly a já jsem s tím chlapíkem žertoval, že je úplně jasné, že nechce být prodán.
„Snowman si o Johnnym Carsonovi, který si donesl žebřík a obráceně si na něj sedl, nic nemyslel,“ dodal.
Byl jsem jen kluk se zablácenými botami.
Žádný karneval se tu nepořádá a nikdy nepořádal.
Mexiko doufá, že jde o takovou událost, která bude nakonec soupeřit s brazilským karnevalem.
Alejandra González Anaya, jedna z kreativních vedoucích karnevalu, CNN vysvětlila, proč se Mexiko rozhodlo, že ten správný čas na karneval je právě teď.
„Jen pro samotný průvod pracuje 1200 dobrovolníků,“ říká González Anaya.
Je tedy úžasné, že jsme to mohli zachránit a vytvořit nový formát a tradici pro Mexičany.
Myslím si, že v Japonsku si vláda od dokončení tratě pro vlaky typu maglev slibuje větší ekonomický rozvoj.
Vstupenka F1 zaručuje vstup na koncert v ten samý den.
Na internetových stránkách Yas Marina Circuit jsou uvedeny přesné časy.
Každý, kdo chce vidět hlavní město v celé jeho kráse, by měl vycestovat nejlépe v listopadu.
To také podnítilo vznik moderních výškových budov, jako je například vizionářský MahaNakhon, nejvyšší budova Bangkoku.
Ne všechny změny, k nimž v této oblasti došlo, byly úspěšné.
Pchjongjangské metro se nachází 100 m (328 stop) pod zemí a je jedním z nejhlubších transportních systémů na světě.
O tom, jaké to bylo, poskytla rozhovor CNN Style.
V Pchjongjangu jsem sice viděl pár lidí používat chytré telefony, ale bylo jich opravdu málo.
„Ale architektura dokáže stavět mosty mezi živými a mrtvými a do určité míry stírá hranice.“
Když v Indii člověk zemře na stáří, má to být důvod k oslavě.
„Mrtvým architektura nepomůže, ale živým pomáhá udržet si na ně vzpomínky,“ říká.
Zakládací listina umožnila vytvoření kupeckého spolku ovládaného městskými zastupiteli, který mohl vybírat daň od těch, co tímto samosprávným městem projížděli.
Je mimořádně bohatý na minerály a obsahuje velká ložiska zlata, diamantů, rud manganu, olova, zinku, niklu, kobaltu a molybdenu.
Mimo nejodlehlejší severozápad převládá tajga, která pokrývá významnou část celé Sibiře.
Zimní univerziádu bude roku 2019 pořádat Krasnojarsk.
Dobrými příklady jsou Liniové ostrovy v Tichém oceánu a Maledivy v Indickém oceánu.
Mezi žulové ostrovy patří Seychely, Tioman a ostrovy vulkanického původu jako například Svatá Helena.
Jako příklady opuštěných ostrovů můžou sloužit ostrůvky kolem pobřeží Baja California v Mexiku.
Řecký městský stát Atény, jenž byl v pátém století před Kristem zcela závislý na dovozu obilí ze Skýtie, udržoval životně důležitá spojenectví s městy, která kontrolovala průlivy, například s megarskou kolonií Byzantion.
Dareiův vysoce vážený velitel Megabazos byl zodpovědný za úplné dobytí balkánských území.
Achaimenovská vojska dobyla Thrákii, řecká pobřežní města a Paionii.
Přibližně v letech 512-511 př. n. l. nakonec makedonský král Amyntas I. uznal Achaimenovskou nadvládu a nový status své země jako podrobeného vazalského státu Achaimenovské Persie.
V achaimenovské multietnické armádě bylo mnoho mužů z Balkánu.
Navíc se makedonská a perská elita hodně promísily sňatky.
V roce 1912 byla založena první filmová společnost (Athina Film) a v roce 1916 Asty Film.
Nejúspěšnějším filmem roku 2007 byl El Greco režírovaný Yannisem Smaragdisem.
V červenci roku 1918 byla podepsána francouzsko-monacká smlouva, která Francii zajišťovala smluvní protektorát nad Monakem.
Výkonná složka se skládá z premiéra, který v čele vlády předsedá pětičlenné Radě Vlády.
Jeho policie má zvláštní jednotku, jež používá strážní a hlídací čluny.
Současné projekty na získávání půdy z moře zahrnují okres Fontvieille.
Nicméně mezi Severním Irskem na jedné straně a Anglií a Walesem na druhé straně jsou důležité rozdíly v zákonech a jejich uplatňování.
Nejrozšířenější klasifikací vzduchové hmoty je Bergeronova klasifikace.
Zatímco identifikace vzduchové hmoty byla původně používána v předpovědích počasí už v padesátých letech dvacátého století, klimatologové začali tento nápad používat ve výzkumných otázkách synoptické klimatologie v roce 1973.
Monzun je vytrvalý sezónní vítr, jenž trvá několik měsíců a přináší regionální období dešťů.
Než v šestém století n.l. Slované ustavili svůj první státní útvar, přehnalo se během stěhování národů Moravou množství germánských a významnějších slovanských kmenů.
Koncem osmého století vzniklo na území dnešní jihovýchodní Moravy, oblasti Záhorie na jihozápadním Slovensku a v částech Dolních Rakous Moravské knížectví.
