Teoretycznie para może założyć w Tesco cztery konta i uzyskać od 12000 funtów odsetki w wysokości 3%, czyli 360 funtów.
Tymczasem klienci Bank of Scotland otrzymują 3% odsetek od sald w wysokości 3–5 tysięcy funtów, jeśli wyposażą konto w bezpłatną opcję „Vantage”.
W ten sposób, teoretycznie, możliwy jest dostęp do swoich pieniędzy w dowolnym momencie.
Ta 3-procentowa stopa dotyczy również posiadaczy kart lojalnościowych Nectar zainteresowanych pożyczką w wysokości od 15001 do 19999 funtów na okres 2–3 lat.
Siarka jest jednym z kluczowych składników odżywczych dla roślin, niezbędnym do zdrowego wzrostu, ale brytyjskie gleby są z natury ubogie w ten ważny pierwiastek.
Szybki przeskok do 2016 roku pokazuje, że jest to coraz bardziej godne uwagi.
Jakkolwiek zaskakujące może się to wydawać, nawet przez chmury z kwaśnym deszczem może przeświecać słońce.
Świat może być absurdalny i budzić wściekłość, ale przynajmniej ktoś ma tyle szacunku do samego siebie, żeby przeciwko temu protestować.
W końcu uważniej nasłuchujesz kolejnego hałasu i bardziej się irytujesz, kiedy nadejdzie.
To jest po prostu autentycznie przerażające.
Można uczciwie powiedzieć, że cała praca, życie i każdy oddech Rocco Catalano jest retro.
Myślę, że właśnie dlatego zanurzyli się we wzorach i kolorach.
Catalano wrócił do tej okolicy po czasie spędzonym w Londynie, a następnie w Glasgow, gdzie uczył się projektowania biżuterii w Glasgow School of Art.
– Uwielbiałem tropikalne kolory – mówi.
– Odwiedzam wystawy dyplomowe na Uniwersytecie Northampton w poszukiwaniu nowych talentów – mówi.
Ale kiedy sugeruję, żeby zatrudniła Franka jako modela, ona się śmieje.
Oczywiście, w środowisku biurowym spotyka się wiele ubrań i niewiele jedzenia.
Sama Wintour pokazuje się na krótko, na nagraniu widać, jak przed wywiadem zakłada okulary przeciwsłoneczne.
W miarę jak przyglądałam się motocrossowi, wciąż powracała twarz jednej kobiety na zdjęciach, które wyglądały na zrobione w latach 70.
Lubię bawić się tym pomysłem i zawsze szukam wpisującej się w niego muzy, bo kiedy ją znajdę, bardzo ciekawie jest tworzyć kolekcję.
W najlepszym wypadku jest to naiwne, a w najgorszym znowu zwolniłoby lobby łowieckie z odpowiedzialności.
Szef służb ochrony środowiska Jeff Knott oświadczył: — Byłbym bardzo zaskoczony, gdyby skutkowało to wprowadzeniem czy to zakazu, czy licencjonowania.
Stanowisko Królewskiego Towarzystwa Ochrony Ptaków skonfliktowało je z wieloma wiodącymi działaczami na rzecz ochrony, od autora petycji Marka Avery’ego po prezentera telewizyjnego Chrisa Packhama.
Powiedzmy tylko, że nie ma racji.
A co z pozycją Australii?
W związku z tym jednym z przewidzianych punktów w Maroku będzie środkowa sobota, kiedy to kraje rozwinięte będą miały możliwość publicznie wypytywać się o plany i ambicje.
Przypisuje mu się stwierdzenie: „Poważnie rozważamy dostępne sposoby ograniczenia sporu do stron grających faktyczną rolę w projekcie.”
Jak stwierdził jeden z urzędników UE, bez proponowanych limitów „populacja dorsza w Morzu Celtyckim może się załamać”.
Tymczasem przewidziano również poważne ograniczenia dotyczące dorsza, soli, gładzicy, flądry i rdzawca na Morzach Celtyckim i Irlandzkim.
Działacze na rzecz ochrony środowiska dobrze przyjęli oświadczenie komisji.
Tylko 50 stanowiły targowiska.
Wstęp na Agorę był możliwy tylko z zaproszeniem, ale wiele spośród tych targowisk jest łatwo dostępnych jeśli wie się, jak szukać – dodaje dr Lee.
Za naszych czasów ich nie było, i niechęć bezdzietnych wyraża całą ich nienawiść do nowoczesnego rodzicielstwa.
Nie nazywam jej potworem bezpodstawnie.
Trzeciego dnia znów przesiadłam się na EMicro.
Na świecie, a więc również w Wielkiej Brytanii, brakuje ludzi z umiejętnościami niezbędnymi do stworzenia skutecznej ochrony.
Firmy mogą próbować postawić firewalla chroniącego newralgiczne systemy przed obcymi siłami, ale to nie zawsze działa.
Mogą jednak przynajmniej zastawić pułapki, aby zdezorientować i spowolnić przeciwnika – koncepcja taka nazywana jest „aktywną obroną”.
Po tym, jak odkryłem w Internecie szeroki wątek dyskusyjny na ten temat, moja lista nieproporcjonalnie się rozrosła i znalazł się na niej prawie każdy stan.
Zauważyłem kilka.
Moim następnym przystankiem było Belingham tuż przy granicy z Kanadą.
Znów w pociągu, kontynuujemy podróż na południe.
Po drodze mijamy małe miasteczko z dwoma minaretami.
Na każdej stacji po peronie przechadza się strażnik w czerwonej czapce, inny, z młotkiem w ręce, przechodzi wzdłuż pociągu, delikatnie ostukując podwozie.
Następnie warto rozejrzeć się na porannym targu (6:30–10:00): ryżowe lizaki, kokony os (poczwarki są uznawane za przysmak), bawole płuca, kora i liście betelu, żywe ropuchy i sumy.
To potencjalnie najpoważniejsza interwencja Pekinu od czasu przejęcia Hongkongu od Wielkiej Brytanii w 1997 r.
W ramach przysięgi prawodawcy przysięgają wierność Hongkongowi jako części Chińskiej Republiki Ludowej.
Rząd Hongkongu, któremu przewodzą zwolennicy Pekinu, uznał, że ta dwójka nie powinna objąć urzędów. – Zdaniem Pekinu interwencja jest konieczna, aby zapobiec dalszemu prawodawczemu paraliżowi w mieście – powiedział.
Tymczasem Hongkong najwyraźniej przygotowuje się na falę protestów.
— Szczerze mówiąc, powszechne wybory to ostatnia rzecz, jakiej chce rząd — powiedział w programie BBC „The Andrew Marr Show”.
Jego marzeniem jest zakończenie na tym swojej kariery.
Pojedynczy remis przy przewadze w grze łatwo zbagatelizować, ale trzy z rzędu sugerują już słabość.
Jesteśmy bardzo rozczarowani, bo spadliśmy o sześć punktów grając u siebie.
Zdecydowanie było tak w przypadku Andy’ego, kiedy w kwietniu grał przeciwko Benoît Paire w Monte Carlo.
Ale teraz wszystko jest w rozsypce, a on wydaje się wciąż szukać odpowiedzi.
Zastanawiam się również, czy miał w tym udział Davis Cup.
Coroczne badania ujawniły również, że gwałtownie wzrósł poziom niepokoju związanego z podejmowaniem nowych zobowiązań finansowych.
— Nie należy ignorować gwałtownego wzrostu ryzyka politycznego — dodała Hopley.
Ujawnienie trwającego latami oszustwa firmy obniżyło wartość Volkswagena o dziesiątki miliardów euro i kosztowało dyrektora naczelnego Martina Winterkorna jego stanowisko.
Volkswagen stoi również przed perspektywą wniosków o ogromne odszkodowania, działań prawnych oraz stracił ponad 16 mln euro rezerw finansowych.
Dochodzenie rozpoczęło się w czerwcu i było skoncentrowane na Winterkornie oraz na szefie marki Herbercie Diessie, który nadal pracuje dla producenta samochodów.
Otrzymał awans na stanowisko przewodniczącego w październiku 2015, miesiąc po ujawnieniu skandalu.
Przedsiębiorstwa spodziewały się, że począwszy od lipca, bezpośrednio po głosowaniu ws. Brexitu, zaczną notować spadki, ale zamiast tego udało im się utrzymać stały wzrost.
Handel detaliczny i hurtowy wzrósł dzięki utrzymującemu się optymizmowi klientów, rozwinął się również rynek usług konsumenckich.
Jego możliwości wydatków będą jednak ograniczone, ponieważ rząd wciąż zmaga się z poważnym deficytem budżetowym.
Koszt będzie się zmieniał co miesiąc i oczekuje się, że cena będzie rosła zimą wraz ze zwiększonym zużyciem.
Stała taryfa Eonu wynosi 760 funtów, natomiast klienci Avro Energy również płaciliby około 760 funtów za taryfę „Simple and Select”.
Czy może jest to droga taryfa standardowa lub z przedpłatą?
Przy średniej dozie szczęścia, inwestor posiadający 10000 funtów w obligacjach może spodziewać się, że otrzyma 125 funtów rocznie zysku.
Gdyby tak uczynili, obligacje Premium Bonds nie różniłyby się od zwykłych kont oszczędnościowych. Pieniądze zainwestowane w obligacje Premium Bonds oraz w inne konta National Savings & Investments są wykorzystywane jako wsparcie finansowe dla wydatków rządowych.
Nie powstrzymało to inwestorów przed masowym lokowaniem pieniędzy w funduszach.
Następne były fundusze Aviva Investors Multi Strategy Target Return oraz Income, w które zainwestowano odpowiednio 2 mld i 1,4 mld funtów.
Oznacza to, że nie skorzystali na hossie, jakiej przysporzył zagranicznym aktywom spadek wartości funta szterlinga.
Adidas pomaga oczyścić oceany, wykorzystując pływające odpadki do produkcji obuwia.
Konsumenci mogą zwiększyć popyt na zmiany.
Obszerny raport ze stycznia zawierał stwierdzenie, że jeśli świat nie podejmie radykalnych środków w celu powstrzymania zaśmiecania mórz, do 2050 r. w oceanach będzie więcej plastiku, niż ryb.
Po wyjątkowej operacji i długiej, bardzo trudnej rehabilitacji udało mi się w pełni wrócić do zdrowia.
Ostrzegając, że NHS jest obecnie „ogromnie obciążony”, zachęcał społeczeństwo do wzięcia większej odpowiedzialności za własne zdrowie.
Czterech na dziesięciu dorosłych zostało poszkodowanych w wyniku złych warunków pogodowych, a dziewięciu nie zdaje sobie sprawy, jak mroźnie może być zimą w Wielkiej Brytanii.
Zagrają w sobotę 10 czerwca.
Ostatni rok był niewiarygodny i jestem gotów na jeszcze lepszy powrót w 2017.
Zaczynała w RSC w połowie lat 60., grając pacjentkę szpitala dla obłąkanych w „Marat/Sade”.
Suknia jest w stylu współczesnym.
Skąd bierze się cała ta jej energia? I ten głos, który może wzbudzić falę uderzeniową?
Wyciąga szyję do przodu w naprężającym żyły geście konfrontacji, jej ręce się trzęsą.
Ale skoro Glenda mogła dać tak wspaniały popis, kto miałby to za złe?
Przez dziesięciolecia pracował w radiu i telewizji, zajmując się wiadomościami i aktualnościami.
Teoretycznie, jeśli został właściwie przeprowadzony, jest niewykrywalny.
Upuść mikrofon.
Według rachuby reżysera, do tej pory stworzył osiem filmów.
„Kino zmieniło się tak radykalnie, że Hollywood wykluczyło rodzinną widownię.”
Z punktu widzenia reżysera, film zachowuje chwiejną równowagę między wesołą, rodzinną błazenadą a przejmującym dramatem społecznym.
Z jednej strony sprawdza się jako przyjemny, bezpretensjonalny, pełen ciepła seans w sam raz na sobotnie popołudnie.
Jest też oczywiście Bob, stałe źródło uciechy.
Rezultat jest zatem daleki od ideału. Dla współczesnej widowni, większości której obce są doświadczenia z linii frontu, dokonania Dossa wydają się niewyobrażalne.
Historia Dossa jest również nieco niewiarygodna, co tylko dodaje jej atrakcyjności.
Wszyscy sanitariusze poza mną byli uzbrojeni.
