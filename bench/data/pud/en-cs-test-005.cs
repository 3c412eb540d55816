Po pádu dynastie Čching v roce 1911 vyhlásilo Mongolsko pod Bogdgegénem nezávislost.
Avšak nově založená Čínská republika Mongolsko považovala za součást svého území.
Jüan Š'-kchaj, prezident Čínské republiky, považoval novou republiku za nástupnický stát říše dynastie Čching.
Bogdgegén řekl, že Mongolsko i Čína byly za éry Čching řízeny Mandžui a že po pádu dynastie Čching v roce 1911 smlouva o mongolském podřízení Mandžuům pozbyla platnosti.
Území kontrolované Bogdgegénem zhruba odpovídalo bývalému vnějšímu Mongolsku za dynastie Čching.
Jak spěchal uchvátit Kadeš, dopustil se Ramses II. zásadní taktické chyby.
A opravdu, první vědecké pojednání o té bitvě od Jamese Henryho Breasteda z roku 1903 chválilo prameny, které umožnily její rekonstrukci s velkou přesností.
Ramses, který nebyl logisticky schopen vydržet dlouhé obléhání, se vrátil do Egypta.
Egyptský faraon se tak octl v severním Amurru, daleko za Kadešem, v Tenepu, kde od dob Thutmose III. před téměř 120 lety nebyl žádný egyptský voják.
Tentokrát tvrdil, že v bitvě bojoval dvě hodiny, aniž by se obtěžoval nasadit si brnění.
Na přesném roku sňatku mezi Héródem Antipasem a Herodiadou se vědci neshodnou.
Jelikož Herodes byl tehdy v Jeruzalémě, Pilát se rozhodl poslat Ježíše k němu, aby ho Herodes soudil.
Podle Nového zákona strávil Pavel v Korintu osmnáct měsíců a bylo to asi sedmnáct let po jeho konverzi. To druhé datum mohlo připadnout na pátek pouze v případě, že by toho roku byl výjimečný přestupný rok, ale Newton je preferoval.
Je sice možné určit, v jaké fázi se nacházel Měsíc v určitý den před dvěma tisíci lety, ale ne to, zda byl zakryt mraky nebo mlhou.
Pevnosti byly budovány i ve starších částech Nové Francie, které ještě nebyly uspořádány.
Tak byl vytvořen základ pro integraci a uplatnitelnost hospodářských a právních mechanismů státu po celém Středomoří, jako tomu bylo v případě Latia a celé Itálie.
Každá báseň vypráví pouze část války.
V pozdějších obdobích dramatici, historikové a další intelektuálové tvořili díla inspirovaná Trojskou válkou.
Bylo mu předpovězeno, že buď zemře sešlostí věkem na konci jednotvárného života, nebo zemře mladý na bitevním poli a získá nesmrtelnost skrze poezii.
Ovšem bylo od toho upuštěno, když byl v roce 363 v bitvě zabit Julián. Obecně se věří, že poslední Olympijské hry se konaly v roce 393.
Šen Kua brzy oslnil Wanga An-š’ svými schopnostmi a dovednostmi v roli správce a vládního činitele.
V roce 1072 byl Šen vyslán mimo hlavní město, aby dohlížel na Wangův program zmapování stavby skladů jílu na kanálu Pien.
Šen za použití originální techniky kanál úspěšně vysušil a předvedl nesmírnou hodnotu naneseného jílu v roli hnojiva.
Dalšího uznání u dvora dosáhl, když byl v létě roku 1075 vyslán jako vyslanec do říše Kitanů Liao.
Kitanové vedli několik agresívních jednání s cílem posunout své jižní hranice a podařilo se jim zmanipulovat několik neschopných čínských velvyslanců, kteří požadavky říše Liao odsouhlasili.
Také se studovala medicína, zejména v jižní Itálii, kde islámská medicína ovlivnila školu v Salernu.
Tiberius podle dostupných pramenů svého odjezdu litoval a několikrát žádal, aby se směl do Říma vrátit, ale Augustus jeho žádosti pokaždé zamítl.
Zdá se, že si přál, aby Senát a stát prostě jednaly bez něj, a jeho přímé rozkazy byly poměrně vágní, čímž spíše rozpoutaly debaty nad tím, co vůbec myslel, než nad samotným schvalováním jeho zákonů.
Bohové představovali jednotlivé praktické potřeby každodenního života a byli svědomitě uctíváni rituály a oběťmi, o kterých se soudilo, že jim příslušejí.
To bylo lodí z kontinentální Evropy.
Kultovní pozůstatky nalezené v té lokalitě byly řada deseti stojících kamenů známých jako menhiry, orientovaných severojižně, přičemž nejvyšší z nich byl vysoký 3 metry, s oltářovitou strukturou uprostřed a s velkou čtverhrannou kamennou mísou.
O přesném účelu těchto megalitů se stále diskutuje, nicméně mohly tvořit kanaánskou svatyni ve střední době bronzové (cca 1600 př. n. l.).
Kanaánské město bylo zničeno požárem, patrně v důsledku vojenského tažení egyptského faraóna Thutmose III.
Nejstarší známý pramen zmiňující toto město je seznam dobytých míst v Thutmosově chrámu v Karnaku.
El-amarnské tabulky, pocházející patrně ze 14. století před Kristem, obsahují deset dopisů od králů z Gezeru, které přísahají věrnost egyptskému faraónovi.
Thajské rodné listy zaznamenávají datum, měsíc a hodinu narození a dále uvádějí den v týdnu, datum podle lunárního kalendáře a zvířetníkové znamení.
Jejím zvířetníkovým znamením je opice a jejím tradičně důležitým rokem šedesátých narozenin byl rok 1992.
Thajské barvy příslušející k daným kalendářním dnům jsou zaznamenány v tabulce a vybaveny odkazy k příslušným obrázkům Buddhy pro dané dny v týdnu.
Čínský Nový rok i další svátky dodržované thajskými Číňany se liší vzhledem k oběma, protože se vypočítávají podle čínského kalendáře.
Kromě toho posílil obrannou linii mezi Egyptem a Asií zbudováním Vládcových zdí v oblasti Východní Delty.
Vládl pouze patnáct let, čemuž odpovídá nedokončenost mnoha jeho staveb.
Přesto se zdá, že oba drželi přinejmenším část Dolního Egypta.
Devátého září roku 2002 byl Aldrin vlákán do jednoho hotelu v Beverly Hills pod záminkou rozhovoru pro japonský dětský televizní pořad o vesmíru.
Aldrin byl třikrát ženatý.
V roce 1519 se stal vládcem Habsburské monarchie a v roce 1530 získal titul císaře Svaté říše římské.
Karel byl navzdory svému hrubému chování považován za vladaře, který má pochopení pro potřeby Nizozemí.
V roce 1566 předložila asi čtyřsetčlenná liga šlechticů petici guvernérce Markétě Parmské, aby zastavila pronásledování, dokud se nevrátí zbytek.
Boj proti Osmanské říši ve Středozemním moři vážně omezil vojenskou sílu použitelnou proti rebelům v Nizozemí.
V době bronzové tam kolem roku 1900 př. n. l. byla zbudována astronomická observatoř, která sloužila blízko žijící komunitě až zhruba do roku 700 př. n. l. Prostřední prostor byl používán k pozorování východu slunce a úplňku.
Východ slunce je označen třemi značkami ve dnech letního a zimního slunovratu a v obou rovnodennostech.
Další čtyři udávají minimální a maximální deklinaci Měsíce v úplňku: v létě a v zimě.
Dvě měří délku lunárních měsíců.
Jeho význam spočívá ve dvou faktech. V postklasickém období byl v Yucatánu používán třetí systém.
Původ slova Hispania je velmi zpochybňován a důkazy pro rozličné spekulace se zakládají přinejlepším na vzájemné podobnosti, která je ovšem pravděpodobně náhodná, a na pochybných podpůrných důkazech.
Ovšem působení Hispanie na nově příchozí bylo rovněž silné.
Během prvních stádií romanizace byl poloostrov Římany rozdělen pro potřeby správy na dvě části.
Od třetího století císař Caracalla provedl další rozdělení, ale to vydrželo jenom krátkodobě.
Byli krásou krajiny kolem jezera Rudyard tak pohnuti, že po něm pojmenovali své prvorozené dítě.
V době svého tamního pobytu Kipling také poznal a zamiloval se do Florence Garrardové, která žila s Trix v internátě v Southsea (kam se Trix předtím vrátila).
Editor Stephen Wheeler nedopřál Kiplingovi oddechu, ale Kiplingova potřeba psát byla neúnavná.
Jakmile byl zpátky v Láhauru, vyšlo v Gazette mezi listopadem 1886 a červnem 1887 třicet devět povídek.
V této době se stále víc zaobíral svou budoucností.
Román Ťin Pching Mej, který vyšel roku 1610, ukazuje trend k nezávislé kompozici a zájmu o psychologii, i když obsahuje i ranější materiál.
Významný vliv na snížení pravděpodobnosti občanské války měl jak vyšší podíl mužů studujících vyšší střední školy, tak příjem na hlavu a hodnota ekonomického růstu.
Přesněji řečeno, podíl mužů studujících na vyšších středních školách zvýšený o 10% nad průměr snížil pravděpodobnost konfliktu o přibližně 3%, zatímco hodnota růstu o 1% nad průměrem studie snížila pravděpodobnost občanské války o zhruba jedno procento.
Studie interpretovala tyto tři faktory jako reprezentanty ušlých zisků v důsledku nepokojů, a tudíž že nižší ušlé zisky vedou k nepokojům.
Jinak řečeno, je menší pravděpodobnost, že se mladí muži (kteří tvoří většinu bojovníků v občanských válkách) zapojí do vzpoury, pokud dostanou vzdělání nebo mají slušný plat, a mohou tak předpokládat, že je čeká nějaká budoucnost.
Jako příčina pocitu křivdy vedoucí k ozbrojené vzpouře byl označen nízký příjem na osobu.
Záruka občanských svobod dávala příslib, že vymizí napětí mezi komunitami a že se říše přemění ve více harmonické místo.
Arabská vzpoura, která vzplanula v roce 1916, namířená proti Osmanské říši, probíhala na Středním východě, který měli Turci první dva roky války pod kontrolou.
V některých pasážích mluví zvláště o sociálně a kulturně zničujících následcích války pro lidstvo samé.
Dominikánský kněz Heinrich Kramer byl pomocníkem salzburského arcibiskupa.
V roce 1538 španělská inkvizice varovala své členy, aby nevěřili všemu, co je v Malleu psáno.
Vynucený křest byl proti zákonům katolické církve, a tak teoreticky kdokoli, kdo byl nuceně pokřtěn, se mohl zcela legálně obrátit k judaismu.
Španělé vyhnali sefardské obyvatelstvo v roce 1492; mnoho ze španělských Židů zamířilo do Portugalska, kde však byli nakonec také pronásledováni.
Poté Filip vytáhl proti svým jižním nepřátelům.
Porazil své nepřátele v Thesálii a roku 352 měl toto území zcela pod kontrolou.
Makedonská armáda pokročila až k thermopylskému průsmyku, rozdělujícímu Řecko na dvě části, ale protože byl průsmyk přísně střežen spojeneckými silami Athéňanů, Sparťanů a Achájů, neodvážila se ho získat.
Když Filip zabezpečil příhraniční území Makedonie, shromáždil početnou makedonskou armádu a vedl dlouhé vítězné tažení do hloubi Thrákie.
Též Kateřina Veliká byla velmi spokojená.
Během války byl útok na Pearl Harbor často využíván americkou propagandou.
Tato idealizovaná verze monarchie Romanovců mu znemožnila vidět skutečný stav jeho země.
Ruská říše se skládala z rozmanitých etnik, která před první světovou válkou vykazovala značnou nejednotnost.
Tento městský stát vznikl ve stejné době jako Sukhothai.
Kontakt se Západem během 16. století, kdy byly vybudovány výnosné obchodní stezky, vedl k období velkého ekonomického rozkvětu.
Armáda si v boji na Kubě vedla dobře.
Byla však příliš zaměřena na malé základny na západě a nebyla moc dobře připravena na konflikt v zámoří.
Opírala se o dobrovolníky a domobranu, která se na základně na Floridě potýkala s logistickými, výcvikovými i zásobovacími problémy.
Po obsazení Spojené státy Kubu osvobodily.
Mírovou smlouvou Španělsko postoupilo Spojeným státům své kolonie Portoriko, Guam a Filipíny.
Útok proti obrovské armádě naverbované Benátkami byl zahájen z Francie.
Do roku 1563 se počet obyvatel Benátek snížil na zhruba 168 tisíc.
Vzdělání v období renesance se skládalo především ze studia antické literatury a historie, jelikož se předpokládalo, že klasická studia poskytují studujícím morální ponaučení a hluboké porozumění pro lidské jednání.
Proběhla zde však rozsáhlá statistická analýza demografických dat a vzorku populace zahrnujícího ženy, a to zejména matky.
Většina informací o této době pochází z pohřebišť a v nich uložených pohřebních darů.
