Przemoc i objęcie rewolucją wsi zaniepokoiły Sąd i Zgromadzenie Narodowe w Wersalu.
Wiadomość o zdarzeniu dotarła do Paryża i spowodowała dalsze pogorszenie nastrojów, i tak już złych z powodu stale wysokiej ceny chleba i braku zaopatrzenia.
Król nie powziął szczególnych środków ostrożności podczas swojej ucieczki i został kilkakrotnie rozpoznany w miejscach swojego pobytu.
Hymn został dobrze przyjęty i widownia zażądała bisu.
Ogłaszam otwarcie pierwszych międzynarodowych Igrzysk Olimpijskich.
I wojna światowa przyniosła przemiany i nowy rozwój wydarzeń w polityce kolonialnej.
Rewolucja przemysłowa nastąpiła w Wielkiej Brytanii wcześniej, niż w innych krajach.
Kryzys sueski pokazał ograniczenia starych potęg kolonialnych, takich jak Wielka Brytania i Francja, w zmieniającym się świecie. Po przejęciu władzy przez narodowych socjalistów w 1933 r. miały miejsce niespójne próby odzyskania starych kolonii.
Po rewolucji rosyjskiej w 1917 r. niektóre kraje, w tym Finlandia, Polska i kraje bałtyckie, zyskały niepodległość.
Jednym z jego ostatnich środków nacisku na Węgry była groźba narzucenia powszechnych i wolnych wyborów.
Po ugodzie cesarz i król Franciszek Józef I dokładał dużych starań, aby równo traktować obie swoje monarchie.
W wyniku reformacji klasztor w Disibodenbergu został zlikwidowany i popadł w ruinę.
Dzisiaj można tam zobaczyć rozległe ruiny.
Klasztor w Rupertsbergu został zniszczony przez oddziały szwedzkie w 1632 r., podczas wojny trzydziestoletniej.
Zakonnice przeniesiono do klasztoru w Eibingen.
Ruiny zostały później przebudowane.
Po tych sukcesach podpisał kontrakt z Team Telecom i przeniósł się z partnerką do Merdingen w Badenii, gdzie mieszkał do 2002 r.
Podczas Igrzysk Olimpijskich 2004 w Atenach Ulrich, zwycięzca biegu ulicznego, dążył do zdobycia swojego drugiego złotego medalu.
Cenzura pozbywała się wszelkich niepożądanych opinii; udział w życiu publicznym stał się praktycznie niemożliwy.
Ślady krwi na ubraniach miały kształt zgodny z tym, co opisywały doniesienia z dnia morderstwa.
Weiss został uhonorowany nagrodami literackimi od miast Kolonii i Bremy.
Springer aktywnie działał na rzecz pojednania z Żydami, zarówno prywatnie, jak publicznie, i odbył wiele podróży do Izraela.
Szałas całkowicie spłonął.
W następnym roku, 1977, został odznaczony American Friendship Medal za przyjazny stosunek swojej prasy do USA.
W dzielnicach Viguier i La Conte mieści się większość lokali socjalnych miasta, których mieszkańcy to głównie imigranci lub potomkowie imigrantów.
Historia Carcasonne jest ściśle powiązana z historią fortyfikacji miejskich.
We wczesnych latach 2000. przypadało tam pięciu lekarzy na 100000 mieszkańców.
Amnesty International cytuje artykuły prasowe z 2008 r. opisujące zabójstwo pięćdziesięciu osób oskarżonych o czary.
Von Bellingshausen ujrzał Antarktykę 27 stycznia 1820 r., trzy dni przed tym, jak ląd dostrzegł Bransfield, i dziesięć miesięcy przed tym, jak udało się to Palmerowi w listopadzie 1820 r.
Podczas wyprawy Endurance w 1914 r. brytyjski okręt Endurance pod dowództwem sir Ernesta Shackletona wyruszył z dwudziestoma ośmioma ludźmi na pokładzie, aby przekroczyć Antarktykę.
Ich spisanie stanowiło fundament prawa rzymskiego, instytucji republiki rzymskiej i mos maiorum.
Pyrrus był jednak zmuszony opuścić Sycylię, aby zająć się innymi sprawami na południu Italii.
W VIII w. p.n.e. Grecja zaczęła wychodzić z wieków ciemnych, które nastąpiły po upadku cywilizacji mykeńskiej.
Piśmiennictwo i pismo mykeńskie uległy zapomnieniu, ale Grecy przejęli alfabet fenicki, modyfikując go i tworząc alfabet grecki.
Od IX w. p.n.e. zaczęły pojawiać się pierwsze greckie teksty.
Grecja była podzielona na wiele małych, niezależnych społeczności; model ten był w dużej mierze podyktowany przez greckie uwarunkowania geograficzne: każda wyspa, dolina i równina jest odcięta od sąsiadów przez morze lub łańcuchy górskie.
W średniowieczu większość chrześcijan nie miała dostępu do Biblii w języku ojczystym.
Nie poszerzali jednak swoich terytoriów do czasu zbudowania statków wystarczająco dużych, aby przekroczyć morze.
Handel był rozwijany poprzez zakładanie placówek handlowych w rejonie śródziemnomorskim, co było nieznanym wcześniej sposobem.
To zdarzenie można postrzegać jako początek jego kariery skrajnego rewolucjonisty.
W miesiącu pluviôse roku II (styczeń-luty 1794), łagodząc terror rewolucyjny, podjął różne środki w celu uwolnienia podejrzanych.
Szkoły te, finansowane wyłącznie z własnych pieniędzy Bernarda Tapie, zostały zamknięte w 1994 r. po ogłoszeniu jego bankructwa.
Pomimo bycia największym światowym dystrybutorem sprzętu i tekstyliów niemiecka firma miała problemy finansowe.
Aby zmienić środowisko, państwo Remi spędzili większość lata 1947 r. w Szwajcarii.
Po powrocie rozważali przeprowadzkę do Ameryki Południowej, z dala od problemów powojennej Belgii.
Wiosną 1948 r., w nadziei na kinową adaptację Tintina, belgijski artysta napisał list do Walta Disneya, bezskutecznie prosząc go o wsparcie.
Latem Georges i jego żona wrócili do Szwajcarii w towarzystwie Rosane, 18-letniej córki jednej z przyjaciółek Germaine.
Podczas wakacji nawiązał pozamałżeński romans z młodą dziewczyną, do którego przyznał się niedługo potem.
W niższej części znajdują się trzy palmy pochylające się nad morzem, które symbolizują miłość, jaką mieszkańcy wyspy darzą swoją ziemię.
Oprócz tego latem możliwe jest wystąpienie na wyspie huraganów.
Wyspy są położone na uskoku indoaustralijskim; uskok ten powstał w wyniku zderzenia płyt indyjskiej i australijskiej.
W 1928 r. w północno-wschodniej części parku, przy torze wyścigowym, zbudowano 90-hektarowe pole golfowe.
W 1976 r. hipodrom nie był już używany; w 1990 r. pożar zniszczył to, co pozostało z drewnianych trybun, które zostały później rozebrane razem ze stajniami.
W sierpniu 1969 r. papież Paweł VI usunął karę śmierci z prawa watykańskiego i uchylił ją w przypadku wszystkich przestępstw.
Emisja monet ma charakter przede wszystkim numizmatyczny, z przeznaczeniem sprzedaży głównie kolekcjonerom.
Wewnętrzna część regionu jest płaska i pagórkowata, bez wyraźnych różnic pomiędzy poszczególnymi obszarami.
Znajduje się tam wiele artefaktów prehistorycznych, w tym kilka różnych menhirów i dolmenów.
Ustanowiono wówczas II region Apulii i Kalabrii, w którego skład wchodziło również Samnium, części Molise i wschodnia Basilicata. W trzynastym wieku nazwa „Apulia” była używana przez niektórych autorów jako określenie południowej części Półwyspu Apenińskiego.
Historyk David Crouch sugeruje, że Stefan mniej więcej w tym czasie zrezygnował z kampanii, aby skupić się na innych sprawach.
Tylko kilka z nich (dzielnic) istniało za czasów Henryka I, a i te były w dużej mierze symboliczne.
Podczas wojny I koalicji antyfrancuskiej szybko zdobył sławę młody korsykański oficer kawalerii w armii rewolucji francuskiej – Napoleon Bonaparte.
Mimo że nie rozstrzygnęło konfliktu, francuskie zwycięstwo w bitwie pod Marengo zmusiło Austriaków do zrezygnowania z Włoch po raz drugi.
Blokada floty Villeneuve’a spowodowała rezygnację z planów inwazji na Wyspy Brytyjskie, również z powodu nowego rozwoju wypadków na kontynencie.
Napoleon był pewien, że oczywisty sukces pod Austerlitz może doprowadzić do generalnego traktatu pokojowego, ale jego nadzieje zostały niebawem rozwiane: nowy brytyjski premier odmówił jakiegokolwiek porozumienia, tak samo, jak car Aleksander.
Jeśli chodzi o praktyki religijne, Fiorello został ukształtowany w kościele episkopalnym i pozostał członkiem kościoła protestanckiego przez całe swoje życie.
Mężczyzna powiedział mu, że nadchodzi wojna pomiędzy dwoma światami, jak przewidzieli on i Walter; to z tego powodu Olivia, razem z innymi, była szkolona jako dziecko.
Obaj uczniowie Goffredo Petrassiego, Ennio Morricone i Bruno Nicolai, spotkali się w konserwatorium Santa Cecilia.
Rozwinęła się między nimi długotrwała relacja zawodowa i przyjacielska, która trwała przez lata.
Nicolai współpracuje przy różnych kinowych ścieżkach dźwiękowych Morriconego, na przykład do „Miłosny krąg”; niektóre z nich zostały przez nich napisane wspólnie.
Ich przyjaźń rozpadła się jednak z powodu ich nieoficjalnej współpracy, która doprowadziła do sporów prawnych.
Nie jest jasne, który z nich dwóch był w toku ich współpracy pomysłodawcą pewnych rozwiązań stylistycznych w aranżacjach, które później charakteryzowały styl obu artystów.
W XX wieku, pomiędzy rokiem 1904 a 1914, Antonio Gaudí wprowadził w życie reformę, która trwała dziesięć lat.
Ma trzy równoległe kaplice w absydzie oraz liczne kaplice boczne pomiędzy przyporami.
Tradycja głosi, że motyw został wybrany celowo ze względu na dużą liczbę żydowskich konwertytów, którzy mieszkali w Palma.
Zanim zostały ukształtowane Andy, zachodni kraniec Ameryki Południowej był już miejscem kilku orogenez.
Środkowe Andy należą do tak zwanych „Andów typu andyjskiego”, które zostały ukształtowane poprzez subdukcję skorupy oceanicznej.
Jednak jego konflikt z Linaresem i zarzucenie linii progresywnej sprowokowały rewolucję zwaną „Revolución Reivindicadora”, która obaliła go w 1879 r.
Pod jego rządami dopuszczono głosowanie kobiet, zalegalizowano partie polityczne, pozwolono na powrót wszystkim wygnańcom, a pozostali więźniowie polityczni zostali uwolnieni.
Jest to część od tej drugiej granicy aż do granicy zewnętrznej, wyobrażonej linii, która łączy latarnię morską w Punta del Este z latarnią morską w Punta Rasa.
Sprawy zaczęły ulegać zmianie w październiku 1777 r., kiedy siły brytyjskie pod dowództwem generała Johna Burgoyne’a poddały się w Saratoga w stanie Nowy Jork.
Były to coup de grâce i zachęta, jakiej osadnicy potrzebowali, aby uzyskać niepodległość.
Indianie przybyli z Kanady pod przywództwem Josepha Branta; poparli Brytyjczyków, ponieważ koloniści przywłaszczali sobie coraz więcej ich ziem.
Wyprawa została poprowadzona przez generała Josepha Burgoyne’a, który zamierzał dotrzeć do Albany.
Zostali jednak zatrzymani i musieli stanąć do bitwy we Freeman, w pobliżu rzeki Hudson.
Hiszpański złotego wieku lub też hiszpański wczesnonowożytny to wariant języka, który stanowi etap pośredni między hiszpańskim średniowiecznym a nowożytnym.
Z drugiej strony w zagranicznej historii istnieją odniesienia do historii użytkowników języka hiszpańskiego, ich historycznych losów i społecznego użycia języka.
Mimo to gdyby wprowadzono prawo angielskie, córki Ludwika X, Filipa V i Karola IV miałyby większe prawa do tronu, z pierwszeństwem wobec ich ciotki Izabeli Francuskiej.
Próby wprowadzenia pokoju ostatecznie zakończyły się wiosną 1415 r., a Henryk postanowił zrealizować swój plan: inwazję na całe Królestwo Francji.
Mówił również o federalizacji miasta Buenos Aires, rozszerzeniu kodeksu handlowego i mianowaniu nowych generałów w armii.
W 1976 spotkał się z przyjaciółką, która pracowała dla jego wytwórni The Rocket Record Company, Kiki Dee, aby nagrać utwór, który okaże się jego kolejnym znaczącym sukcesem: „Don't Go Breaking My Heart”.
Pompejusz objął dowództwo dwóch legionów w Kapui i rozpoczął nielegalny pobór; takim postępowaniem, jak można było przewidzieć, wykorzystywał względy cezarian.
Cezar został osobiście poinformowany o działaniach Pompejusza przez Kuriona, którego czas urzędowania już się skończył.
Tymczasem jego stanowisko trybuna zajmował Marek Antoniusz, który pozostał na nim do grudnia.
Jednak kiedy senat definitywnie mu odmówił, zabraniając mu kandydowania na konsula i dając mu do wyboru wycofanie wojsk lub stanie się wrogiem publicznym, zrozumiał, że którąkolwiek możliwość wybierze, odda się bezbronny w ręce swoich politycznych wrogów.
1 stycznia 49 r. p.n.e. Marek Antoniusz odczytał oświadczenie Cezara, w którym prokonsul zadeklarował się jako przyjaciel pokoju.
