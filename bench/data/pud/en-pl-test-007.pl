Starlin zajął się fabułą w kolejnym numerze i zaczął tworzyć rozbudowany wątek wokół postaci nikczemnego Thanosa, przewijający się w kilku seriach Marvela.
Równocześnie w połowie lat 70. Starlin stworzył kilka opowieści do niezależnie wydawanej antologii science-fiction Star Reach.
Poprzez swoją babkę Mishima był bezpośrednim potomkiem Ieyasu Tokugawy.
W 1955 r. Mishima zaczął ćwiczyć z ciężarami i nieprzerwanie przestrzegał treningów trzy razy w tygodniu przez ostatnie 15 lat swojego życia.
Mishima przyjął pod koniec życia bardzo indywidualną odmianę nacjonalizmu.
W 2011 r. Blunt została mianowana ambasadorką nowego zapachu Yves Saint Laurent, Opium.
Blunt wystąpiła z Ewanem McGregorem i Kristin Scott Thomas w brytyjskiej komedii z 2011 r. „Połów szczęścia w Jemenie” w reżyserii Lasse Hallströma.
W tym samym roku miała epizodyczną rolę w filmie Disneya „Muppety” jako recepcjonistka Panny Piggy.
W 2012 r. wystąpiła u boku Jasona Segela w filmie „Jeszcze dłuższe zaręczyny” w reżyserii Nicholasa Stollera.
W styczniu 2011 r. Blunt rozpoczęła zdjęcia do amerykańskiego filmu science-fiction „Looper” w reżyserii Riana Johnsona, w którym wystąpili też Bruce Willis i Joseph Gordon-Levitt; film miał premierę we wrześniu 2012.
Valentino starał się zdystansować postać od stereotypowego wizerunku Araba.
Joseph Schenck chciał obsadzić swoją żonę Normę Talmadge u boku Valentino w ekranizacji „Romea i Julii”.
Lord Halifax, Lord Przewodniczący Rady, odwiedził Niemcy prywatnie w listopadzie i spotkał się z Hitlerem i innymi niemieckimi urzędnikami państwowymi.
W przemówieniu do rządu wkrótce po przekroczeniu granicy przez Niemców Chamberlain obarczył winą zarówno Niemcy, jak Austrię.
W maju czescy strażnicy graniczni zastrzelili dwóch sudetoniemieckich pasterzy, którzy próbowali przejść na stronę czechosłowacką bez zatrzymania się do kontroli granicznej.
W tym czasie Marcelle często zostawała w pokoju sama, podczas gdy Piaf i Mômone śpiewały na ulicy lub w klubie.
Były niemal całkowicie zapomniane aż do śmierci Smitha.
Kolejnym motywem powieści z serii „Skylark” są prekursorzy współczesnych technologii informacyjnych.
Już w 1926 r. Meyer napisał do Irène Joliot-Curie, sugerując współpracę z Roną w celu zbadania, w jaki sposób jego laboratorium mogłoby pozyskiwać własne próbki polonu.
Kiedy Hans Pettersson był w stanie pozyskać środki na opłacenie wydatków Rony, Joliot-Curie zgodziła się na jej przyjazd i badania nad izolowaniem polonu w Instytucie Curie w Paryżu.
Rona opracowała i ulepszyła metodę przygotowania źródeł polonu i wytwarzania emisji alfa.
Zyskawszy uznanie jako ekspert w tej dziedzinie, wróciła do Instytutu Radowego, przynosząc swoje umiejętności i niewielki dysk z polonu.
Dysk ten pozwolił Ronie stworzyć laboratoryjne próbki polonu, które następnie wykorzystano w wielu badaniach Instytutu.
W 2013 r. wystąpiła poza sezonem w CTV Montreal jako gościnna prezenterka pogody.
Następnie zmierzyła się z broniącą tytułu mistrza Sarą Errani, ale przegrała.
Bouchard doznała szokującej porażki, tracąc trzy sety.
Kiedy ich córka Cecylia wyszła za Ryszarda Plantageneta, trzeciego księcia Yorku, i doczekała się licznego potomstwa, w tym Edwarda IV i Ryszarda III, Joanna została babką dwóch królów Anglii z dynastii Yorków. Jan z Gandawy zmarł w 1399 r.
Rycerz Lyvet został uwolniony, a jego sprzymierzeniec wtrącony do Tower.
Niedawno rozwiódł się z aktorką Glorią Holden, ale po rozpadzie małżeństwa nadal żywił do niej uczucia.
Występował jako młodszy brat Humphrey’a Bogarta, beztroski playboy, w „Sabrinie” (1954) z Audrey Hepburn w roli tytułowej.
Postanowił nie kandydować na trzecią kadencję.
W 1980 r. tłem dla kampanii prezydenckiej między Reaganem a urzędującym prezydentem Jimmym Carterem były problemy wewnętrzne i trwający kryzys związany z zakładnikami w Iranie.
Republikanie opanowali Senat po raz pierwszy od 1952 r. i zdobyli 34 miejsca, ale demokraci utrzymali większość.
Wyzdrowiał i został wypisany ze szpitala 11 kwietnia, stając się pierwszym urzędującym prezydentem USA, który przeżył zamach na własne życie z użyciem broni palnej.
Bloch stara się uczynić nadzieję przewodnią zasadą swojego marksizmu i podkreśla niejawny humanizm inherentny dla tradycji mistycznej.
Należy więc skonstruować odpowiednią teologię, biorąc pod uwagę jego przyszły cel.
W 1991 r., po uzyskaniu nowej umowy z wydawcą na tworzenie piosenek, Pebe przeniosła się z rodziną do Nashville w Tennessee.
Kesha i Pebe wspólnie napisały piosenkę „Stephen”, kiedy Kesha miała 16 lat, następnie Kesha dotarła do Davida Gamsona z zespołu Scritti Politti, producenta, którego podziwiała i który zgodził się wydać utwór.
Do sierpnia 2015 Kesha ujawniła niewiele informacji o swoim nadchodzącym, trzecim albumie studyjnym.
Tym razem wiadomość do niego dotarła, ale odmawiał przyjęcia do wiadomości, że nie chce już być jego żoną.
Wright urodził się w Poole w hrabstwie Dorset, ale dorastał głównie w Wells w hrabstwie Somerset.
Wright ma brata Oscara, który jest rysownikiem komiksów i opracowuje scenorysy, grafiki koncepcyjne i zdjęcia promocyjne do filmów Edgara.
Wright jest przyjacielem Gartha Jenningsa, również reżysera, i występował w rolach epizodycznych w jego filmach „Autostopem przez Galaktykę” i „Syn Rambow”.
Mocarstwa nie spełniły próśb o uznanie Albanii.
Na początku konferencji londyńskiej w grudniu 1912 ambasadorzy wszystkich sześciu mocarstw odrzucili plan ustanowienia niepodległej Albanii.
Zamiast tego postanowili, że Albania będzie pod władzą osmańską, ale z autonomicznym rządem.
Po tym, jak stało się oczywiste, że Imperium Osmańskie straci całą Macedonię, a więc łączność terytorialną z Albanią, mocarstwa zdały sobie sprawę, że muszą zmienić decyzję.
Traktat londyński, podpisany 30 maja 1913, podzielił znaczną część terytorium, do którego rościła prawa Albania, bez względu na skład etniczny, pomiędzy bałkańskich sojuszników, ograniczając terytorium Albanii do jego centralnych regionów.
Funkcjonariusze zdołali obezwładnić 53-latka podczas zajścia w niedzielę rano.
Król Salaman zastąpił politycznego weterana szefem nadzoru finansowego Mohammedem al-Jaadanem.
Ropa, złoto czy produkty spożywcze takie jak pszenica to surowce naturalne, w które inwestuje się miliardy na całym świecie.
71 golami w 137 meczach międzynarodowych ustanowił rekord bramek strzelonych dla DFB.
Korzystając z danych z kart debetowych, policja w Essen prowadzi śledztwo w sprawie czterech osób, które biernie przyglądały się, jak w banku umiera emeryt.
Rzecznik nie wykluczył możliwości, że śledztwem zostaną objęte również inne osoby.
Ponieważ seria 1 nie jest już taka, jak wcześniej, wielu użytkowników może zaoszczędzić 100 euro.
Na zdjęciu wyraźnie widać wąski wyświetlacz dotykowy nad klawiaturą, oczekiwany według pogłosek.
Nie wiadomo, w jaki sposób dwaj dramaturdzy mieliby współpracować.
Szwedzkie badania pokazały, że zwierzęta rzadko, jeśli w ogóle, lądują poza dwumiesięcznym okresem rozrodczym.
Według Parkera duża liczba agentów rosyjskiej Służby Bezpieczeństwa jest aktywna w Wielkiej Brytanii.
Rosja ogłosiła zawieszenie kontraktu na początku października.
Prawo określa kilka warunków, których spełnienie mogłoby przywrócić porozumienie: USA musiałyby wycofać wszystkie swoje oddziały z krajów, które weszły do NATO po 2000 r., wycofać wszelkie sankcje przeciwko Rosji oraz zwrócić koszty poniesione w wyniku sankcji. To jest proces polityczny, a ja zdecydowałem się nie być obecny, tak mówiono.
Jeśli odchodzi turecki pracownik, wkraczają tureckie rady pracowników.
Z tego punktu widzenia przestarzałe struktury i zadowolona z siebie elita są powodem, dla którego opieka zdrowotna, edukacja i handel zagraniczny w USA są w tak złej kondycji.
Kühn może tylko kręcić głową.
Dziennik „Die ZEIT” w lipcu jako pierwszy wypytywał przedsiębiorstwa związane z nieruchomościami o wątpliwe przepływy gotówki i groźbę niewypłacalności.
Kiedy odzywają się przerażające organy jak w hicie z lat 60. „Monster Mash”, ogłaszają godzinę czarownic.
Von Beust usprawiedliwił wzrosty kosztów brakiem szczegółowego planowania.
Simon Krätschmer samotnie błądzi po omacku po zrujnowanym, złowieszczym baraku.
To dlatego, że każdy cud i każdy wyspecjalizowany obszar zajmuje całe pole.
Produkcja modelu smartfona została całkowicie zakończona.
To było 30 sierpnia 2015 r., kiedy armia kaczek podbiła Internet.
Pokolenie smartfona dostało aplikację, na jaką zasługiwało, w której w najlepszym wypadku najbardziej idiotyczna sytuacja zdobywa milionową widownię.
Z drugiej strony Vine było sztuką w sześć sekund.
A teraz jest również mistrzem świata.
Dla Kerber koniec sezonu i tak wyznacza koniec niewiarygodnego roku.
Po sensacji na Australian Open, 28-latka po raz pierwszy przegrała finałowy mecz przeciwko Serenie Williams.
Teraz jest tylko niejasne, w którym.
Czy kłócicie się ze swoim budzikiem?
To jasne: na mężczyznach mogłaby spoczywać większa odpowiedzialność w sprawach antykoncepcji
Według wierzeń chrześcijańskich, miejscem ostatecznego spoczynku Jezusa był grób osadzony w skale kredowej.
Powody promowania nagrania w Niemczech są niejasne. Funkcjonariusze zapytali mnie w swój niepodrabialnie głupi sposób, czy znałem pisarza Güntera de Bruyna i czy byliśmy intelektualnie spokrewnieni.
Kanadyjski śledczy Larry Vance badający katastrofę lotniczą powiedział tygodnikowi „der Spiegel”, że jest przekonany, iż jeden z pilotów zamierzał wylądować samolotem na powierzchni oceanu, aby zatonął.
Australijscy biegli wyciągnęli nowe wnioski z badania klapy ze skrzydła Boeinga, która została wyrzucona na brzeg w Tanzanii w Afryce Wschodniej.
Dla Barrosa to może nie być koniec sprawy.
Wymiana Barrosa wywołała duże poruszenie.
— Obecne aresztowania są „dalszym ciągiem machinacji przeciwko nam” — oświadczył Dündar.
Jak na razie ugoda między Aounem a Haririm zbliżyła do siebie wrogie frakcje.
Dündar ostrzegł Europę przed zbytnią wyrozumiałością wobec kursu obranego przez Erdogana.
Adnan Z. Amin, dyrektor generalny Międzynarodowej Agencji Energii Odnawialnej (IRENA), nie ma wątpliwości: – Morska energia wiatrowa może stać się wiodącym źródłem energii w gospodarce światowej wolnej od energii węglowej.
Dobre wyniki w Azji natychmiast spowodowały zwyżki na rynkach giełdowych.
Można oczekiwać wstrząsu spowodowanego szybkim rozwojem rynku nieruchomości i rosnącymi wydatkami federalnymi.
Dwa wystawione obrazy Lucasa Cranacha Starszego szczególnie przyciągają wzrok.
Irytujące znaki nie znikną zatem całkowicie: zgodnie z informacją od agencji prasowej, będą włączane tylko jeśli, na przykład, artysta lub wytwórnia nie jest członkiem GEMA i nie ma porozumienia z YouTube.
Zanieczyszczenia atakują nie tylko nie w pełni rozwinięte płuca najmłodszych; mogą również doprowadzić do długotrwałego upośledzenia rozwoju nastoletniego mózgu.
Nie jest zaskoczeniem, że władze federalne i stanowe zaklasyfikowały Narodowe Dziedzictwo Przyrodnicze jako przedsięwzięcie ogólnokrajowe o najwyższym priorytecie i przypieczętowały to w 2005 r. koalicyjnym kontraktem.
