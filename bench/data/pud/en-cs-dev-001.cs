„Obvodní doktoři tyto nástroje nemají, mají pouze recepty a injekce,“ řekl Mailis. Ředitel Nezávislého dozoru policie Ontaria, Gerry McNeilly, nastavil tento týden podmínky přezkoumávání, poté, co byly vzneseny „znepokojující otázky“ ohledně toho, jak se příslušníci policie chovají k původním obyvatelům.
Přezkoumání také zahrnuje hanobící zářijové příspěvky na Facebooku, které podle některých informací měly pocházet od policistů tohoto severoontarijského města.
Vedoucí pracovníci také dostávali tzv. „výkonnostní plat“ za úspěchy nebo když překonali očekávání, na což mezi ně bylo rozděleno 1,5 milionu dolarů, tedy odhadem průměrně 15000 dolarů na osobu.
Její roční rozpočet je 1,4 miliard dolarů a zaměstnává více než 6000 lidí.
Federální vláda proaktivně hlásí agregované údaje o výkonnostních příplatcích a odměnách každého oddělení, avšak její poslední zpráva je za rok 2013-2014 – tedy dva roky stará.
Součet výkonnostních platů a odměn za onen rok byl 1,5 milionu dolarů, což je zhruba stejné jako v letech 2015 a 2016.
Gomery, jenž vedl komisi vyšetřující skandál s federálním sponzorováním mezi lety 2004 a 2006, řekl, že taková tělesa jsou nutná, aby veřejnost znovu začala důvěřovat ve výkon spravedlnosti.
To vedlo během včerejška a předvčerejška k odhalení, že na alespoň šest quebeckých novinářů byla zacílena sledovací operace provinční policie. „Žádná organizace ani jednotlivec by neměli mít umetenou cestičku k našeptávání do vládních uší na základě finančních příspěvků politikům či politickým stranám, a ani by to tak nemělo vypadat,“ píše se ve směrnicích.
Soudce v Duffyho kauze podvodu a porušování povinnosti při správě cizího majetku nakonec vynesl rozsudek, že očištěním Duffyho od všech obvinění nebyla překročena senátní pravidla.
Naše mobily jsou dnes mnohem víc než telefony.
„Je to úžasné,“ řekl minulý měsíc Lindsay Gay, uživatel neomezených dat od SaskTelu.
Také podotkl, že Rogers nedávno představil novou aplikaci, která pomáhá zákazníkům sledovat, jak data používají.
To nás nutí neustále vyhledávat další novinky.
„Tyto odhady se shodují s podílem nových bytů v soukromém vlastnictví, které po dostavění vstupují na nájemní trh, což ukazuje důležitost (domácích) investorů pro trh s nemovitostmi GTA.“
„Tahle odrůda pomáhá na bolesti zad, tato na nevolnosti, tento produkt vám pomůže v noci spát,“ říká Diterich z ředitelství společnosti v Denveru, Colorado, kde se tráva prodává legálně.
Avšak bez legislativního rámce, a s ohledem na původ trávy jako lidové medicíny na zlepšení nálady, zůstávají společnosti v nejistotě.
Železo je prvek, který tělo nezbytně potřebuje na produkci hemoglobinu – proteinu, který se nachází v červených krvinkách a je zodpovědný za transport kyslíku do všech tkání.
Nyní se čeká osm týdnů.
Je možné mít úroveň hemoglobinu v normě, ale zároveň celkově malé zásoby železa, říkají Canadian Blood Services (CBS).
Nové směrnice pro železo znamenají, že je třeba více dárců.
Začalo to jako rutinní vyšetření ultrazvukem, avšak komplikace nastaly, když se těhotná Margaret Boemerová z Plano, Texas, dozvěděla, že její ještě nenarozené dítě mělo vzácnou chorobu a potřebovalo chirurgický zákrok, aby přežilo.
Sakrokokcygeální teratom je nádor, který se vyvíjí před porodem a roste z dětské kostrče.
Je to u novorozenců nejčastější nádor, s frekvencí výskytu jednou za 35 000 porodů.
Bylo jí 84 let.
Mluvil o ní jako o „pozoruhodné“ a „milující a úžasné“ ženě, jejíž povídky v literárním světě zanechaly nesmazatelnou stopu.
„Někteří muži to chápou, a Bono je jedním z nich,“ řekl Leive nedávno v rozhovoru.
V pouhých 20 letech je silným hlasem proti šikaně a pomáhá dívkám držet se jejich vlastních představ o kráse.
„Její literární hlas se nesl doslova kolem celého světa,“ řekl Leive. Jakmile byly oficiální fotografie z večírku zveřejněny, po sociálních sítích se rozletěly komentáře – a lichotivé nebyly.
Mnoho lidí včetně skupin zastupujících původní obyvatele tvrdí, že trivializují kulturu Prvních národů.
Smysl těchto slyšení CRTC je sesbírat reakce průmyslových aktérů a veřejnosti.
Toto by se netýkalo pouze zábavního obsahu, nýbrž stejně tak i vzdělávání, vědeckého výzkumu, a – což je nejdůležitější – politické debaty.
Internet konec konců není luxus, je to nezbytný nástroj.
Suť vytvořila kolem zemského rovníku prstenec, posléze se shlukla působením gravitace a stal se z ní měsíc.
Stále však zůstávají nezodpovězené otázky.
Ve městě Hillsborough, těsně u Chapel Hill, někdo hodil na místní pobočku Republikánské strany zápalnou láhev.
Poté, co Severní Karolína v roce 2013 přijala zákon omezující volební práva, Campbell obcházel kostely a učil lidi potýkat se s komplikacemi jejich voličské registrace.
Zaznamenával okolo sebe účinky voleb, v náhlých sporech a ve zvláštním setkávání nových myšlenek se starými.
Tento rozpor mezi hospodářskými údaji a politickou rétorikou je povědomý, nebo by alespoň měl být.
Republikánští ekonomové brzdí hlasy, které by chtěly interpretovat tato data jako důkaz, že jejich strana ekonomickou politiku nezvládá.
„Nevím, jak za vlády Washingtona a Lincolna rostlo HDP, avšak rozvoj institucí v těchto volebních obdobích měl velké a dlouhotrvající účinky.“
Mezi Sullou a Trumpem, Římem a USA, je víc rozdílů než společných prvků, avšak to neznamená, že se určitá podobnost nenajde.
A připustila, že „se musíte podívat, kde uznala, že je třeba dělat něco jinak – lépe – a kde pouze vyjádřila lítost.“
Avšak jak se kritika Clintonové v roli první dámy stává čím dál tím toxičtější, Karel začala mít více pochopení.
„Když ho hraju, cítím se mocně,“ vysvětlil vloni profesionální dvojník Donalda Trumpa John Di Domenico magazínu Slate.
Jak houstne hysterie prezidentských voleb 2016, trápí Karel více než nesmysly jiná hrozba.
Obvykle jsou umělci, kteří toho chtějí spoustu udělat.
Pak reklama končí.
Producenti Miami Bass byli chirurgicky přesní v umění hýbat zadky – což byl jejich hlavní cíl.
V nedávném rozhovoru Zay a Zayion popsali nahrávání své verze „Knuck If You Buck“ doma na notebooku.
Avšak výzvy, a písně, kterými jsou podloženy, nechávají do svíjejících se smyček zrnitého videa vrůstat sledovatelné pletivo nervové soustavy.
Jejich revival podtrhuje, jak táhne výzva, umělecká či jiná: nepohodlí, růst a niterné napojení.
Platón si myslel, že by bylo mnohem bezpečnější svěřit moc pečlivě vzdělaným strážcům.
Stejně jako mnoho mých známých jsem poslední měsíce trávil dlouhé večery u strašidelných průzkumů preferencí.
Caplan odmítá retrospektivní hlasování a cituje přitom dva experty, podle kterých to není „o nic víc rozumné než zabíjet faraona, když se řeka Nil nerozvodní.“
Avšak na jejím chování k ostatním a na ní samotné nebylo nic dalšího zjevně uměleckého.
V roce 2010 nadace vydala vysázenou edici „Zettelova snu“, což dílo zpřístupnilo těm, pro koho představoval překážku pocit provizornosti z ofsetového tisku.
V emailové korespondenci s Woodsem jsem se pokusil nějaký etymon odhalit.
„Naprosto zanedbával svoje zdraví,“ uvedla jeho žena Alice.
Každá z vystavených map vypráví svůj příběh, který se ovšem ne vždy skutečně stal.
Zároveň jsou poprvé vystavovány mapy britského Ministerstva obrany, které představují potenciální bitvy studené války a které se používaly při zkouškách na vojenských vysokých školách.
Jeho volebním obvodem je oblast North Kesteven, kde se 62 % voličů vyslovilo pro odchod z EU.
Jeho schopnost získávat odpovědi na otázky daňových poplatníků bude těžce chybět.
Christian Wolmar, který o dějinách železnice napsal několik knih, bude v soutěži 1. prosince.
Liberální demokraté, kteří bohatou čtvrť až do roku 2010 zastupovali, doufají, že místo ukořistí zpátky jejich kandidátka Sarah Olney.
Mezitím svou kampaň na uvolněné místo spustila odloučená manželka vládního whipa.
Byl naprosto gentlemanský a vzal to jako chlap, zato já jsem za hranicí zuřivosti.
Na lodi je více než 330 členů posádky.
Vega podotkl, že při jejich mládí mnoho z nich její minulost nezná.
Lidé tam umírali.
Strávil více než čtyři roky v rádiu BBC World Service v Bush House.
Pracoval pro BBC více než deset let.
Jeden z mnoha jejich truchlivých příspěvků na Facebooku obsahuje výrok, který by Chris miloval: „Neznám nikoho afričtějšího než Tebe.“
Kdo to z australské strany může zastavit?
Vyprchal snad jejich božský nárok halit se do pláště světových jedniček?
Mají jednu příležitost se spasit: porazit Anglii.
Jihoafrická republika se blíží okamžiku, ze kterého není návratu, a musíme se vyrovnat jejich chuti po vítězství.
Jeho styl má jak ostré hrany, tak jemnou ruku.
Máme skvělou partu a je to příležitost rozjet náš koráb kupředu.
Musíte se proti tomu postavit a budu radši, když na mě budou útočit, než aby mě bez povšimnutí míjeli.
Australané, vytvrzení z nedávného rugbyového šampionátu, zařadili vyšší rychlost.
Vítězství Donalda Trumpa by ze světa v okamžení udělalo ještě více nervózní a nejisté místo, než už je.
Paní Clintonová má pověst jestřába, avšak americká veřejnost je válčením unavena.
Vyslovil se pro mučení.
Také zápasím s hesly.
Pak existují takzvané pravdivé příběhy, které jsou publikovány jako sled smysluplných obrázků s textem.
Samozřejmě chápu, že novodobé Německo nelze srovnávat s nacistickým režimem.
V rohu je dívka v šátku a džínách, která vypadá tak nenápadně, že to podle mě musí být další asistentka.
Umělci zasahují lidská srdce; jediné místo, které máme společné a kde odpadají rozdíly.
K jeho dalším neobvyklým postům patří post globálního velvyslance pro New York City Health and Hospitals Corporation a místo na Harvard Business School.
Se svým životem mohu dělat jen tohle. Chtěl jsem to sledovat s nimi, ale oni se nakonec rozhodli, že se budou raději dívat sami.
Nemůžeme dopustit, aby se někdo tak rasistický, sexistický a zcela nekvalifikovaný pro funkci vrchního velitele, jako je Donald Trump, stal prezidentem.
Tvrdí, že americké dělníky, jejichž pracovní místa a životní úroveň by to mohlo ohrozit, tohle dostatečně nechrání.
V této souvislosti dává omezení obchodu smysl.
