W tym czasie mieszkało tam tylko około czterdzieści rodzin mających do dyspozycji dużo dobrych terenów rolniczych i pastwisk. Kiedy Grecy rozszerzyli swoje kolonie na zachód, w stronę Sycylii i Italii (Pithekoussae, Cumae), wpływ ich nowego alfabetu sięgnął dalej.
Banany i plantany, po raz pierwszy udomowione w Azji południowowschodniej, najprawdopodobniej w Papui-Nowej Gwinei, zostały ponownie udomowione być może aż 5000 lat temu.
Oprócz służenia za bezpośrednie źródło pożywienia, niektóre zwierzęta mogły zapewnić skóry, wełnę, futra i nawóz.
Fundamentalne zmiany w zasadach działania wprowadził Szkot James Watt.
Rewolucja przemysłowa stworzyła popyt na metalowe części używane w maszynach.
Podczas II wojny meseńskiej Sparta stała się lokalną potęgą na Peloponezie i w pozostałej części Grecji.
Podczas rozdania międzynarodowych nagród Car of the Century Ford T został ogłoszony najważniejszym samochodem XX wieku.
Sukces kompaktowych modeli Rambler produkowanych przez American Motors skłonił GM i Forda do wprowadzenia w 1960 r. własnych niedużych samochodów. Ta konwencja jest w czasach współczesnych tylko nieznacznie rozluźniona i nadal nie zaleca się używać wśród przyjaciół imienia, natomiast używanie nazwiska jest nadal powszechne.
W przypadku rodziny cesarskiej używanie imienia jest uważane za niezwykle niestosowne.
Od czasów cesarza Meiji w zwyczaju było przypisywać jedną erę do każdego władcy i pośmiertnie zmieniać imię cesarza na zgodne z nazwą ery, w której rządził.
Przed cesarzem Meiji nazwy er zmieniano częściej, a pośmiertne imiona cesarzy wybierano w inny sposób.
Poza Japonią, począwszy od cesarza Shōwa, cesarzy często nazywano ich imionami, zarówno za życia, jak po śmierci.
W Azji i na Pacyfiku od 3 milionów do ponad 10 milionów cywilów, głównie Chińczyków (szacuje się 7,5 miliona) zostało zabitych przez japońskie siły okupacyjne.
Przed wybuchem wojny alianci mieli w Europie znaczącą przewagę zarówno w liczbie ludności, jak gospodarczą.
Wojna na lądzie zmieniła się od statycznych linii frontu I wojny światowej w kierunku zwiększonej mobilności i łączenia różnych sił.
Żołnierze brytyjskiej kawalerii otrzymali również doskonałe szkolenie z szermierki konnej.
Niektórzy historycy, jak Chandler i Weller, twierdzą, że brytyjska ciężka kawaleria została rozbita jako użyteczna jednostka po swojej pierwszej imponującej szarży.
Zgodnie z badaniem genetycznym informacji autosomalnej Romów, źródłem ich południowoazjatyckich korzeni są północno-zachodnie Indie.
Wyjaśnienie pochodzenia muzyki zależy od tego, jak ją definiujemy.
Wśród ludzi zarówno mężczyźni, jak kobiety z zapałem śpiewają, a tworzenie muzyki jest przeważnie czynnością społeczną.
W 1839 r. Chiny starły się z Wielką Brytanią w I wojnie opiumowej po tym, jak gubernator generalny Hunanu i Hubei, Lin Zexu, zakazał handlu zagranicznego opium.
Chiny zostały pokonane i w 1842 r. przystały na warunki traktatu nankińskiego.
Wyspa Hongkong została przekazana Wielkiej Brytanii, a niektóre porty, w tym Szanghaj i Kanton, zostały otwarte dla brytyjskiego handlu i rezydentów.
W 1856 r. wybuchła II wojna opiumowa; chińczycy zostali ponownie pokonani i zmuszeni do przyjęcia warunków traktatu z Tiencin z 1858 r. oraz konwencji pekińskiej z 1860 r.
Traktat zakładał otwarcie na handel nowych portów oraz pozwalał cudzoziemcom podróżować w głąb kraju. Lamarr towarzyszyła Mandlowi na spotkaniach biznesowych, w trakcie których rozmawiał z naukowcami i innymi specjalistami zajmującymi się technologią wojskową.
Do najwcześniejszych wynalazków Lamarr należą ulepszona sygnalizacja świetlna oraz pastylka, która po rozpuszczeniu w wodzie daje napój gazowany.
Zaproponowano jej kilka scenariuszy, reklam telewizyjnych i projektów scenicznych, ale żaden nie wzbudził jej zainteresowania.
Joseph Darnand, który został oficerem SS i przewodził paramilitarnej milicji ścigającej członków ruchu oporu, został stracony w październiku 1945 r.
De Gaulle wydał instrukcje, aby nie miały miejsca przesadne publiczne przejawy sympatii wobec Churchilla ani przyznawanie oficjalnych nagród bez jego uprzedniej zgody.
Film relacjonuje zniszczenie życia i kariery Carangi przez jej uzależnienie od heroiny oraz jej staczanie się i śmierć z powodu AIDS w połowie lat 80.
Został ukończony w dość późnym okresie wojny; mimo że pewna liczba B-29 była wyposażona w Eagle i działało to dobrze, stało się to za późno, aby przynieść znaczące skutki.
Systemem radarowym, z którego Alvarez jest najbardziej znany i który odegrał ważną rolę w lotnictwie, szczególnie w powojennym moście powietrznym do Berlina, był Ground Controlled Approach (GCA).
Przy użyciu anteny dipolowej Alvareza do uzyskania bardzo wysokiej rozdzielczości kątowej, GCA pozwala operatorom radarów naziemnych obserwującym specjalne precyzyjne wyświetlacze nakierować lądujący samolot na pas lotniska poprzez przekazywane pilotom komendy słowne.
System był prosty, bezpośredni i działał dobrze nawet z nieprzeszkolonymi wcześniej pilotami.
Odniósł taki sukces, że wojsko nadal korzystało z niego przez wiele lat po wojnie, a w niektórych krajach był wciąż w użyciu w latach 80.
Wraz ze wzrostem populacji tworzono nowe dzielnice dla ludności rdzennej.
Rebelianci z Sojuszu Sił Demokratycznych na Rzecz Wyzwolenia Konga zdobyli Lubumbashi w kwietniu 1997 r.
Duża wysokość przyczynia się do ochłodzenia klimatu, który w przeciwnym razie byłby bardzo gorący. Podupadające zdrowie ograniczyło twórczość Hitchcocka w dwóch ostatnich dekadach jego życia.
W filmach Hitchcocka pojawiają się czasem bohaterowie zmagający się z relacją z własną matką.
Hitchcock wolał pracować z największymi talentami swoich czasów – autorami plakatów filmowych takimi jak Bill Gold i Saul Bass, którzy tworzyli plakaty wiernie reprezentujące jego filmy.
Herzl doświadczał wewnętrznego konfliktu pomiędzy pragnieniem sukcesu literackiego a chęcią działania jako osoba publiczna.
10 marca 1896 r. Herzla odwiedził wielebny William Hechler, anglikański kapelan ambasady brytyjskiej.
W jednym z odcinków jest pokazany jako biegły gitarzysta.
Lenny to zatwardziały kawaler bez szczęścia do kobiet.
W pewnym momencie sugeruje się, że jest tajnym agentem, którego celem jest Homer.
Zdecydowany na karierę teatralną Winstone zapisał się do akademii teatralnej Corona w Hammersmith.
Winstone poznał swoją żonę Elaine podczas kręcenia „That Summer” w 1979 r.
Winstone ogłosił upadłość finansową 4 października 1988 i ponownie 19 marca 1993 r.
Disney dowiedział się również, że Universal posiada prawa własności intelektualnej do Oswalda.
Disney otrzymał kolejnego honorowego Oscara, który składał się z jednej statuetki pełnowymiarowej i siedmiu miniaturowych.
Karta ta oferuje dodatek pieniężny, który można wypłacić w bankomacie w celu zakupu pomocy szkolnych takich jak książki czy mundurki.
Oprócz tego zbudował i wyremontował pięć tradycyjnych bazarów w 2013 r. i cztery w 2014 r.
Tymczasem jego rywal Prabowo Subianto również ogłosił zwycięstwo, dezorientując indonezyjskich obywateli.
Przed objęciem urzędu Jokowi starał się skłonić odchodzącego prezydenta Yudhoyono do wzięcia odpowiedzialności za decyzję o kolejnym zwiększeniu cen paliwa poprzez dalsze cofanie dotacji.
Według jego oficjalnej biografii Kim skomponował również sześć oper i lubi reżyserować wypracowane musicale.
Z pomocą rad Alexandra udało mu się osiągnąć kompromis: pójdzie na uniwersytet, ale będzie studiował literaturę.
Barrie zapisał się na Uniwersytet Edynburski, gdzie pisał recenzje teatralne dla Edinburgh Evening Courant.
Ukończył uczelnię i uzyskał tytuł magistra 21 kwietnia 1882 r.
Odpowiedziawszy na ogłoszenie o pracy znalezione przez jego siostrę w The Scotsman, pracował przez półtora roku jako dziennikarz dla Nottingham Journal.
Następnie wrócił do Kirriemuir.
Pierwsze wydanie liczyło tylko 3000 egzemplarzy.
W 2009 r. całkowitą sprzedaż „Potęgi teraźniejszości” i „Nowej Ziemi” w Ameryce Północnej szacowano odpowiednio na 3 miliony i 5 milionów egzemplarzy.
Niektórzy uczeni chrześcijańscy krytykują nauki Tolle’a, podczas gdy inni je chwalą.
W latach 1991–1997 prowadziła szkołę dla dzieci z trudnościami w uczeniu się.
Jej najnowsza książka non-fiction jest poświęcona Małgorzacie Douglas, hrabinie Lennox.
Przejście do fikcji okazało się dla niej łatwe – jak wyjaśnia: „Każda książka to proces uczenia się, i trzeba zachować otwarty umysł”.
Aby uniknąć podobnych dylematów w przypadku Dżasminy, twórcy filmu ostatecznie postanowili wykonać całą animację księżniczki w jednym studio.
Kiedy ukończono pracę nad jej wizerunkiem, Dżasmina stała się pierwszą księżniczką Disneya nie mającą jasnej skóry, o nieeuropejskim pochodzeniu.
Tematy reprezentowane przez postać Dżasminy to również prawa obywatelskie, tolerancja rasowa, hierarchia społeczna, jak również życie, wolność i dążenie do szczęścia.
Jednak do końca rządów komunistycznych w Polsce nie było dalszego publicznego uznania dla jej oporu i działalności humanitarnej w czasie wojny.
Utwór „Really Really Love You” został wydany w sierpniu i trafił do pierwszej pięćdziesiątki; odpowiadający mu singiel „Shaky Ground” pojawił się we wrześniu, ale Geyer była już wtedy w USA.
Po osiągnięciu szczytu kariery w rodzimej Australii, w 1984 r. Geyer ponownie zamieszkała w Los Angeles, aby skupić się na podboju tamtejszej sceny muzycznej.
Po zatrzymaniu się na 96. miejscu listy Billboard 200, album „Thought 'Ya Knew” wspiął się na miejsce 31. w Wielkiej Brytanii, ale utrzymał się na liście tylko przez dwa tygodnie.
Po swoim zwolnieniu Peninston przyjęła rolę dobrej czarownicy Glindy w teatralnej produkcji musicalu „The Wiz”.
Wilkes został ponownie wybrany i wydalony jeszcze dwa razy, zanim Izba Gmin uznała, że jego kandydatura była nieważna i ogłosiła zwycięzcą kandydata, który zajął drugie miejsce.
Rząd Graftona rozpadł się w 1770 r., co pozwoliło torysom pod przywództwem lorda Northa powrócić do władzy.
Grzegorz był bardzo pobożny i spędzał całe godziny na modlitwie, ale tej pobożności nie podzielali jego bracia.
Grzegorza oburzało to, co postrzegał jako ich słabą moralność.
W 1770 r. jego brat Henryk, książę Cumberland i Strathearn, został przyłapany na cudzołóstwie, a w następnym roku ożenił się z młodą wdową Anne Horton.
Album „Wild West” z 1981 r. był jednym z jej najlepiej się sprzedających.
Do tego czasu rozrzutność i seria nietrafionych inwestycji jej inwestorów niemal ją zrujnowały.
W czerwcu 2012 islandzki zespół Sigur Rós wydał teledysk do utworu „Fjögur Píanó” z udziałem LaBeoufa, który występuje nago.
Louis Post Dispatch nazwał ją jedną z najlepszych ról LaBeoufa.
Samochód stanął w płomieniach, a Kenseth od niego odszedł.
W dniu wyścigu Elliott uczestniczył w pogrzebie swojego ojca.
W 2003 r. prowadził w punktach rankingowych oraz w 33 z 36 ostatnich wyścigów i został zdobywcą NASCAR Winston Cup w 2003 r. jako ostatni kierowca posiadający ten tytuł.
Rafferty wydał w latach 90. dwa kolejne albumy, które muzyk Tom Robinson określił później jako „wielki powrót do formy”.
W kilku utworach albumu „On a Wing and a Prayer” (1992) ponownie spotkał się z kolegą z zespołu Stealers Wheel Eganem.
Zawierał trzy utwory napisane wspólnie z bratem Rafferty’ego Jimem, również wokalistą i autorem tekstów, który współpracował z Decca Records w latach 70.
Rafferty umieścił na albumie „Over My Head” (1994) nową wersję nagranej z zespołem Humblebums piosenki „Her Father Didn't Like Me Anyway”.
To były dwa ostatnie nagrania wyprodukowane przez Rafferty’ego wspólnie z Hugh Murphym, który zmarł w 1998.
Zaangażowanych było co najmniej 330000 osób, w tym 10000 techników.
Stalin zaczął zachęcać Abakumowa, aby stworzył wewnątrz MGB własną siatkę równoważącą dominację Berii w resortach siłowych.
Schematy widoczne w danych z regionu Petén i z Uaxactun pozwoliły na umiejscowienie tych stanowisk w procesie rozwoju kulturowego majańskich nizin.
Artykuł Thompsona zakłada, że Majowie byli ostatecznie „pokojowym” ludem, ponieważ nie posiadali wyraźnych struktur obronnych.
Żagle nie pojawiają się w prehistorycznej mezoamerykańskiej ikonografii ani tekstach, istnieje natomiast teoria, że jako podstawowego środka transportu wodnego starożytni Majowie używali kanu.
