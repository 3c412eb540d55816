W 833 r. n.e., dzięki podbojowi Księstwa Nitrzańskiego, przekształciło się w Państwo wielkomorawskie.
Ich pierwszym królem był Mojmir I (rządził w latach 830–846).
Ludwik II Niemiecki najechał Morawy i zastąpił Mojmira I jego bratankiem Rastizem, późniejszym św. Rościsławem.
Dodatkowo statut określa wybory do zgromadzenia regionów i okręgów metropolitalnych.
Mimo pozostawania Islandii pod polityczną kontrolą Danii do dużo późniejszych czasów (1918), w języku islandzkim występuje bardzo niewiele wpływów i zapożyczeń z duńskiego.
Są również języki wywodzące się z fińskiego, które rozwinęły się osobno, znane jako Meänkieli w Szwecji i Kven w Norwegii.
Wymiana stóp jest cechą zarówno fińskiego, jak i północnych dialektów lapońskich, ale nie występuje w południowym lapońskim, uznawanym za język o odrębnej historii.
Północna część Kaukazu znana jest jako Przedkaukazie, a część południowa jako Zakaukazie.
Atmosfera jest układem chaotycznym, dlatego małe, lokalne zmiany mogą mieć duży wpływ na cały system. Podczas opadów deszczu krople wody wchłaniają i rozpuszczają dwutlenek węgla z otaczającego powietrza.
Niedawnym przykładem kontroli pogody były przygotowania Chin do letnich igrzysk olimpijskich 2008.
W ukształtowanej przez ruchy tektoniczne, które stworzyły Wielki Rów Wschodni, Afryce Wschodniej znajdują się Kilimandżaro i góra Kenia, dwa najwyższe szczyty Afryki.
Ci ostatni rozpowszechnili również islam w pasie nabrzeżnym, ale większość Bantu nigdy się z tym wyznaniem nie zetknęła i pozostała przy rdzennej religii afrykańskiej.
Francja zintegrowała gospodarkę Kamerunu z własną i ulepszyła infrastrukturę dzięki inwestycjom kapitałowym i wykwalifikowanym pracownikom, zmieniając system pracy przymusowej.
1 października 1961 dawny brytyjski Kamerun Południowy połączył się z Kamerunem Francuskim, tworząc Republikę Kamerunu.
Raport departamentu pracy dotyczący najgorszych form pracy dziecięcej donosił, że 56% dzieci w wieku od 5 do 14 lat pracowało, a niemal 53% dzieci w wieku od 7 do 14 lat łączyło pracę ze szkołą.
Klimat Sahelu jest podobny do klimatu pustyni Sahara położonej bezpośrednio na północy, ale mniej ekstremalny.
Od czerwca do sierpnia 2010 w Sahelu zapanował głód.
Wokół śródziemnomorskiego wybrzeża rozwinęło się kilka starożytnych cywilizacji, na które ogromny wpływ miała bliskość morza.
Przez wieki zapewniało szlaki komunikacyjne dla handlu, kolonizacji oraz wojen, jak również pożywienie (z rybołówstwa i zbierania owoców morza) dla licznych społeczności.
Z powodu wspólnego klimatu, geologii i dostępu do morza, cywilizacje śródziemnomorskie często miały przeplatającą się w pewnym stopniu kulturę i historię.
Dwiema spośród najważniejszych cywilizacji śródziemnomorskich klasycznego antyku, z których obie intensywnie kolonizowały wybrzeża Morza Śródziemnego, były greckie państwa-miasta oraz Fenicjanie.
Później, kiedy Oktawian August założył Cesarstwo Rzymskie, Rzymianie nazwali Morze Śródziemne Mare Nostrum („Nasze Morze”).
Blindleia to osłonięty szkierami szlak wodny, który zaczyna się niedaleko Kristiansand na południu Norwegii i ciągnie się za Lillesand.
Podobnie jak fiordy, jeziora słodkowodne są często głębokie.
Podawano napoje alkoholowe, takie jak piwo, miód, bjórr (mocne wino owocowe) oraz, dla zamożniejszych, wino importowane.
Niezależnie od reguł, walki często kończyły się śmiercią jednego z ogierów.
Schlei i mokradła między Danevirke a Husum całkowicie zamarzły zimą, a tereny bezpośrednio na południe od Danevirke zostały podbite przez postępującą armię niemiecką.
Odwrót zaskoczył armię austriacko-pruską i niemal całej armii duńskiej udało się ewakuować.
Spowodowało to jednak porzucenie ważnego ciężkiego sprzętu artyleryjskiego, i pytanie, dlaczego do ewakuacji nie wykorzystano linii kolejowej do Flensburga, pozostaje przedmiotem dyskusji historyków.
Wiadomości o odwrocie ogromnie wstrząsnęły duńską opinią publiczną, która uznawała Danevirke za nie do zdobycia, i Generał Meza został szybko pozbawiony dowództwa.
Danevirke pozostaje od tamtej pory w posiadaniu Niemiec.
Ilość towaru transportowanego Dunajem wzrosła w 1987 r. do 100 milionów ton.
Większość delty Dunaju leży w Rumunii (okręg Tulcz), natomiast jej północna cześć, na lewym brzegu ramienia Kilia, znajduje się w Ukrainie (obwód odeski).
Klimat jest tak suchy, że równiny te są czasem uznawane za część Sahary.
Różni się od zachodniej części kraju tym, że główne elementy jej topografii nie odpowiadają tym na wybrzeżu.
Północna Algieria leży w strefie umiarkowanej i cieszy się łagodnym, śródziemnomorskim klimatem.
Pierwszym i najważniejszym była wpadająca do Missisipi rzeka Ohio.
Sednem konfliktu było pytanie, czy Kansas dołączy do Unii jako stan wolny czy niewolniczy.
Reakcja narodu na wydarzenia w Kansas pokazała, jak głęboko podzielony stał się kraj.
Jeśli chodzi o kolor, liście wykazują ogromną różnorodność odcieni zieleni, od żółtawego po niebieskawy.
Indianie obu Ameryk używali jej jako podstawowego składnika w tradycyjnej medycynie.
W kościołach chrześcijańskich Europy północno-zachodniej i Ukrainy często używano witek wierzbowych zamiast palm w obrzędach Niedzieli Palmowej.
Alpy zapewniają europejskim nizinom wodę pitną, irygację i energię hydroelektryczną.
Mimo że zajmują jedynie około 11 procent powierzchni Europy, Alpy zapewniają około 90 procent wody Europie nizinnej, szczególnie obszarom suchym oraz podczas miesięcy letnich.
Miasta takie jak Mediolan są w 80% zależne od wody spływającej z Alp.
Woda z rzek jest wykorzystywana w ponad 500 elektrowniach wodnych, generujących 2900 kilowatów prądu.
Główne rzeki Europy, takie jak Ren, Rodan, Inn, Ticino i Pad, zaczynają swój bieg w Szwajcarii, mają źródła w Alpach i płyną przez sąsiednie kraje, aby wreszcie ujść do Morza Północnego, Śródziemnego, Adriatyckiego i Czarnego.
Naukę o wulkanach nazywa się wulkanologią, po angielsku „volcanology”, czasem w pisowni „vulcanology”.
Ta magma jest zwykle bardzo lepka z powodu wysokiej zawartości krzemu, dlatego często nie dociera na powierzchnię, tylko zastyga głęboko.
Przeważnie nie wybuchają w sposób katastrofalny.
Zawiera malutką lagunę, obecnie całkowicie wyschniętą.
W 1975 r. została uznana za rezerwat dzikiej przyrody.
Trwają badania i wyprawy na wyspę.
Takie osadnictwo prawdopodobnie zaczęło się około 100 r. p.n.e., kiedy wschodni Melanezyjczycy podróżowali na północ.
Podczas lat spędzonych przez rodzinę w Kentucky i Indianie, Thomas Lincoln pracował jako farmer, stolarz i cieśla.
Zniszczenie siedlisk bardzo zwiększa podatność obszaru na klęski żywiołowe takie jak powódź czy susza, nieurodzaj, rozprzestrzenianie się chorób i zanieczyszczenie wody.
Z drugiej strony, zdrowy ekosystem i dobre praktyki zarządzania zmniejszają ryzyko takich zdarzeń, lub przynajmniej łagodzą ich szkodliwe skutki.
Tereny rolne mogą realnie ucierpieć na zniszczeniu otaczającego je krajobrazu.
W ciągu ostatnich 50 lat zniszczenie siedlisk otaczających tereny rolne przyczyniło się do degradacji około 40% ziemi uprawnej na świecie poprzez erozję, zasolenie, zagęszczenie, wyjałowienie, skażenie i urbanizację.
Ludzie tracą również możliwość bezpośredniego wykorzystania siedlisk naturalnych, kiedy zostają one zniszczone.
Papua-Nowa Gwinea jest często uznawana za potencjalnie najgorsze miejsce na świecie pod względem przemocy na tle płci. Te rodziny roślin są wciąż obecne w Papui-Nowej Gwinei.
W modelu siedmiokontynentowym Ameryka Północna i Ameryka Południowa są traktowane jako osobne kontynenty.
W 1492 r. Krzysztof Kolumb pożeglował przez Ocean Atlantycki do Indii Zachodnich, otwierając epokę europejskiej eksploracji obu Ameryk.
Nie są zbyt popularne z uwagi na często odległe położenie i brak dróg.
Reszta ziemi, stanowiąca około 1% powierzchni stanu, jest własnością różnych posiadaczy prywatnych.
Jest to również jedyny region Alaski, w którym średnia dzienna temperatura przekracza 0 °C w miesiącach zimowych.
Liczne rdzenne ludy zamieszkiwały Alaskę przez tysiące lat przed przybyciem na te tereny europejczyków.
To tutaj ukradli małe kanu pozostawione przez Aborygenów australijskich z tego regionu.
W miarę jak Brisbane się rozwijało, stan rzeki pogarszał się, aż w najgorszych czasach stała się otwartym ściekiem i wysypiskiem.
Rok 1987 został ogłoszony „Rokiem Rzeki” przez ówczesną burmistrz Brisbane Sallyanne Atkinson.
Burze piaskowe i pyłowe są zjawiskami naturalnymi występującymi na terenach suchych, gdzie gleba nie jest zabezpieczona przez warstwę roślinności.
Burze pyłowe zwykle zaczynają się nie na samej pustyni, skąd drobniejszy materiał jest już wywiany, ale jej obrzeżach.
Kiedy zaczyna wiać jednostajny wiatr, drobne cząstki leżące na odsłoniętej ziemi wpadają w wibracje.
Przy większych prędkościach wiatru niektóre cząstki zostają uniesione przez strumień powietrza.
Kiedy opadają, zderzają się z innymi cząstkami, które z kolei mogą w ten sposób zostać wypchnięte w powietrze, rozpoczynając reakcję łańcuchową.
W Tajlandii urbanizacja spowodowała jednak również masowy wzrost problemów takich jak otyłość.
Burze są rzadkie, miasto notuje pioruny tylko przez siedem dni w roku.
W 1350 r. populacja Kairu sięgała pół miliona, czyniąc go największym miastem na zachód od Chin.
Tymczasem dodatkowe uregulowanie Nilu ułatwiło rozwój wyspy Gezira oraz miejskiego nabrzeża.
Produkcja przemysłowa Nevady związana jest z turystyką, górnictwem, mechaniką, branżą drukarską i wydawniczą, przetwarzaniem żywności i sprzętem elektrycznym.
Nazwa „Karaiby” pochodzi od Karaibów, jednej z głównych grup Indian zamieszkujących region w czasach kontaktu z europejczykami pod koniec XV w.
Po odkryciu Ameryki przez Krzysztofa Kolumba w 1492 r. hiszpańskie określenie „Antillas” odnosiło się do lądu; wywodząca się z niego nazwa „Morze Antylskie” stała się zamiennym określeniem Morza Karaibskiego w różnych językach europejskich.
Podczas pierwszego stulecia rozwoju hiszpańska dominacja w regionie pozostawała niekwestionowana.
Począwszy od XVI w. europejczycy odwiedzający region Karaibów wyróżniali „Morze Południowe” (Ocean Spokojny na południe od Przesmyku Panamskiego) i „Morze Północne” (Morze Karaibskie na północ od tego samego przesmyku).
Morze Karaibskie było nieznane ludności Eurazji aż do roku 1492, kiedy to Krzysztof Kolumb po raz pierwszy pożeglował na karaibskie wody w poszukiwaniu drogi morskiej do Azji.
Niestety szybki przyrost liczby ludności i urbanizacja zamieniły wiele z tych ekosystemów w tereny deweloperskie.
Jednostką samorządową Kapsztadu jest gmina miejska City of Cape Town.
Korzystała również z osobistych powiązań z wieloma rządowymi naukowcami, którzy udostępniali jej poufne informacje.
W połowie roku 1962 Brooks i Carson w większości ukończyli redakcję tekstu i przygotowywali się do promocji książki, wysyłając manuskrypt wybranym osobom z prośbą o ostateczne uwagi.
Zwróciło to na książkę uwagę przemysłu chemicznego i jego lobbystów, jak również dużej części Amerykanów.
W latach 50. XIV w., kiedy dynastia Yuan zaczęła się załamywać, król Gongmin mógł wreszcie swobodnie zreformować władzę Goryeo.
Od lat 60. południowokoreańska gospodarka ogromnie się rozwinęła, a struktury ekonomiczne przeszły radykalną transformację.
Zwykle związana jest z prostymi strukturami takimi jak tereny piknikowe, ławki i ścieżki.
Założony w 1879 r. australijski Royal National Park był drugim na świecie oficjalnie ustanowionym parkiem narodowym.
Pierwszą i najważniejszą było zapewnienie otwartej przestrzeni mieszkańcom miasta oraz lokalnej ludności szybko rozwijającego się obszaru.
