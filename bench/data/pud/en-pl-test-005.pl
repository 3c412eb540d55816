Po upadku dynastii Qing w 1911 r. Mongolia pod rządami Bogda Chana ogłosiła niepodległość.
Jednak nowo ustanowiona Republika Chińska uznawała Mongolię za część swojego terytorium.
Yuan Shikai, prezydent Republiki Chińskiej, uważał nową republikę za spadkobiercę dynastii Quing.
Bogda Chan ogłosił, że zarówno Mongolia, jak Chiny pozostawały za czasów Qing pod władzą mandżurską, a po upadku dynastii Qing w 1911 r. umowa o podległości Mongolii Mandżurom przestała obowiązywać.
Obszar kontrolowany przez Bogda Chana odpowiadał mniej więcej dawnej Mongolii Zewnętrznej z okresu Qing.
Spiesząc się, by podbić Kadesz, Ramzes II popełnił poważny błąd taktyczny.
Pierwsze naukowe opracowanie na temat bitwy z 1903 r. autorstwa Jamesa Henry’ego Breasteda chwaliło źródła, które umożliwiły jej wiarygodną rekonstrukcję. Nie będąc w stanie utrzymać długotrwałego oblężenia, Ramzes wrócił do Egiptu.
Egipski faraon znalazł się w ten sposób daleko za Kadesz, w Tunip na północy Amurru, gdzie nie widziano żadnego żołnierza egipskiego od czasów Totmesa III niemal 120 lat wcześniej.
Tym razem utrzymywał, że walczył nie założywszy nawet napierśnika przez pierwsze dwie godziny bitwy.
Dokładny rok ślubu Heroda Antypasa i Herodiady jest przedmiotem dyskusji między badaczami.
Ponieważ Herod przebywał w tym czasie w Jerozolimie, Piłat postanowił wysłać Jezusa pod sąd Heroda.
Według Nowego Testamentu Paweł spędził w Koryncie osiem miesięcy, około siedemnaście lat po swoim nawróceniu.
Ta druga data mogła wypaść w piątek tylko jeśli w tym roku wprowadzono wyjątkowo miesiąc przestępny, ale ku temu skłaniał się Newton.
Możliwe jest ustalenie fazy księżyca w konkretnym dniu dwa tysiące lat temu, ale nie tego, czy był on przysłonięty chmurami lub mgłą.
Forty budowano również w starszych częściach Nowej Francji, które nie były jeszcze zasiedlone.
Ustanowił podstawy integracji, w której państwowe mechanizmy gospodarcze i sądowe mogły być stosowane w całym rejonie śródziemnomorskim, podobnie, jak wcześniej mechanizmy z Lacjum w całej Italii.
Każdy z poematów opowiada tylko o części wojny. W późniejszych wiekach dramatopisarze, historycy i inni intelektualiści będą tworzyć dzieła inspirowane wojną trojańską.
Zostało przepowiedziane, że albo umrze ze starości po spokojnym życiu, albo zginie młodo na polu bitwy i zyska nieśmiertelność poprzez poezję.
Proces ten został jednak odwrócony, kiedy Julian zginął w bitwie w 363 r.
Uznaje się, że ostatnie igrzyska olimpijskie zostały zorganizowane w 393 r.
Shen Kuo niebawem wywarł na Wang Anshim wrażenie swoimi zdolnościami i umiejętnościami jako zarządca i agent rządowy.
W 1072 r. Shenowi zlecono nadzór nad programem Wanga dotyczącym zbadania złogów mułu w kanale Bian poza stolicą.
Przy użyciu nowatorskiej techniki Shen skutecznie oczyścił kanał i pokazał ogromną wartość zebranego mułu jako nawozu.
Zyskał jeszcze większą reputację na dworze po tym, jak latem 1075 r. został wysłany jako emisariusz do kitańskiej dynastii Liao.
Kitanowie parę razy agresywnie negocjowali przesunięcie swoich granic na południe, manipulując kilkoma niekompetentnymi chińskimi ambasadorami, którzy przystawali na żądania królestwa Liao.
Studiowano również medycynę, szczególnie w południowych Włoszech, gdzie medycyna islamska miała wpływ na szkołę w Salerno.
Podobno Tyberiusz żałował swojego wyjazdu i kilkakrotnie prosił o możliwość powrotu do Rzymu, ale za każdym razem Oktawian August odmawiał jego prośbom.
Wydaje się, że życzył sobie, aby Senat i państwo po prostu działały bez niego, a jego bezpośrednie rozkazy były raczej niejasne, wywołując więcej dyskusji nad jego faktycznymi intencjami, niż nad wprowadzeniem ich jako praw.
Bogowie wyraźnie reprezentowali praktyczne potrzeby codziennego życia i skrupulatnie przypisywano im rytuały i ofiary uznawane za odpowiednie.
Odbyło się to łodziami z Europy kontynentalnej.
Odkryte na miejscu pozostałości związane z kultem składały się z rzędu dziesięciu dużych, stojących kamieni zwanych „massebot”, zorientowanych w osi północ-południe, z których najwyższy miał 3 metry wysokości, ze strukturą typu ołtarzowego pośrodku oraz dużą, kamienną misą.
Dokładne przeznaczenie tych megalitów jest nadal niepewne, ale mogły one stanowić kananejskie „wysokie miejsce” począwszy od środkowej ery brązu, około 1600 r. p.n.e.
Kananejskie miasto zostało zniszczone przez ogień, prawdopodobnie w trakcie kampanii egipskiego faraona Totmesa III.
Najstarszą znaną wzmiankę historyczną o mieście znaleźć można w inskrypcji wymieniającej podbite miejsca w świątyni Totmesa w Karnaku.
Listy amarneńskie, datowane na XIV w. p.n.e., zawierają dziesięć listów od królów Gezer przysięgających lojalność egipskiemu faraonowi.
Tajskie akty urodzenia zawierają datę, miesiąc i godzinę urodzenia, a następnie dzień tygodnia, datę według kalendarza księżycowego i znak zodiaku.
Jej zwierzęciem zodiakalnym jest Małpa, a jej sześćdziesiąte urodziny, tradycyjnie uznawane za ważne, przypadły w 1992 r.
Tajskie pomyślne kolory dla dni są spisane w tabeli dni tygodnia, pod którą znajduje się link do wizerunków Buddy na każdy dzień tygodnia.
Chiński Nowy Rok i inne święta obchodzone przez tajskich Chińczyków są ruchome względem obu, ponieważ ich daty wyznaczane są zgodnie z kalendarzem chińskim.
Dodatkowo wzmocnił struktury obronne między Egiptem i Azją, wznosząc Mury Władcy w regionie Delty Wschodniej.
Rządził tylko piętnaście lat, o czym świadczy niekompletność wielu jego budowli.
Pomimo tego wydaje się, że obaj kontrolowali przynajmniej część terenów Dolnego Egiptu.
9 września 2009 r. Aldrin został zwabiony do hotelu w Beverly Hills pod pretekstem wywiadu dla japońskiego dziecięcego programu telewizyjnego o kosmosie.
Adrin był trzykrotnie żonaty.
W 1519 r. został władcą Monarchii Habsburgów i uzyskał tytuł świętego cesarza rzymskiego w roku 1530.
Pomimo swojego surowego postępowania Karol był postrzegany jako władca wrażliwy na potrzeby Holandii.
W 1566 r. składająca się z około 400 członków liga szlachty skierowała do gubernator Małgorzaty Parmeńskiej petycję o zawieszenie prześladowań, dopóki nie wrócą pozostali.
Jej walka z Imperium Osmańskim na Morzu Śródziemnym znacznie ograniczyła siłę militarną, jakiej mogła użyć przeciwko rebeliantom w Holandii.
Około 1900 r. p.n.e. zbudowano tam obserwatorium astronomiczne z epoki brązu, które nieprzerwanie służyło żyjącej w pobliżu społeczności do około 700 r. p.n.e.
Miejsce pośrodku było używane do obserwacji wschodu słońca i pełni księżyca.
Trzy oznaczenia wskazują wschód słońca podczas przesilenia letniego i zimowego oraz obu równonocy.
Cztery kolejne wskazują minimalne i maksymalne deklinacje księżyca w pełni latem i zimą.
Dwa mierzą długość miesięcy księżycowych.
Jego znaczenie zasadza się na dwóch faktach.
W okresie post-klasycznym na Jukatanie używano trzeciego systemu.
Pochodzenie słowa „Hispania” jest mocno niejasne, a przesłanki na rzecz poszczególnych spekulacji są oparte w najlepszym przypadku na zwykłych podobieństwach, które mogą być przypadkowe, i na niepewnych dodatkowych dowodach.
Ale wpływ Hispanii na przybyszów również był duży. Podczas dwóch pierwszych etapów romanizacji półwysep został podzielony przez Rzymian na dwie części w celach administracyjnych.
W III wieku cesarz Karakalla dokonał nowego podziału, który utrzymał się tylko przez krótki czas.
Byli tak poruszeni pięknem okolic jeziora Rudyard, że kiedy urodziło się ich pierwsze dziecko, nazwali je na jego cześć.
W spędzonym tam czasie Kipling spotkał również i pokochał Florence Garrard, która mieszkała z Trix w Southsea (gdzie Trix powróciła).
Stephen Wheeler, wydawca, wymagał dużo, ale potrzeba pisania Kiplinga była nie do powstrzymania.
Po powrocie do Lahore trzydzieści dziewięć opowiadań ukazało się w Gazette między listopadem 1886 r. a czerwcem 1887 r.
W tym czasie coraz więcej myślał o przyszłości.
Opublikowana w 1610 r. „Jin Ping Mei”, mimo iż zawiera wcześniejszy materiał, świadczy o tendencji do niezależnej kompozycji i zainteresowania psychologią.
Większy nabór do szkół średnich wśród mężczyzn, dochód na głowę oraz tempo wzrostu gospodarczego miały znaczący wpływ na zmniejszenie ryzyka wojny domowej.
W szczególności, nabór mężczyzn do szkół średnich przekraczający średnią o 10% ograniczał ryzyko konfliktu o 3%, podczas gdy tempo wzrostu wyższe o 1% niż średnia w badaniu skutkowało obniżeniem ryzyka wojny domowej o około 1%.
W badaniu zinterpretowano te trzy czynniki jako odpowiadające zarobkom utraconym w razie rebelii, co oznacza, że mniejszy zysk do stracenia sprzyja rebelii.
Inaczej mówiąc: młodzi mężczyźni (którzy stanowią ogromną większość walczących w wojnach domowych) są mniej skłonni dołączyć do rebelii, jeśli otrzymują edukację lub odpowiednio zarabiają i mogą rozsądnie założyć, że w przyszłości będzie się im powodzić.
Niski dochód na głowę uznano za przyczynę rozgoryczenia, popychającego do zbrojnej rebelii.
Po jej gwarancjach swobód obiecywano sobie rozładowanie napięć między społecznościami i przemianę imperium w miejsce bardziej pełne harmonii.
Powstanie arabskie, które rozpoczęło się w 1916 r., przechyliło szalę na niekorzyść Osmanów na froncie środkowowschodnim, gdzie początkowo zdawali się mieć przewagę podczas dwóch pierwszych lat wojny.
W kilku fragmentach szczególnie skupia się na społecznie i kulturowo szkodliwych skutkach wojny dla samej ludzkości.
Dominikański ksiądz Heinrich Kramer był pomocnikiem arcybiskupa Salzburga.
W 1538 r. inkwizycja hiszpańska ostrzegła swoich członków, żeby nie wierzyli wszystkiemu, co jest napisane w „Malleus”.
Przymusowy chrzest był wbrew przepisom Kościoła katolickiego, i teoretycznie każdy, kto został ochrzczony siłą, mógł legalnie powrócić do judaizmu.
W 1492 z Hiszpanii wygnano ludność sefardyjską; wielu spośród tych hiszpańskich Żydów przeniosło się do Portugalii, ale ostatecznie również tam byli prześladowani.
Wschodnia granica Macedonii z Tracją została wówczas zabezpieczona przez rzekę Nestus (Mestę).
Następnie Filip II wyruszył przeciwko swoim wrogom na południu.
Pokonał swoich wrogów w Tesalii i w 352 r. miał już ten region pod ścisłą kontrolą.
Armia macedońska dotarła aż do przesmyku Termopile, który dzieli Grecję na dwie części, ale nie próbowała go zdobyć, ponieważ był silnie strzeżony przez połączone siły Ateńczyków, Spartan i Achajów.
Opanowawszy sąsiednie regiony Macedonii, Filip II zebrał dużą macedońską armię i wyruszył głęboko w Trację na długą kampanię podbojów.
Katarzyna II również była bardzo zadowolona.
Przez całą wojnę Pearl Harbor było często wykorzystywane w amerykańskiej propagandzie.
Ta wyidealizowana wizja monarchii Romanowów czyniła go ślepym na faktyczny stan jego kraju.
Imperium Rosyjskie było mozaiką różnych grup etnicznych, która wykazywała istotne przejawy braku jedności w latach poprzedzających I wojnę światową.
To państwo-miasto pojawiło się w tym samym okresie, co Sukhothai.
Ten kontakt z Zachodem w XVI w. doprowadził do okresu intensywnego rozwoju gospodarczego po otwarciu dochodowych szlaków handlowych.
Armia dobrze się sprawdziła w walce na Kubie. Była jednak zbyt nastawiona na małe posterunki na zachodzie i nie tak dobrze przygotowana na zamorski konflikt.
Opierała się na ochotnikach i jednostkach milicji stanowej, które borykały się z problemami logistycznymi, szkoleniowymi i żywieniowymi w miejscach stacjonowania na Florydzie.
Stany Zjednoczone wyzwoliły Kubę (po okupacji przez armię amerykańską).
Zgodnie z traktatem pokojowym Hiszpania przekazała Stanom Zjednoczonym swoje kolonie na Portoryko, Guam i Filipinach.
Ofensywę przeciwko ogromnej armii wystawionej przez Wenecję poprowadzono z Francji.
Do 1563 r. populacja Wenecji spadła do około 168000 osób.
Na edukację w epoce renesansu składały się głównie literatura i historia starożytna, ponieważ uważano, że w dziełach klasycznych zawiera się wykład moralności i głębokie zrozumienie ludzkiego zachowania.
Dokonano jednak dokładnej analizy statystycznej danych demograficznych uwzględniających kobiety, w szczególności w roli macierzyńskiej.
Większość informacji o tym okresie pochodzi z miejsc pochówku i znalezionych tam darów pogrzebowych.
