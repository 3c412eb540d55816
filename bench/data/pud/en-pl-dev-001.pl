— Lekarze nie dysponują takimi środkami, mogą tylko wypisać receptę albo zrobić zastrzyk — powiedziała Mailis.
W tym tygodniu Gerry McNeilly, niezależny szef nadzoru policji w Ontario, przedstawił podstawy swojego raportu po pojawieniu się „niepokojących pytań” o zachowanie funkcjonariuszy wobec rdzennej ludności.
Raport analizuje również przypisywane funkcjonariuszom z północnego Ontario publikacje z września, które wywołały burzę na Facebooku.
Szefowie otrzymali również „premię za wyniki” za osiągnięcie lub przekroczenie planów, dzieląc między siebie 1,5 miliona dolarów, czyli średnio około 15000 dolarów na osobę.
Jej roczny budżet przekracza 1,4 miliarda dolarów i zatrudnia ona ponad 6000 osób.
Rząd federalny proaktywnie raportuje łączne poziomy premii za wyniki i dodatków dla każdego działu, ale najnowsze dane opublikowane w Internecie dotyczą lat 2013-2014, czyli są przestarzałe o dwa lata.
Gomery, przewodniczący komisji badającej skandal związany ze sponsorowaniem federalnym w latach 2004–2006, stwierdził, że struktury takie są konieczne, aby przywrócić publiczne zaufanie dla państwa prawa.
Doprowadziło to do ujawnienia w przeciągu ostatnich dwóch dni, że co najmniej sześciu dziennikarzy z Quebecu było celem nadzoru policji prowincjonalnej.
„Nie powinno mieć miejsca przyznawanie uprzywilejowanej pozycji w kontaktach z rządem, ani pozory takiej pozycji, w przypadku jednostek lub organizacji, które udzieliły wsparcia finansowego politykom lub partiom politycznym” – można przeczytać w wytycznych.
Oczyszczając Duffy’ego z wszelkich zarzutów, sędzia rozstrzygający w sprawie o oszustwo i nadużycie zaufania przez Duffy’ego uznał, że działania oskarżonego nie naruszały regulaminu Senatu.
Nasze komórki to w dzisiejszych czasach o wiele więcej, niż telefony.
— To niesamowite  — stwierdziła w zeszłym miesiącu Lindsay Gay, klientka SaskTel korzystająca z nieograniczonego dostępu do danych.
Wskazał również, że Rogers wprowadził niedawno nową aplikację pozwalającą klientom śledzić wykorzystanie danych.
To właśnie sprawia, że wciąż wracamy po więcej.
— Ta odmiana łagodzi bóle pleców, pomaga na mdłości, ten produkt pozwala spać w nocy — mówi Dietrich z siedziby spółki w Denver w stanie Colorado, gdzie handel marihuaną jest legalny.
Ale bez wsparcia prawnego, biorąc pod uwagę utrwaloną reputację konopi jako popularnej substancji psychotropowej, firmy nie wiedzą, co robić.
Żelazo jest niezbędnym pierwiastkiem, potrzebnym organizmowi do wytwarzania hemoglobiny, białka obecnego w krwinkach i odpowiedzialnego za transport tlenu do tkanek ciała.
Obecny czas oczekiwania to osiem tygodni.
Według Kanadyjskiego Towarzystwa Krwiodawstwa (CBS) możliwy jest prawidłowy poziom hemoglobiny przy jednoczesnym obniżonym ogólnym poziomie żelaza.
Nowe normy poziomu żelaza oznaczają, że potrzeba więcej dawców.
Standardowe badanie USG skomplikowało się, kiedy ciężarna Margaert Boemer z miejscowości Plano w Teksasie dowiedziała się, że jej nienarodzone dziecko cierpi na rzadką chorobę i aby utrzymać je przy życiu, konieczna jest operacja.
Potworniak okolicy krzyżowo-guzicznej to guz rozwijający się przed urodzeniem na kości ogonowej dziecka.
Jest to najczęstszy guz u niemowląt, występujący raz na 35000 urodzeń.
Miała 84 lata.
Opisał ją jako kobietę „nadzwyczajną”, „kochającą i wspaniałą”, która pozostawiła swoimi opowieściami trwały ślad w świecie literatury.
– Niektórzy mężczyźni to rozumieją i Bono jest jednym z nich – powiedziała w niedawnym wywiadzie Leive.
W wieku zaledwie 20 lat głośno sprzeciwia się nękaniu i pomaga dziewczętom zaakceptować swój własny ideał urody.
– Jej głos dosłownie okrążył świat – powiedziała Leive.
Natychmiast po opublikowaniu oficjalnych zdjęć z imprezy, media społecznościowe zagotowały się od niepochlebnych komentarzy.
Wiele osób, w tym grupy rdzennej ludności, zarzuca im trywializowanie kultury Indian kanadyjskich.
Celem tych konsultacji CRTC jest zebranie reakcji środowisk przemysłowych i społeczeństwa.
Dotyczyłoby to nie tylko treści rozrywkowych, ale również edukacji, badań naukowych i, co być może najważniejsze, debaty politycznej.
Internet nie jest w końcu luksusem, tylko niezbędnym narzędziem. Pozostałości utworzyły pierścień wokół równika Ziemi i zostały w końcu ściągnięte razem przez grawitację, tworząc księżyc.
Wciąż pozostają pytania bez odpowiedzi.
W zeszłym miesiącu w miasteczku Hillsborough pod Chapel Hill ktoś wrzucił bombę zapalającą do siedziby Republikanów. Po tym, jak Karolina Północna wprowadziła w 2013 r. restrykcyjne prawo wyborcze, Campbell objeżdżał kościoły, wyjaśniając ludziom, jak poradzić sobie z trudnościami w rejestracji.
Wyczuwał wokół siebie skutki wyborów w postaci wybuchających konfliktów i przedziwnego ścierania się nowych i starych idei.
Ten rozdźwięk pomiędzy danymi gospodarczymi a dyskursem politycznym jest, a przynajmniej powinien być znajomy.
Republikańscy ekonomiści przestrzegają przed traktowaniem tych danych jako dowodu gospodarczej nieudolności swojej partii.
Nie wiem, jaki był wzrost PKB za prezydentury Waszyngtona i Lincolna, ale rozwój instytucji w tamtym okresie miał ważne i trwałe efekty.
Między Sullą a Trumpem, Rzymem a Stanami, jest więcej różnic, niż podobieństw, ale to nie pomniejsza cech wspólnych.
I, jak przyznała, „trzeba zwrócić uwagę na to, że uznała, że musimy zrobić więcej – możemy działać lepiej – i że wyraziła żal”.
Ale w miarę jak krytyka wobec Clinton w roli pierwszej damy stawała się bardziej złośliwa, Karel okazywała więcej empatii.
– Wcielając się w jego postać, czuję się silny – wyjaśnił Slate’owi w zeszłym roku parodiujący Donalda Trumpa John Di Domenico.
Gdy narasta histeria wokół wyborów prezydenckich 2016, Karel martwi coś poważniejszego, niż bzdury.
Zwykle są to artyści, którzy chcą zrobić parę rzeczy.
A wtedy reklama się kończy.
Producenci Miami Bass byli ekspertami w dziedzinie kręcenia tyłkami, które stanowiło ich główne zainteresowanie.
W niedawnym wywiadzie Zay i Zayion opowiedzieli o nagrywaniu swojej wersji „Knuck If You Buck” na domowym laptopie.
Ale wyzwania i towarzyszące im utwory dodają wyraźny system nerwowy, łączący żywą masę ziarnistych klipów wideo.
Ich przywołanie podkreśla wartość solidnego wyzwania, artystyczną i nie tylko: dyskomfort, wzrost i znaczące powiązanie.
Platon uważał, że bezpieczniej byłoby powierzyć władzę starannie przygotowanym strażnikom.
Jak wiele znanych mi osób, przez ostatnie miesiące siedziałem do późna, z przerażeniem śledząc sondaże.
Caplan odrzuca głosowanie retrospektywne, cytując naukowców, którzy określili je jako „nie bardziej racjonalne, niż zabijanie faraona, gdy Nil nie wylał”.
Ale poza tym nie było nic wyraźnie artystycznego w niej samej lub jej zachowaniu wobec ludzi.
W 2010 r. fundacja wydała złożoną zecersko wersję „Zettel’s Traum”, bardziej przystępną dla tych, których zniechęcała przypominająca brudnopis kopia offsetowa.
Korespondując z Woodsem elektronicznie, próbowałem swoich sił w etymologii.
— Całkowicie zaniedbał swoje zdrowie — donosiła jego żona Alice.
Każda mapa z wystawy opowiada swoją historię, nie zawsze opartą na faktach.
Po raz pierwszy wystawiono również mapy brytyjskiego Ministerstwa Obrony z czasów zimnej wojny, przedstawiające hipotetyczne bitwy i używane podczas egzaminów w szkole wojskowej.
Jego elektorat koncentruje się w okręgu North Kesteven, gdzie 62% wyborców opowiedziało się za wyjściem z UE.
Wszystkim będzie bardzo brakować jego umiejętności uzyskiwania odpowiedzi na pytania podatników.
Christian Wolmar, który napisał liczne książki poświęcone historii kolei, wystartuje w konkursie 1 grudnia.
Liberalni demokraci, reprezentujący do 2010 r. mieszkańców zamożnych przedmieść, mają nadzieję odzyskać ich poparcie dzięki swojej kandydatce Sarah Olney.
Tymczasem była żona rządowego szefa dyscypliny partyjnej rozpoczęła kampanię w celu zajęcia stanowiska.
Na pokładzie statku jest ponad 330 członków załogi.
Vega zasugerował że wielu może być nieświadomych jego historii z powodu wieku.
Zabijano tutaj ludzi.
Elektrownia węglowa w Badarpur na południowy wschód od Delhi przestanie działać na 10 dni, tak samo, jak generatory dieslowskie w mieście.
Następnie pracował 4 lata dla radia BBC World Service w Bush House.
Pracował dla BBC przez dekadę.
Jeden z ich wielu żałobnych postów na Facebooku zawiera sformułowanie, które zachwyciłoby Chrisa: „Nigdy nie znałem nikogo bardziej afrykańskiego, niż Ty”.
Kto zatrzyma drużynę Australii?
Czyżby ich boskie prawo do tytułu najlepszych na świecie nie było już zapewnione?
Mają jedną szansę na odkupienie: pokonać Anglię.
RPA nie może się już cofnąć, a my musimy wykazać się podobną determinacją.
Jego styl gry jest zarówno twardy, jak i subtelny.
Mamy świetną ekipę i to jest szansa, żeby pójść do przodu.
Musisz się temu sprzeciwić, a ja wolę, kiedy ktoś się ze mną konfrontuje, niż kiedy mnie unika.
Jego ręce przekładały piłkę jak przy grze w trzy kubki.
Australia, zaprawiona w bojach przez ostatnie mecze Rugby Championship, była w najwyższej formie.
Zwycięstwo Donalda Trumpa natychmiast uczyniłoby świat jeszcze bardziej niepokojącym i niepewnym.
Clinton ma wojowniczą reputację, ale zostanie ona złagodzona przez zmęczoną wojną opinię publiczną w USA.
Opowiedział się za torturami.
Ja również mam trudności z hasłami.
Są też tak zwane prawdziwe historie, publikowane jako seria budujących zdjęć opatrzonych tekstem poniżej.
Rozumiem oczywiście, że należy oddzielić dzisiejsze Niemcy od reżimu nazistowskiego.
W rogu jest dziewczyna w chuście i dżinsach, tak niepozorna, że biorę ją za kolejną asystentkę.
Artyści sięgają do ludzkich serc; to jedyna chwila, kiedy możemy zgromadzić się w jednym miejscu i zapomnieć o naszych różnicach.
Do jego bardziej niecodziennych wyróżnień należą tytuł światowego ambasadora New York City Health and Hospitals Corporation oraz miejsce w Harvard Business School.
Mogę dokładnie tak postąpić ze swoim życiem.
Chciałam obejrzeć go z nimi, ale oni w końcu postanowili obejrzeć go beze mnie.
Nie możemy pozwolić, aby prezydentura przypadła Donaldowi Trumpowi, z jego rasizmem, seksizmem i niewiarygodnym brakiem kwalifikacji do roli głównodowodzącego.
„Coraz więcej osób sięga po kredyt… Podczas gdy takie zapożyczenie może chwilowo być do opanowania, nagła zmiana sytuacji może doprowadzić do problemów w postaci długów.”
Jako powód podaje ona niewystarczające zabezpieczenie dla amerykańskich pracowników, których zatrudnienie i standard życia są zagrożone.
