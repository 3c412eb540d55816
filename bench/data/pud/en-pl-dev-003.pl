Kiedy umarł Millican, uznaliśmy, że to również koniec wadliwego, nerwowego Odiego.
— Superbohaterowie nie są częścią ludzkiego doświadczenia, podobnie jest tutaj, więc potraktowałem to jako dramat — mówi Zimmer.
Ale mroczne czyny Cotton nie były spowodowane jakimś przymusem zabijania.
Cotton urodziła się 31 października 1832 w wiosce niedaleko Sunderland.
Może to nie będzie miało znaczenia, bo nie będę się tym długo martwić.
Flokowanie, czyli pokrywanie powierzchni materiałem, wróciło do mody i nie jest już reliktem lat siedemdziesiątych.
South Bank Tower, jeden z charakterystycznych budynków Londynu, zlecił projektantce wnętrz Rachel Winham urządzenie pokazowego apartamentu.
Ta moda na faktury jest oczywiście ściśle związana z naszą rosnącą obsesją samodzielnego wykonywania rzeczy.
Dwa lata później Jutting, obecnie 31-letni, stanął przed Sądem Najwyższym w Hongkongu z zarzutami dwóch morderstw i przeszkodzenia w pochówku.
Nie wiem, dlaczego ją wybrałem…
Dwa lata później, w Sądzie Najwyższym w Hongkongu, Jutting sprawiał wrażenie opanowanego.
Nasze osiągnięcia organizacyjne są w końcu rzadko mierzone tym, jak bezpieczni jesteśmy czy jak wielu reguł przestrzegamy.
W efekcie wielu ludzi natychmiast otwiera mejle lub bez zastanowienia klika w linki i odnośniki, nie myśląc o konsekwencjach.
Najpierw trzeba nauczyć ludzi, jak lepiej się bronić w sieci.
Wreszcie, należy ułatwić ludziom zgłaszanie podejrzeń o złamaniu zabezpieczeń i szkodliwych mejli.
Głosowanie stało się w języku terroru nowym miękkim celem.
Jest to kwestia bezpieczeństwa narodowego o najwyższym znaczeniu.
We wtorek będzie chodziło o zdobycie głosów, ale to na nic, jeśli zarejestrowany wyborca nie figuruje na liście.
Jeśli będzie zbyt dużo takich sytuacji, w silnie skonfliktowanych rejonach zapanuje w dniu wyborów chaos.
Karolina Północna będzie w tych wyborach strefą zero.
Donald Trump jest napuszonym, aroganckim, roszczeniowym człowiekiem, który dba tylko o siebie, a jego temperament jest szkodliwy dla Stanów Zjednoczonych.
Ponad 5,7 miliona mieszkańców Florydy oddało już głos w ramach dwutygodniowego, bezpośredniego głosowania przedterminowego.
Republikanie zyskali prowadzenie dzięki dużej liczbie głosów oddanych korespondencyjnie, a ich całkowita przewaga wynosiła na początku tego tygodnia 16500 głosów.
Ale to nie jest „Gra o tron”, tylko wybory.
Martin musi jeszcze ukończyć dwa pozostałe tomy swojej uznanej serii, obecnie wymieniane jako „The Winds of Winter” oraz „A Dream of Spring”.
Holenderscy studenci jeszcze nie zdecydowali, czy będą komercjalizować swój elektryczny motocykl.
Przedstawicielka Harleya-Davidsona stwierdziła, że pojawiające się w mediach daty 2017 lub 2020 nie są precyzyjne.
Kontrakty terminowe w USA wzrosły o 1%, podobnie, jak na rynkach europejskich.
Inwestorzy wyprzedają obligacje rządowe, w największym stopniu dotyczy to obligacji USA i australijskich.
Jego zasługą jest pomoc w regulowaniu ogromnych długów nagromadzonych przez lokalne władze w Chinach.
Sprawa ta została jednak poruszona dopiero po tym, jak amerykańska Agencja Ochrony Środowiska zaalarmowała świat.
Nienasycony apetyt Chińczyków na smażonego kurczaka był ważnym powodem, dla którego spółka-matka KFC, Yum Brands, cieszyła się ogromnym zainteresowaniem inwestorów.
Z pomocą American Civil Liberties Union wreszcie przeciwstawili się państwu w sprawie, która w końcu trafiła do Sądu Najwyższego USA.
Jak wyraźnie pokazuje film, Lovingowie – a w szczególności Richard – brali udział w historii wbrew sobie.
Akcja filmu „Loving” rozpoczyna się, kiedy Richard i Mildred są już parą, pomija więc czasy zalotów, który ciekawie byłoby zobaczyć przynajmniej pokrótce.
Na tegoroczne święto gwiazdy, fani, a nawet reporterzy CNN przebierają się za postaci ze „Stranger Things”.
Obejrzałem dopiero kilka odcinków, kiedy mój telefon się rozdzwonił.
Jako jeden z najważniejszych ludzi Negana (Jeffrey Dean Morgan), dysponuje pewną swobodą.
„Norman to mój dobry kolega, okropnie więc było oglądać go w takim stanie emocjonalnym.”
Po nowych odcinkach emitowany jest program „The Talking Dead”.
Będziemy kontynuować pracę w miastach, w których już rozpoczęliśmy działalność lub trwa budowa – powiedział Barratt.
Mówiono, że działalność internetowa była głównym motorem wydatków na tę jednostkę.
Analitycy na razie wstrzymują się z uznaniem usługi za martwą.
Władze Holandii wybrały mniej zaawansowane technicznie podejście do kontrolowania dronów.
W środę Microsoft zapowiedział nowy komunikator przeznaczony dla środowisk pracy, gotów rywalizować z obecnym ulubieńcem branży Slackiem.
Za pośrednictwem platformy można również przesyłać emoji, GIFy, memy i naklejki, jak również odczytywać informacje z Twittera.
Firma podkreśliła tym ruchem, że chce, aby użytkownicy traktowali jej produkty jako coś więcej, niż narzędzia sprzyjające produktywności.
Jego niedawny zwrot w kierunku narzędzi do komunikacji w miejscu pracy wpisuje się jednak w szerszy trend w branży technologicznej.
Isner, który pokazał szczytową formę, wyrównując w drugim secie i doprowadzając do trzeciego, również oddał mu honory. – Muszę pogratulować Andy’emu – dotrzeć na pierwsze miejsce na świecie to niesłychane osiągnięcie — powiedział Amerykanin.
„Dwóch mężczyzn podstępem dostało się na turniej golfa w Korei Północnej” — głosił nagłówek Nine News z Brisbane.
Dwaj australijczycy, którzy sami określają się jako fatalni gracze w golfa, oszustwem dostali się na pierwszoligowy turniej golfowy w Korei Północnej.
Snowman przeskakiwał przez wysokie ogrodzenie oddzielające posesje i zawsze wracał tam, gdzie czuł się jak w domu.
Wciąż pojawiał się w mojej stodole, więc żartowałem z tym facetem, że wyraźnie nie chce być sprzedany.
— Snowman nawet się nie zdziwił, kiedy Johnny Carson przyniósł drabinkę i dosiadł go plecami do przodu — dodaje.
Byłem zwykłym chłopcem w zabłoconych butach.
Nie ma żadnej parady i nigdy nie było.
Meksyk ma nadzieję, że tym wydarzeniem będzie kiedyś mógł rywalizować z karnawałem w Brazylii
Alejandra González Anaya, jedna z kierowników artystycznych parady, wyjaśniła CNN, dlaczego Meksyk uznał, że to dobry moment, aby zorganizować takie wydarzenie.
— 1200 ochotników pracuje tylko nad przygotowaniem parady — mówi González Anaya.
Wspaniale jest móc to ocalić i nadać temu świeży format, tworząc nową tradycję dla meksykan.
Myślę, że po ukończeniu tej linii kolei magnetycznej rząd spodziewa się większego wzrostu gospodarczego w Japonii.
Bilet F1 upoważnia do wstępu na koncert tego samego dnia.
Dokładny harmonogram znajduje się na stronie internetowej Yas Marina Circuit.
Jeśli chcecie zobaczyć stolicę w całej okazałości, listopad jest świetnym czasem na wycieczkę.
Przyczyniło się to również do pojawienia się nowoczesnych wieżowców, takich jak wizjonerski MahaNaknon, najwyższy budynek Bangkoku.
Nie wszystkie przemiany w regionie zakończyły się sukcesem.
Ukryte 100 metrów (328 stóp) pod ziemią metro w Pjongjangu jest jednym z najgłębszych systemów transportu publicznego na świecie.
O swoim doświadczeniu rozmawiała z CCN Style.
W Pjongjangu widziałam trochę ludzi ze smartfonami, ale o wiele mniej.
Kiedy w Indiach ktoś umiera ze starości, traktowane jest to jak święto.
Nagrodzony budynek, zaprojektowany przez Juana Carlosa Salasa, przywodzi na myśl rzeźbę, a każdy jego szczegół ma swoje znaczenie
— Architektura nie pomoże zmarłym, ale ułatwia zachowanie wspomnień o nich wśród żywych — mówi.
Statut pozwolił na założenie kierowanej przez miejscowych mieszczan gildii kupieckiej, ściągającej podatki od przejeżdżających przez dzielnicę.
Jest wyjątkowo bogata w minerały, posiada duże złoża złota, diamentów oraz żył manganu, ołowiu, cynku, niklu, kobaltu i molibdenu.
Poza dalekim północnym zachodem dominuje tajga, pokrywająca znaczną część terenu Syberii. Gospodarzem Uniwersjady Zimowej 2019 będzie Krasnojarsk.
Przykładami są Line Islands na Pacyfiku i Malediwy na Oceanie Indyjskim.
Do wysp granitowych należą Seszele i Tioman oraz wyspy wulkaniczne takie jak Wyspa Świętej Heleny.
Przykładami wysp bezludnych mogą być małe wysepki u wybrzeży Kalifornii Dolnej w Meksyku.
W V w. p.n.e. Greckie państwo-miasto Ateny, zależne od dostaw zboża ze Scytii, utrzymywało niezbędne sojusze z miastami kontrolującymi cieśniny, w tym z megaryjską kolonią Bizancjum.
Poważanemu dowódcy Dariusza, Megabazusowi, powierzono dokonanie podbojów na Bałkanach.
Oddziały Achemenidów podbiły Trację, miasta na greckim wybrzeżu oraz Peonię.
W końcu, około 512-511 r. p.n.e., macedoński król Amyntas I uznał dominację Achemenidów i uczynił swoje państwo wasalem Persji.
W skład wieloetnicznej armii achemenidzkiej wchodziło wielu żołnierzy z Bałkanów.
Oprócz tego między elitami macedońskimi i perskimi było wiele mieszanych małżeństw.
W 1912 r. została założona pierwsza spółka filmowa (Athina Film), a w 1916 r. – Asty Film.
W 2007 r. największy sukces odniósł film „El Greco” w reżyserii Yannisa Smaragdisa.
W lipcu 1918 podpisano traktat francusko-monakijski, zapewniający Monako ograniczoną ochronę ze strony Francji.
Władza wykonawcza składa się z Ministra Stanu jako szefa rządu, przewodniczącego pięcioosobowej Radzie Rządowej. W skład policji wchodzi specjalna jednostka obsługująca łodzie patrolowe i obserwacyjne.
Obecne plany pozyskiwania gruntu obejmują powiększenie dzielnicy Fontvieille.
Istnieją jednak ważne różnice pomiędzy przepisami i procedurami obowiązującymi w Irlandii Północnej a tymi w Anglii i Walii.
Klasyfikacja Bergerona jest najszerzej przyjętą formą klasyfikacji mas powietrza.
Podczas gdy identyfikacja mas powietrza była pierwotnie wykorzystywana w prognozowaniu pogody w latach 50., w 1973 r. klimatolodzy zaczęli ustalać klimatologie synoptyczne w oparciu o tę ideę.
Monsun to sezonowy, dominujący wiatr, utrzymujący się przez kilka miesięcy i poprzedzający porę deszczową w danym regionie.
Liczne plemiona germańskie i słowiańskie przeszły przez Morawy podczas wielkiej wędrówki ludów zanim Słowianie osiedlili się tam w VI w. n.e.
Pod koniec VIII wieku na terenach obecnych południowo-wschodnich Moraw, Zagórza w południowo-zachodniej Słowacji i części Dolnej Austrii powstało Księstwo Morawskie.
