W odróżnieniu od tego z 28 października, list Comeya prawie nie był komentowany.
Zapewnił, że gdyby jego rywalka z partii demokratycznej została wybrana, byłaby paraliżowana przez „nieustające” śledztwa.
— Jeśli ktoś nie radzi sobie z kontem na Twitterze, nie będzie w stanie poradzić sobie z kodami nuklearnymi — drwił Obama.
Zgodnie z programem będzie przemawiać o 23:45.
We wtorek Stany Zjednoczone mogą wybrać pierwszą kobietę prezydenta w swojej historii.
Z drugiej strony relacje Clinton z kontynentem w przeciągu ostatnich dwudziestu lat pozostawiają wiele do życzenia.
Islamscy konserwatyści traktują tę odmowę jako uzasadnienie interpelacji.
Potrzebna jest większość dwóch trzecich, a dokładnie głosy 367 posłów (spośród 550), podczas gdy do ogłoszenia referendum wymaganych jest 330 głosów.
W czwartek 3 listopada burmistrz Saint-Gaudens (w regionie Haute-Garonne) postanowił zawiesić porozumienie w sprawie rozwoju miasta zawarte z rządem w 2014 r.
Ta ostatnia nadzoruje prawybory prawicy, w których Rachida Dati popiera kandydaturę Nicolasa Sarkozy’ego.
W wiadomości były minister sprawiedliwości oskarżył Brice’a Hortefeux o bycie „faszystą”, „ministrem (idiotą) spraw wewnętrznych” i „bandytą”.
Jakie granice można postawić wyrażaniu przekonań religijnych w prywatnych firmach?
Nawet jeśli większość sytuacji pojawiających się w miejscu pracy można rozstrzygnąć bezkonfliktowo.
Czy pracownikom wolno trzymać na swoich biurkach przedmioty religijne?
Force Ouvrière ubolewa, że jej uwagi do treści instrukcji nie zostały uwzględnione: — Nie było tak naprawdę żadnej konsultacji — powiedziała Gillard.
Instrukcja jest problematyczna, przede wszystkim dlatego, że została opracowana „w kontekście sytuacji nadzwyczajnej”.
Klauzula włączała do naliczanych godzin pracy czas poświęcony na dotarcie do domu klienta.
Obie organizacje złożyły apelację, która została odrzucona przez sąd kasacyjny 12 października.
Czas przepracowany w ciągu tej pierwszej godziny będzie zatem zawsze większy lub równy 45 minutom.
— ETA jest kompletnie pokonana — ujawniła strona francuska.
Zwrócił również uwagę, że „istnienie takiego dokumentu może mieć konsekwencje równie prawdopodobne, co nieakceptowalne”.
Francuska rada cyfrowa, która opiniuje projekty prawne związane ze sferą cyfrową, może równie dobrze ocenić sama siebie. Jak donosi „Le Figaro”, rządowy plan może uwolnić ponad 42 miliony euro, w tym 15,5 miliona na cele bezpieczeństwa.
Francja nie ma dobrej reputacji.
Tina Anselmi przyszła na świat 25 marca 1927 r. w Castelfranco Veneto; dorastała w rodzinie katolickiej o poglądach antyfaszystowskich, doświadczonej prześladowaniami ojca, działacza socjalistycznego.
Będąc zawsze blisko Związku Katolickiego, Tina Anselmi szczególnie zajmowała się prawami pracowników przemysłu włókienniczego i nauczycieli.
Trudno uwierzyć, że Włochy mają mniej kilometrów metra, niż Madryt.
Zostało podkreślone, że absolutnie nie możemy podążać dalej z tymi, którzy są całkowicie przeciwko Włochom.
Ocenimy, czy i jak przejść do kolejnego etapu.
Przebojem jest „Geronimo” zespołu Sheppard.
Starsi otrzymają od państwa 500 euro do wydania do 31 grudnia 2017 r.
Generowany jest voucher, który można zapisać na smartfonie lub okazać w kasie.
Od 1 stycznia nastąpi podwyżka cen benzyny i oleju napędowego.
CGI Mestre ogłosiło w nocie, że nie będzie podwyżki VAT przynajmniej w 2017 r.
Poziom, który w obu przypadkach jest najwyższy w UE.
Najnowsze liczby odnoszą się do 24 października ubiegłego roku i mówią, że nasz olej napędowy kosztuje 1.335 euro za litr w porównaniu ze średnią 1.165 w strefie euro.
Znacząco wyższa cena, która wyraźnie przekracza średnią w krajach, które przyjęły wspólną walutę, czyli 1.365 euro za litr.
Corrado Passera wycofuje ofertę dla posłów wobec „postawy całkowitego zamknięcia, jaką okazał nam bank”.
Jak powiedziano, decyzja jest przywilejem EBC i wyglądałoby to niewłaściwie, gdyby bank mówił we własnym imieniu, wykluczając możliwość szukania alternatyw.
Oto, co zostało napisane w nocie do posłów po decyzji byłego ministra o opuszczeniu partii.
Zostanie poddany ocenie.
Studenci uniwersytetu LUISS zostali podczas kursu poinformowani o zebraniu, które odbyło się w Rzymie.
Dziś rano papież Franciszek spotkał się z Markiem Zuckerbergiem i jego żoną w Domu Świętej Marty.
Czterej studenci uniwersytetu Roma Tre opracowali kask motocyklowy, który potrafi „czytać w myślach”, pomagając przewidzieć działania kierowcy.
Jedno z przykładowych badań naukowych nad bezpieczeństwem zaowocowało również humanoidalnym robotem zdolnym konkurować z Valentinem Rossi.
W zamian Uber otrzyma doinwestowanie w wysokości miliarda dolarów i miejsce w radzie dyrektorów chińskiej firmy.
Coraz więcej firm zajmujących się technologią liczy się na Wall Street bardziej niż kiedykolwiek, nawet w większym stopniu, niż w Dolinie Krzemowej.
Amazon stał się czwartą amerykańską firmą pod względem największej kapitalizacji rynkowej, wyprzedzając ExxonMobil.
Szefowie firm takich jak Spotify, Tesla, Uber i Snapchat wezmą udział w prywatnym wydarzeniu towarzyszącym Mountain View Summit.
Prezydent Wspólnoty Madrytu Cristina Cifuentes reprezentuje tych najbardziej konserwatywnych, podczas gdy przywódcy partii, tacy jak wicesekretarz Javier Maroto, reprezentują tych najbardziej progresywnych.
Durán pełni rolę rzecznika, a Ángel Pintado – skarbnika.
Po raz pierwszy w ciągu ostatnich sześciu lat stopa bezrobocia spadła poniżej 20% i jest już 600000 więcej zatrudnionych osób, niż rok temu.
Jego zarządzaniu nie oszczędzono jednak krytyki.
Związki były bardzo bojowe i nieraz wzywały do uchylenia ustawy, z której Fátima Báñez jest najbardziej dumna.
Departament stoi teraz przed nowymi wyzwaniami.
Poza tym rząd będzie musiał poradzić sobie z kolejnym „gorącym ziemniakiem”.
Minister obrony pozwolił jej pozostać na razie sekretarzem generalnym partii.
Zapytane źródła stwierdziły, że jest „w 100% Cospedal”.
Pomimo tego, nie każdy w partii zrozumiał wiadomości, które prezydent starał się im wczoraj przekazać.
Barón de Claret, jedyny członek rządu z tytułem szlacheckim. Pedro Sánchez, jak wielu innych socjalistów, powiedział w programie Évolego, że Hiszpania jest narodem narodów.
A co ze stronami w czym, w prawach historycznych?
Federico Fellini powiedział kiedyś: „Klaun jest dla ludzkości tym, czym jest cień dla człowieka”.
Staje sam przed widownią i, w końcu, musi dać z siebie to, co najlepsze, żeby doprowadzić ją do śmiechu.
W filmach wojennych oraz tych o kowbojach i Indianach bitwy, walki i bijatyki były nie z tego świata.
Emfaza, wyszukana ironia, śmiałe podteksty i inne sprawdzone techniki werbalne pasują do przemów parlamentarnych, ale rzucanie się na siebie i komedia slapstikowa już nie.
Wierzy, że nikt nie czeka na nas, czekając na nas.
Może dlatego jego źrenice zachodzą mgłą łez, kiedy sylaba czasu ujawnia jego żniwo i oddaje jego tajemnicę spętanym wodom.
I muszą zostać powitane z otwartym duchem i jasnym umysłem, ponieważ kształtują nowe pokolenie piękna i nadziei.
W rezultacie Trump nie martwi się bardzo głosem latynoamerykanów na poziomie narodowym.
Głosowanie przedterminowe sugeruje, że tym razem zagłosuje duża liczba latynoamerykanów, ale nie ma pewności, czy ten wzrost będzie miał znaczący wpływ.
– Będą protesty i inne, to już zaplanowane – powiedziała „El Mundo” opozycja.
Dziesiątki zwolenników FSLN już świętują zwycięstwo na Plaza de las Victorias.
May spotkała się z dużą krytyką za unikanie mediów i brak jasnych odpowiedzi po orzeczeniu sądowym w sprawie brexitu.
Założony w 1925 r. jako rozrywka dla każdego teatr plenerowy na schodach kościoła św. Michała wciąż przyciąga różnorodną widownię.
Uroczysta inauguracja miała miejsce 30 kwietnia 1955 r.
W 1882 r. wprowadzono system telegraficzny posiadający 34 sygnały alarmu pożarowego.
W 1992 r. tereny dawnego teatru lalkowego, pozostawionego w rękach gminy, przejęli aktorzy i pracownicy.
Ma to związek z jednym z nielicznych budynków w centrum miasta, które ominęło zniszczenie pod koniec II wojny światowej.
W 1832 r. dawny klasztor został sprzedany przez Wirtembergię fabrykantowi Georgowi Reichenbachowi z zastrzeżeniem, że powstanie tam fabryka bawełny.
Mieszkańcy wyznania muzułmańskiego, którzy osiedlali się od początku lat 60., przybyli głównie z Turcji.
Wśród nich jest dawny klasztor z opactwa św. Piotra i Pawła.
Zabytkowy ratusz w Obermarsbergu pochodzi z XIII w. i został odnowiony po wojnie trzydziestoletniej.
Istnieją różne teorie o przyczynach opuszczenia tego miejsca.
W liczącym ponad 4 kilometry długości Golden Gate Park znaleźć można ogród botaniczny, planetarium, ogród japoński i oceanarium.
Służy mieszkańcom San Francisco jako miejsce wypoczynku i relaksu.
Yerba Buena Gardens zostały zbudowane na początku lat 90. na dachu Moscone North Convention Cente.
Znajduje się tam pomnik Martina Luthera Kinga.
Od lat 60. gospodarka miasta zwalnia w szybkim tempie.
Podczas wyborów parlamentarnych w 2010 r. Partii Pracy udało się wygrać we wszystkich siedmiu okręgach wyborczych.
Zarówno czas, jak przebieg tych wydarzeń były przedmiotem żywiołowej dyskusji.
W kwietniu 2012 r. turecki prezydent Erdogan ogłosił plany swojego rządu zakładające odciążenie Bosforu poprzez budowę równoległego doń kanału stambulskiego.
Osmanowie chcieli zapobiec dalszemu transportowi zboża, ponieważ sami mieli na nie duże zapotrzebowanie.
Imperium Osmańskiemu i Rosji odmówiono pozwolenia na stacjonowanie ich marynarek wojennych na Morzu Czarnym.
Jej zasięg czyni ją jedną z najbardziej ekspansywnych kultur swoich czasów, dla której znanych jest wiele stanowisk archeologicznych.
Podobnie, jak w przypadku większości stanowisk w południowej Europie, znalezisko datuje się na początek V wieku p.n.e. Prawdopodobnie najbardziej znaną postacią z epoki miedzi jest Ötzi, zamrożona mumia człowieka, który żył około 3300 r. p.n.e.
Znajdowały się głównie na wzgórzach.
Oprócz tego jej metoda pozłacania miedzi zasługuje na uwagę z technologicznego punktu widzenia.
