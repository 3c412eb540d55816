V této době zde žilo jen kolem čtyřiceti rodin, které měly k dispozici dostatek úrodné půdy a pastvin pro skot.
Když Řekové rozšířili své kolonie západním směrem k Sicílii a Itálii (Pithekoussae a Cumae), vliv nové řecké abecedy ještě vzrostl.
Banány a jejich zelená odrůda, původně vyšlechtěné v jihovýchodní Asii, nejpravděpodobněji v Papui-Nové Guineji, byly dále rozšířeny do Afriky asi už před 5 tisíci lety.
Kromě přímého zdroje potravy mohou některá zvířata být též zdrojem kůže, vlny, usně a hnojiva.
Zásadní změnu v principech práce přinesl Skot James Watt.
Průmyslová revoluce vedla k poptávce po kovových součástkách užívaných ve strojích.
Ve druhé messénské válce se Sparta stala na Peloponéském poloostrově a ve zbytku Řecka velmocí.
V mezinárodní soutěži Auto století byl za nevýznamnější auto 20. století prohlášen Ford T.
Úspěch malých Ramblerů firmy American Motors přiměl v roce 1960 GM a Ford představit vlastní menší modely.
V moderní době je tato konvence trochu volnější, ale pořád je obvyklé užívat příjmení, používání jména mezi přáteli se nedoporučuje.
Užít toto jméno je v případě císařské rodiny považováno za krajně nevhodné.
Od vlády císaře Meidži bylo tradicí, že na každého císaře připadla jedna epocha a že každý císař byl po smrti přejmenován jménem epochy, během které vládl.
Před císařem Meidži se jména období střídala častěji a posmrtná jména císařů byla vybírána různým způsobem.
Počínaje císařem Shōwou jsou mimo Japonsko císařové často nazýváni jak za života, tak posmrtně jejich příslušnými jmény.
V Asii a Pacifiku bylo japonskými okupačními vojsky zabito mezi 3 miliony a více než 10 miliony civilistů, převážně Číňanů (odhadem 7,5 milionu).
Před vypuknutím války měli spojenci jednoznačné výhody jak v počtu obyvatel, tak v ekonomice.
Pozemní boj přešel ze statických frontových linií typických pro první světovou válku k větší mobilitě a kombinování různých zbraní.
Britská kavalerie měla též výbornou šermířskou průpravu.
Někteří historici jako Chandler a Weller tvrdí, že mohutná síla britské těžké kavalérie byla rozdrcena, když vedla svůj první impozantní útok.
Dle genetické studie autozomálních dat jihoasijští předci Romů pocházejí ze severozápadní Indie.
Výklad původu hudby závisí na tom, jak je hudba definována.
Jak mezi muži, tak mezi ženami najdeme náruživé zpěváky a provozování hudby je převážně kolektivní činnost.
V roce 1839 poté, co generální guvernér provincií Chu-nan a Chu-pej, Lin Ce-sü, zakázal nákup opia ze zahraničí, se Čína ocitla v první opiové válce s Velkou Británií.
Čína byla poražena a v roce 1842 přistoupila na ustanovení nankingské smlouvy.
Hong Kong byl postoupen Britům, některé přístavy, včetně Šanghaje a Kantonu, byly otevřeny britskému obchodu i osídlení.
V roce 1856 vypukla druhá opiová válka, v níž byli Číňané znovu poraženi a přinuceni přijmout podmínky tiencinské smlouvy z roku 1858 a pekingské dohody z roku 1860.
Smlouva otevřela obchodu nové přístavy a umožnila cizincům cestovat ve vnitrozemí.
Lamarr doprovázel Mandla na obchodní jednání s vědci a dalšími profesionály v oboru vojenské techniky.
Lamarrovy počáteční vynálezy čítaly vylepšené semafory a tabletu, která měla po rozpuštění ve vodě vytvořit perlivý nápoj.
Dostala nabídnuto několik scénářů, televizních reklam a divadelních projektů, ale nic z toho nevzbudilo její zájem.
Joseph Darnand, který byl důstojníkem SS a vedl polovojenské milice pronásledující členy odporu, byl v říjnu 1945 popraven.
Charles de Gaulle vydal pokyny, že Winstonu Churchillovi nebude veřejně dána najevo žádná přehnaná náklonnost a že bez jeho předešlého souhlasu mu nebudou udílena žádná oficiální vyznamenání.
Film líčí zkázu Carangiina života i kariéry v důsledku závislosti na heroinu, a dále její úpadek a smrt na AIDS v polovině 80. let.
Eagle byl dokončen ke konci války, a ačkoli byl do některých B-29 namontován a fungoval dobře, bylo už moc pozdě, aby přinesl výraznou změnu.
Alvareze nejvíce proslavil radarový systém typu řízení přiblížení ze země (GCA), který hrál hlavní roli v letectví, a to zejména při vytvoření poválečného leteckého mostu pro Berlín. Tím, že GCA využívá dipólovou anténu s vysokým úhlovým rozlišením, vyvinutou Alvarezem, umožňuje pozemním radarovým operátorům sledovat velmi přesné monitory, a navádět tak přistávající letadla na runway slovními pokyny vysílanými pilotovi.
Systém byl jednoduchý, přímý a fungoval skvěle, dokonce i s neškolenými piloty.
Byl tak úspěšný, že armáda ho využívala mnoho let po skončení války a v některých zemích se využíval ještě v 80. letech.
S nárůstem počtu obyvatel vznikaly nové čtvrti obývané původními obyvateli.
V dubnu 1997 povstalci ze Spojenectví demokratických sil pro osvobození Konga dobyli Lubumbashi.
Velká nadmořská výška ochlazuje vzduch, který by byl jinak velice horký.
Kvůli zhoršujícímu se zdraví Hitchcock v posledních dvou desetiletích života tvořil méně.
V Hitchcockových filmech někdy vystupují postavy, které bojují se svým vztahem ke své matce.
Hitchcock rád pracoval s největšími talenty své doby, tvůrci filmových plakátů jako byli Bill Gold a Saul Bass, kteří uměli vytvářet plakáty přesně zachycující jeho filmy.
Herzl prožíval vnitřní rozpor mezi touhou po úspěchu na poli literatury a přáním být veřejně činný.
10. března 1896 navštívil Herzla reverend William Hechler, anglikánský kněz z britského velvyslanectví.
Během jedné epizody je ukázán jako zdatný kytarista.
Lenny je zapřisáhlý starý mládenec, který má na ženy smůlu.
V jedné chvíli se naznačuje, že je to tajný agent sledující Homera.
Poté, co se Winstone rozhodl dělat divadlo, zapsal se na Corona Stage Academy v Hammersmithu.
Winstone potkal svou ženu Elaine, když v roce 1979 točil film To léto.
Winstone vyhlásil osobní bankrot 4. října 1988 a pak opět 19. března 1993.
Disney také zjistil, že společnost Universal vlastní práva k Oswaldovi.
Disney získal další čestnou cenu akademie sestávající z jedné sošky Oscara a jeho sedmi miniatur.
Tato karta umožňuje z bankomatů vybírat kapesné pro nákup školních potřeb, jako jsou knihy nebo uniformy.
V roce 2013 též vybudoval a opravil pět tradičních tržnic, v roce 2014 to byly čtyři tržnice.
Jeho rival Prabowo Subianto ale také vyhlásil vítězství, což indonéské obyvatele zmátlo.
Dříve než Jokowi převzal úřad, usiloval o to, aby dosluhující prezident Yudhoyono převzal odpovědnost za rozhodnutí zrušit dotace, a tím dále zvyšovat ceny paliv.
V Kimově oficiálním životopisu se též tvrdí, že složil šest oper a baví ho inscenovat muzikály.
Díky Alexandrově radě byl schopen učinit kompromis: půjde na univerzitu, ale bude studovat literaturu.
Barrie se zapsal na univerzitu v Edinburghu, kde psal divadelní recenze pro noviny Edinburgh Evening Courant. 21. dubna 1882 zakončil studium a obdržel titul M.A.
Přes inzerát, který objevila jeho sestra v novinách The Scotsman, si našel práci v Nottingham Journalu a pracoval tam rok a půl jako novinář.
Pak se vrátil do Kirriemuiru.
První vydání mělo pouze 3000 výtisků.
Do roku 2009 byl celkový počet výtisků knihy Moc přítomnosti prodaných v Severní Americe odhadován na 3 miliony a knihy Nová země na 5 milionů.
Někteří křesťanští učenci Tolleho učení kritizují, zatímco jiní ho velebí.
Mezi lety 1991 až 1997 vedla školu pro děti s poruchami učení.
Její poslední kniha je literatura faktu a je věnována Margaret Douglas, hraběnce z Lennoxu.
Cestu k fikci našla snadno a sama říká: „Při psaní knihy se člověk pokaždé něco naučí, musíte mít mysl otevřenou.“
Aby se filmaři u Jasmíny vyhnuli podobnému dilematu, rozhodli se nechat animovat princeznu pouze ve studiu.
Ve finální podobě se Jasmína stala první Disneyho princeznou, která má proti evropským tradicím tmavou pleť.
V příběhu Jasmína zosobňuje též občanská práva, rasovou toleranci, společenskou hierarchii, stejně jako život, svobodu a cestu za štěstím.
V Polsku však až do konce komunistické éry její válečný odpor a humanitární práce nedoznaly veřejného uznání.
Singl Really Really Love You byl vydán v srpnu a dostal se do první padesátky nejúspěšnějších písní, v září se objevil podobný singl Shaky Ground, ale Geyer byl tou dobou už ve Spojených státech.
V roce 1984 poté, co jeho kariéra dosáhla vrcholu v rodné Austrálii, se Geyer vrátil do Los Angeles, aby se prosadil na tamní hudební scéně.
Po svém vzestupu se píseň Thought 'Ya Knew zastavila na 96. místě žebříčku hitparády Billboard 200, ve Velké Británii se vyškrábala dokonce na 31. místo, ale celé album se v ní udrželo jen dva týdny.
Po svém propuštění hrála Peniston Glindu, dobrou čarodějku, v divadelní produkci muzikálu The Wiz.
Wilks byl znovu zvolen a dvakrát vypovězen, až sněmovna rozhodla, že je Wilksova kandidatura neplatná, a jako vítěze uznala kandidáta, který byl v pořadí za ním.
V roce 1770 se Graftonova vláda rozpadla, což umožnilo návrat toryů vedených lordem Northem k moci.
George byl hluboce zbožný, trávil hodiny v modlitbách, bratři s ním však jeho zbožnost nesdíleli.
George byl zděšen jejich volnými mravy.
V roce 1770 jeho bratr princ Henry, vévoda z Cumberlandu a Strathearnu, byl přistižen při cizoložství; následující rok si pak vzal mladou vdovu Annu Hortonovou.
Wild West z roku 1981 patřilo k jejím nejlépe prodávaným albům.
Tou dobou ji málem zničilo utrácení a série špatných investic jejích investorů.
V červnu 2012 vydala islandská skupina Sigur Rós videonahrávku písně „Fjögur Píanó“, v níž se LaBeouf objevil nahý.
Louis Post Dispatch to označil za jedno z nejlepších LaBeoufových vystoupení.
Auto vzplanulo a Kenseth odešel pryč.
Elliot se v den dostihu účastnil otcova pohřbu.
V roce 2003 si v posledních 33 ze 36 závodů držel vedoucí pozici a stal se toho roku jako poslední jezdec, který kdy tento titul držel, šampionem NASCAR Winston Cupu.
V devadesátých letech vydal Rafferty dvě další alba, která hudebník Tom Robinson popsal jako Raffertyho návrat na pódia.
Na několika nahrávkách z alba On a wing and a prayer z roku 1992 znovu spolupracoval se svým parťákem Eganem z kapely Stealers wheel.
Jednalo se o tři nahrávky napsané společně s Raffertyho bratrem Jimem, též zpěvákem a autorem textů a hudby, který v sedmdesátých letech spolupracoval s Decca Records.
Na albu Over my head z roku 1994 nahrál Rafferty novou verzi písně „Her father didn't like me anyway“, vytvořenou původně s kapelou Humblebums.
Byly to poslední dvě nahrávky, které Rafferty vytvořil s Hughem Murphym, ten zemřel v roce 1998.
Zapojilo se nejméně 330 000 lidí, z toho 10 000 techniků.
Stalin začal pobízet Abakumova, aby vytvořil vlastní síť uvnitř MGB, a tak omezil Berijovo dominantní postavení ve vládě.
Vzorce, které poskytly údaje z regionu Petén a Uaxactúnu, umožnily těmto sídlům zaujmout své místo v kulturním vývoji mayských nížinných území.
Thompsonův článek předpokládá, že Mayové, jelikož neměli opevnění, byli naprosto mírumilovný národ.
Lodě se v prehistorické ikonografii nebo textech z oblasti Mezoameriky neobjevují, namísto toho existuje teorie, že staří Mayové užívali jako hlavní způsob dopravy po vodě kanoe.
