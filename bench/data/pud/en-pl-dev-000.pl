„W przeciwieństwie do przejęcia sfery cyfrowej, pokojowe przejęcie władzy nie jest w Stanach Zjednoczonych bez precedensu.” — napisał w poniedziałek na blogu specjalny asystent Obamy Kori Schulman.
Dla tych, którzy śledzą zmiany w mediach społecznościowych na Wzgórzu Kapitolińskim, będzie to trochę inne.
Ale odchodząc od swojej dawnej retoryki o ograniczaniu imigracji, kandydat Republikanów ogłosił, że jako prezydent dopuści „ogromną liczbę” legalnych imigrantów w oparciu o „system zasług”.
— Nie chciałbym wywierać na was presji, ale los republiki spoczywa na waszych barkach — powiedział tłumom zgromadzonym na boisku Uniwersytetu Północnej Karoliny.
Nowe wydatki finansowane są z zasobnego konta Clinton.
To, co ona mówi i robi – to jest właściwie niewiarygodne.
5 tys. dolarów na osobę, dopuszczalne maksimum.
Na początku października ekipa spotkała się w tym samym miejscu z lobbystami środowisk technologicznych, zapraszając między innymi przedstawicieli Ubera, Motion Picture Association of America i Consumer Technology Association.
Spotkanie było pierwotnie zaplanowane w prywatnym waszyngtońskim klubie Metropolitan na H Street kilka przecznic dalej.
Być może dress code był zbyt sztywny.
Na przykład, zamiast uczyć się o metodzie naukowej jako odrębnym zagadnieniu, uczniowie przyswajają wiedzę naukową używając jej w praktyce. Mieszczą się w średniej krajowej na poziomie 4. klasy i przekraczają średnią krajową na poziomie 8. klasy.
Dla porównania, budowa otwartej w 2004 r. stacji metra NoMa kosztowała 103,7 miliona dolarów.
— Mamy do czynienia z dużą konkurencją i uważamy, że transport może pomóc — powiedział szef Georgetown BID Joe Sternlieb.
Na podstawie wyliczeń szacuje się, że przekroczenie rzeki Potomac gondolą zajęłoby pasażerom około czterech minut.
Świadek powiedział policji, że ofiara zaatakowała podejrzanego w kwietniu.
Można wskazać paralele między grami a naszym codziennym życiem.
Ten udział stopniowo się powiększał w przeciągu ostatnich lat — według Census Bureau tylko 11 procent wszystkich głosów zostało oddanych przed dniem wyborów w 1996 r. — i prawdopodobnie wzrośnie również w tym roku.
Khanzir być może jest dzisiaj samotną świnią, ale nie zawsze jest sam.
— Poprosiliśmy inne kraje o pomoc w powiększeniu zoo o różne gatunki zwierząt, w tym świnię — powiedział Saqib.
Panvalkar powiedział, że w pewnym momencie poczuł, że powinni opuścić budynek.
Została również oskarżona o próbę zabójstwa swojej dwuletniej córki.
Według policji zabiła Andre Price’a III wciskając jego twarz w materac dmuchany w salonie, a następnie próbowała zrobić to samo ze swoją córką Angel.
„Tak czy inaczej idę do więzienia, mam nadzieję, że było warto.”
Najpierw zaczęła płakać jedna z jezydek, potem jej przyjaciółka.
Osborne zaczął pracę dla amerykańskiej agencji zatrudniającej mówców po tym, jak został zwolniony w lipcu.
Michael Fallon oznajmił, że data rozpoczęcia prac pomoże w zdobyciu nowych inwestycji i zapewni setki wyspecjalizowanych miejsc pracy do 2035 r.
Obietnica ochrony przemysłu stoczniowego w Clyde ze strony nowego dowództwa Royal Navy pochodzi sprzed referendum ws. niepodległości Szkocji z 2014 r.
Jest to najbardziej widoczne, kiedy imię gwiazdy jest początkowo rzadkie.
Natomiast w 2007 r., u szczytu jego (i, być może, samej Knightley) popularności było w najczęstszej pięćdziesiątce, z trzykrotnie większą liczbą dzieci nazwanych Keira, niż Kiera.
Południowokoreańska firma początkowo uznała za przyczynę wadę baterii i zamieniła własny komponent na baterię innego producenta.
Niektórzy analitycy sugerują, że na kłopotach Samsunga najbardziej może skorzystać Huawei. Telefony Mate 9 nie posiadają interfejsu opartego o sztuczną inteligencję, jak Google Assistant czy Siri Apple’a.
Jeden z ekspertów ostrzegł jednak, że dostęp do internetu na pokładzie samolotu jest często zawodny i raczej nie będzie miał wpływu na wybór linii lotniczej przez podróżnych.
„Ale być może BA i IAG uporały się z tym i mogą zaoferować coś w miarę niezawodnego.”
Spółka powiedziała BBC, że decyzja o wprowadzeniu dla pasażerów opłaty za dostęp należałaby do linii lotniczej.
„Większość ludzi za bardziej przydatny uzna dostęp do Wi-Fi na lotnisku niż możliwość wysyłania mejli z samolotu.”
Czasem to jest takie jak supermoc.
Program zarabia dzięki sponsorom i reklamom.
10-tygodniowe szkolenie zostało „certyfikowane” przez brytyjską agencję szpiegowską GCHQ.
Niektórzy eksperci ds. bezpieczeństwa zakwestionowali jednak potrzebę szkolenia i jego prawdziwe cele.
Samoloty widzieli poprzednio tylko blogerzy.
Oczywiście Chiny zaprezentują w tym tygodniu mnóstwo innego sprzętu wojskowego, poczynając od śmigłowców szturmowych, a kończąc na hydroplanach.
Biorąc pod uwagę, że Chiny są na drodze do zajęcia wiodącej pozycji na rynku lotniczym w następnej dekadzie, pokaz jest dla Pekinu okazją, aby pokazać swoje ambicje zarówno w dziedzinie lotnictwa cywilnego, jak obronności.
„Niestety po raz kolejny nieliczni wyrządzili szkodę większości” — napisał Jesse LaBrocca, założyciel Hack Forums, w wiadomości uzasadniającej zamknięcie działu.
Te „niedawne zdarzenia” to prawdopodobnie ataki z 21 października, które spowodowały krótkotrwałe wyłączenie popularnych stron takich jak Reddit, Twitter, Spotify i wiele innych.
Analizy wykazały, że do wywołania zakłóceń użyto niespotykanych dotąd ilości danych.
Przeprowadzona przez ONZ analiza narodowych planów ograniczenia emisji węgla wskazuje, że są one dalekie od poziomów niezbędnych do utrzymania globalnego wzrostu temperatury poniżej 2 °C.
Wielu naukowców twierdzi, że aby osiągnąć cele postawione w Paryżu, potrzebna będzie technologia pozwalająca na usuwanie węgla z powietrza.
— Zmierzamy we właściwym kierunku: porozumienie paryskie spowolni zmiany klimatyczne, podobnie jak niedawna poprawka z Kigali dotycząca redukcji poziomu HFC — powiedział dyrektor Programu Środowiskowego ONZ Erik Solheim. Inwestycje w tym obszarze wzrosły w 2015 r. o 6%, do 221 mld dolarów.
To fantastycznie, że osiągnęli porozumienie paryskie, ale ich obecny wkład jest daleki od docelowego 1,5 stopnia.
Zostało przeprowadzone od kwietnia do czerwca w pobliżu meksykańskiego wybrzeża.
Pozwoli to lepiej poznać naturę zmian środowiska, które objęły Ziemię i odesłały tak wiele gatunków — nie tylko dinozaury — w niebyt.
Charakterystyczna dla materiału z tego meteorytu będzie prawdopodobnie wysoka zawartość irydu.
Nieco ponad 70% roślin wyhodowanych z nasion z Ziemi było wciąż żywych po 17 dniach — to niewiele więcej niż 66% w przypadku roślin wyhodowanych z nasion z kosmosu.
Wyniki tego eksperymentu stanowią kolejny dowód, że nasiona rukoli mogą być transportowane i przechowywane na Międzynarodowej Stacji Kosmicznej przez 6 miesięcy bez wyraźnego wpływu na możliwość kiełkowania i wzrostu na Ziemi.
RHS zebrało uwagi nadesłane przez uczniów i nauczycieli biorących udział w eksperymencie.
— Wciąż jest coś odpychającego w całej idei kupowania i noszenia części ciała innych ludzi — mówi.
Tarlo wyjaśnia, że w Chinach włosy zwykle poddaje się płukaniu chemicznemu, aby całkowicie usunąć oskórek. — Na przestrzeni wieków, międzynarodowy rynek włosów zawsze miał wymiar polityczny — mówi Tarlo.
„Dziś wieczorem wymierzamy karę za pomocą świateł drogowych” — głosi post.
Policja drogowa w Shenzhen już wcześniej sięgała po niekonwencjonalne kary.
Kim oni są?
Wiele miejsca w debacie po stronie Demokratów poświęcono w tym roku męskiej tożsamości.
Zapytałem ją później, czy rozumie, dlaczego ludzie mogą zagłosować na Trumpa.
Nie każdy może wznieść się ponad to.
Seagal trafił do nagłówków, kiedy określił działania Rosji na anektowanym przez nią w 2014 r. Krymie jako „bardzo rozsądne”.
Jako zapalony gitarzysta, zagrał tam koncert jeszcze w tym samym roku.
Seagal, którego matka pochodziła z Władywostoku na dalekim wschodzie Rosji, w ostatnich latach często odwiedzał Rosję, we wrześniu był na Kamczatce i Sachalinie.
Wcześniej w tym roku Seagalowi przyznano obywatelstwo serbskie po tym, jak zaoferował założenie szkoły sztuk walki w stołecznym Belgradzie.
Przedstawiciel policji przekazał Associated Press, że miała miejsce „sprzeczka” poprzedzona  „wymianą słów”, ale nie zgłoszono uszkodzeń ciała.
Cuaron, którego ostatnim filmem była oscarowa „Grawitacja”, był podobno w chwili zajścia nieobecny na planie.
Według miejskiego departamentu policji, walka wywiązała się po tym, jak „duża grupa ludzi… przedstawiających się jako władze dzielnicy” pojawiła się we wtorek na planie.
Naukowcy badają możliwości męskiej antykoncepcji hormonalnej od około 20 lat.
– To był pojedynczy krok na długiej drodze do ustalenia właściwego połączenia dla uzyskania męskiej antykoncepcji hormonalnej — dodał.
Jednak wielu członków zgromadzenia ustawodawczego o głęboko zakorzenionych poglądach religijnych sprzeciwia się wszelkiemu nowemu prawodawstwu.
Analiza wskazuje na bezpośrednie powiązanie między liczbą wypalonych w życiu papierosów a liczbą mutacji w DNA guza.
Nie stwierdzili jednak występowania tego samego schematu w tkankach niewystawionych na bezpośrednie działanie, takich jak pęcherz moczowy.
Pani Pugh była leczona w szpitalach Papworth i Addenbrooke’s w Cambridgeshire.
Tomografia wykazała jednak, że guz w lewym płucu pani Pugh powiększa się, i musiała ona zostać wykluczona z badania.
„Jeśli Donald Trump zostanie prezydentem, tutejszy rząd i tak będzie musiał z nim współpracować we wszelkich wspólnych sprawach aby zapewnić, że interesy gospodarcze i polityczne Kanady będą reprezentowane w Waszyngtonie.”
Trudeau wystosuje to zaproszenie do 45. prezydenta Stanów Zjednoczonych, ktokolwiek nim będzie.
Pomimo opublikowania zdjęcia dziś rano, policja w Kolumbii Brytyjskiej wciąż ma więcej pytań niż odpowiedzi w sprawie najwyraźniej bezdomnego mężczyzny oskarżonego o śmiertelne zranienie nastolatki w szkole w Abbotsford.
Policja w Kolumbii Brytyjskiej oświadczyła wcześniej, że wygląda na to, iż Klein nie miał do tej pory zatargów z prawem, oraz ujawniła ogólne informacje o jego obecnym miejscu przebywania.
— Nie sądzimy, żeby podejrzany miał powiązania ze szkołą, dwiema dziewczynkami, ani okolicą Abbotsford — powiedziała.
Powiedział również, że Klein był niechętny do komunikacji, współpracy ani opuszczenia swojej celi na niższym poziomie budynku sądu, aby uczestniczyć we własnym przesłuchaniu.
Stowarzyszenie reprezentujące agentów nieruchomości w Ontario twierdzi, że należy zrobić więcej w celu ochrony klientów i ukarania agentów, którym udowodniono nieetyczne zachowania.
Chciałby również przyznania większych uprawnień w zakresie wykonawczym i śledczym Radzie Nieruchomości Ontario (RECO), która nadzoruje działania agentów w prowincji.
Największy wymiar grzywny, jaką RECO może obecnie nałożyć na agenta, wynosi 25000 dolarów.
Ostatnio jednak coraz liczniejsza klasa średnia w Chinach narzeka wyjątkowo dobitnie na trujące powietrze w miastach takich jak nękany dzień w dzień duszącym smogiem Pekin.
— Widzimy, że wiele krajów, szczególnie te przyczyniające się od niedawna do dużej emisji, jak Brazylia, RPA, Indie i China, jest gotowych odgrywać rolę w jej ograniczaniu  — powiedział Guilbeault.
Może również poczekać do końca swojej pierwszej kadencji i skorzystać z zapisanej w porozumieniu paryskim możliwości wycofania się.
Tymczasem Clinton i jej sojusznicy starają się utrzymać w centrum uwagi Trumpa, przekonując, że jego obraźliwe uwagi o kobietach i mniejszościach oraz temperament czynią go niewłaściwym kandydatem na ten urząd.
Ludzie, nie tego potrzebujemy w naszym kraju.
Żona Trumpa, Melania Trump, pojawiła się w trasie po raz pierwszy od lipcowej konwencji Republikanów.
Uczniowie tacy jak Rai spotykali się w szkole z psychologami, aby rozmawiać o tym, co się wydarzyło, ale, jak sama powiedziała, najwięcej pociechy przyniósł jej kontakt z przyjaciółmi.
— To katastrofa dla pacjentów z chronicznym bólem — powiedziała Mailis w czwartkowym wywiadzie dla CBC News.
