Na rozdíl od toho z 28. října byl dopis pana Comeyho stěží okomentován.
Pokud by byla jeho demokratická oponentka zvolena, ujistil nás, že by byla „vyšetřována po celá léta“.
„Pokud někdo nezvládne účet na Twitteru, nemůže zvládnout jaderné kódy,“ posmíval se Obama.
V úterý by mohly Spojené státy americké zvolit první ženu prezidentku ve své historii.
Na druhou stranu v posledních dvaceti letech nelze ani zdaleka považovat vztahy paní Clintonové s kontinentem za ideální.
Islámští konzervativci z APK vzali toto odmítnutí jako ospravedlnění pro své dotazy.
Je zapotřebí většiny třetí strany, konkrétně 367 hlasů poslanců (z 550), zatímco 330 hlasů je nezbytných k zahájení všeobecného referenda.
Ve čtvrtek 3. listopadu starosta Saint-Gaudens (v oblasti Haute-Garonne) rozhodl pozastavit smlouvu s vládou o rozvoji měst, vytvořenou v roce 2014.
Posledně jmenovaný dohlíží na republikánské primární volby, v nichž Rachida Dati podporuje kandidaturu Nicolase Sarkozyho.
Bývalý ministr spravedlnosti obvinil ve zprávě Brice Hortefeuxe, že je „fašista“, „ministr (debil) vnitra“ a „kriminálník“.
Jaká jsou omezení, která by mohla potlačovat rozvoj náboženské víry v soukromých firmách?
I když většina situací, které vznikají na pracovišti, může být vyřešena bez konfliktu.
Je pracovníkům dovoleno ponechávat náboženské předměty na svých stolech?
Unie Force Ouvrière lituje, že nebyly zahrnuty její poznámky k obsahu příručky: „Ve skutečnosti opravdu neproběhly žádné konzultace,“ řekla paní Gillard.
Tato příručka je problematická, především proto, že byla vytvořena „v rámci výjimečného stavu“.
Tento odstavec zahrnoval čas potřebný na cestu do domova klientů v pracovní době.
Tyto dvě organizace zahájily odvolání, které bylo 12. října kasačním soudem zamítnuto.
Klade si za cíl brát v úvahu délku jízdy vypočítanou z uskutečněné pracovní doby, aniž by bylo třeba měřit skutečnou dobu jízdy.
Pracovní doba probíhající v této první hodině je více nebo méně rovna 45 minutám.
„ETA je na cestě ven,“ prozradil francouzský kontingent.
On také poznamenal, že „existence takového dokumentu by mohla vést k důsledkům, které jsou stejně pravděpodobné, jako jsou nepřijatelné“.
Francouzská digitální rada, která radí v otázkách digitálních technologií, by je mohla také zkoumat.
Podle Le Figaro by tento vládní plán mohl uvolnit 42 milionů eur, z toho 15,5 milionů by šlo na bezpečnost.
Francie nemá dobrou pověst.
Tina Anselmi se narodila 25. března 1927 v Castelfranco Veneto; vyrůstala v protifašistické katolické rodině, která byla poznamenána pronásledováním militantního socialistického otce.
Tina Anselmi měla vždy blízko ke katolické unii, a proto se věnovala zejména právům textilních dělníků a učitelů.
Je obtížné si myslet, že Itálie má méně km podzemní dráhy než Madrid.
Bylo zdůrazněno, že v žádném případě nemůžeme pokračovat s těmi, kteří jsou zcela proti Itálii.
Zhodnotíme, zda a jak budeme pokračovat v další části. Hitem je píseň „Geronimo“ od Shepparda.
Starší generaci bude státem nabídnuto 500 eur, která mají být vyčerpána do 31. prosince 2017.
Je vytvořena poukázka, kterou si lze uložit do smartphonu nebo která může být prezentována na pokladně.
Od 1. ledna dojde ke zvýšení u benzinu a motorové nafty.
CGI Mestre v poznámce uvedl, že alespoň pro rok 2017 neporoste DPH.
Úroveň, která je v obou případech na špici EU.
Nejnovější údaje se vztahují k 24. říjnu loňského roku a říkají nám, že naše nafta stojí 1,335 eur na litr, ve srovnání s průměrem eurozóny 1,165 eur.
Výrazně vyšší náklady, které výrazně převyšují průměr zemí, které přijaly jednotnou měnu, jsou rovny 1,365 eur na litr. Corrado Passera stahuje nabídku pro MPS kvůli „postoji k úplnému uzavření, které nám banka ukázala“.
Jak bylo uvedeno, toto rozhodnutí je výsadou ECB a bance se zdá nevhodné, aby mluvila jeho jménem při vyloučení možnosti podívat se i na jiné alternativy.
To je to, co bylo napsáno MPS v poznámce po rozhodnutí bývalého ministra opustit stranu.
To půjde k posouzení.
V průběhu zasedání, které se konalo v Římě, to bylo řečeno studentům univerzity LUISS.
Dnes ráno se papež František setkal s Markem Zuckerbergem a jeho ženou v Casa Santa Marta.
Čtyři studenti univerzity Roma Tre vyvinuli motocyklovou helmu, která umí „číst myšlenky“ tím, že pomáhá předvídat akce řidičů.
Jeden z příkladů výzkumu uplatňovaného v rámci bezpečnostních opatření vytvořil také humanoidního robota, který má soutěžit s Valentinem Rossim.
Uber na oplátku obdrží investici miliardy dolarů a křeslo v představenstvu čínské společnosti.
Stále více a více technologických firem více než kdykoli předtím rozhoduje na Wall Street, dokonce ještě více než v Silicon Valley.
Amazon se stal čtvrtou americkou společností s největší tržní kapitalizací a překonal ExxonMobil.
Vedoucí představitelé společností, jako je Spotify, Tesla, Uber a Snapchat, navíc při summitu v Mountain View navštíví soukromou akci.
Cristina Cifuentes, předsedkyně Madridského společenství, reprezentuje ty nejkonzervativnější, zatímco vůdci strany, jako je sekční podtajemník Javier Maroto, představují ty nejpokrokovější.
Durán vystupuje jako mluvčí a Ángel Pintado jako pokladník.
Poprvé v posledních šesti letech míra nezaměstnanosti klesla pod 20% a je zaměstnaných již o 600 000 více lidí, než jich bylo před rokem.
Jejich vedení však nepostrádalo kritiku.
Toto oddělení nyní čelí novým výzvám.
Kromě toho se vláda bude muset vypořádat s dalším „horkým bramborem“.
Ministr obrany jí pro tuto chvíli dovolil zůstat generálním tajemníkem strany.
Konzultované zdroje uvedly, že to je „100% Cospedal“.
I přes ně, ne každý ve straně rozuměl zprávám, které se jim prezident včera snažil poslat. Baron de Claret, jediný ve vládě se vznešeným titulem.
Pedro Sánchez, stejně jako mnoho jiných socialistů, řekl v programu Évole, že Španělsko je národ národů.
A co ty strany s těmi, s historickými právy?
Federico Fellini jednou řekl: „Klaun je pro lidstvo jako stín pro člověka“.
Stojí sám před publikem a nakonec ze sebe musí vydat to nejlepší, aby publikum rozesmál.
Ve válečných filmech nebo v kovbojkách a indiánkách byly bitvy, rvačky a bití z tohoto světa.
Důraz, jemná ironie, přímé narážky a další dobře využitelné verbální prostředky se do volební rétoriky hodí, ale už ne vzájemné osočování a ztřeštěné komedie.
Věří, že nás čeká to, že na nás nebude nikdo čekat.
Možná to je důvod, proč příval slz zahaluje jeho žáky, zatímco zub času odhaluje jeho úrodu a odevzdá své tajemství do vázaných vod.
A musí být vítáni s otevřenou duší a jasnou myslí, protože tvoří novou generaci krásy a naděje.
Výsledkem je, že Trump si nedělá příliš starosti s hlasováním Latinoameričanů na národní úrovni.
Časné hlasování naznačuje, že tentokrát Latinoameričané vyjdou hlasovat ve větším počtu, ale není jasné, zda nárůst bude mít vliv.
„Přijdou protesty a další věci, to už je naplánováno,“ řekla opozice El Mundu.
Mayová byla velmi kritizována za to, že po soudním rozhodnutí o Brexitu se vyhýbala médiím a otevřeně s nimi nekomunikovala.
Divadlo na velkých schodech před kostelem sv. Michala, založené v roce 1925 pro obyčejné lidi, dodnes přitahuje publikum i z jiných regionů.
Slavnostní zasvěcení se konalo 30. dubna 1955.
V roce 1882 byl uveden do provozu telegrafický systém vybavený 34 požárními poplachovými signály.
V roce 1992 byl areál bývalého loutkového divadla, který byl ponechán obci, převzat herci a zaměstnanci.
To má co do činění s jednou z mála budov v centru města, které byly ušetřeny před zničením na konci druhé světové války.
V roce 1832 byl bývalý klášter prodán výrobci Georgu Reichenbachovi státem Württemberg s podmínkou tady zřídit závod na bavlnu.
Islámští občané, kteří se usazovali od začátku roku 1960, emigrovali především z Turecka.
Mezi nimi je bývalá křížová chodba z klášterního kostela svatého Petra a Pavla.
Historická radnice v Obermarsbergu pochází ze 13. století a byla zrekonstruována po třicetileté válce.
Existují různé teorie o důvodech opuštění tohoto místa.
Park Golden Gate, který má více než čtyři kilometry na délku, nabízí botanickou zahradu, planetárium, japonskou zahradu a akvárium.
Slouží jako lokální místo odpočinku a relaxace pro San Francisco.
Zahrada Yerba Buena byla postavena na počátku roku 1990 na střeše Severního kongresového centra Moscone.
Od roku 1960 ekonomika města prudce klesala.
Během všeobecných voleb roku 2010 byla labouristická strana schopná vyhrát ve všech sedmi volebních okrscích.
Jak čas, tak sled událostí tohoto incidentu byly intenzívně diskutovány.
V dubnu 2012 oznámil turecký ministerský předseda Erdogan své vládní plány pro uvolnění Bosporu s tím, že paralelně s ním postaví Istanbulský kanál.
Osmané chtěli zabránit, aby se obilí dále přepravovalo, protože ho velmi potřebovali.
Osmanské říši a Rusku bylo zamítnuto povolení podržet si svou válečnou flotilu v Černém moři.
Svým rozsahem patří k nejrozsáhlejším kulturám doby, ze které je známo mnoho nalezišť.
Jako u většiny míst v jižní Evropě se nález datuje do počátku 5. století př. n. l.
Pravděpodobně nejznámější člověk z doby měděné je zmrzlá mumie muže Ötzi, který žil kolem roku 3300 př. n. l.
Byly především na kopcích.
Kromě toho, její proces zlacení mědi je technologicky pozoruhodný.
