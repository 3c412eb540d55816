Vid den här tiden bodde endast runt fyrtio familjer där med mängder av god jordbruksmark och bete för boskap.
Allt eftersom Grekland skickade ut kolonier västerut mot Sicilien och Italien (Pithekussa, Kyme) spreds inflytandet av deras nya alfabet längre.
Bananer och pisanger, vilka först kultiverades i Sydostasien, mest troligt Papua Nya Guinea, återkultiverades i Afrika möjligen så tidigt som för 5 000 år sedan.
Förutom att vara en direkt källa till livsmedel kunde vissa djur tillhandahålla läder, ull, hudar och gödsel.
Den industriella revolutionen skapade en efterfrågan på metalldelar för användning i maskiner.
Under det andra messeniska kriget etablerade sig Sparta som en lokal makt i Peleponnesos och resten av Grekland.
Ford T utropades till den mest inflytelserika bilen under 1900-talet vid de internationella Car of the Century-utmärkelserna.
Framgången för American Motors storleksmässigt kompakta Rambler sporrade GM och Ford att introducera sina egna storleksminskade bilar 1960.
Denna konvention är bara något avslappnad i modern tid och nu är det fortfarande inte tillrådligt att mellan vänner använda förnamnet, men användning av familjenamnet är fortfarande vanligt.
I fallet med kejsarfamiljen anses det extremt olämpligt att använda förnamnet.
Sedan kejsar Meiji har det varit sedvänja att ha en era per kejsare och att byta namn på varje kejsare efter hans död med namnet på den era som han styrde över.
Före kejsar Meiji byttes namnen på erorna mer frekvent och de postuma namnen för kejsarna valdes på ett annat sätt.
Utanför Japan, med början med kejsar Shōwa, har kejsarna ofta omtalats med sina förnamn, både medan de lever och postumt. I Asien och Stilla havet dödades mellan 3 miljoner och mer än 10 miljoner civila, mestadels kineser (uppskattningsvis 7,5 miljoner), av de japanska ockupationsmakterna.
I Europa hade de allierade före krigsutbrottet betydande övertag både vad gäller befolkning och ekonomi.
Krigföring på land förändrades från de statiska frontlinjerna i Första världskriget till ökad mobilitet och kombinerade vapen.
Brittiska kavalleritrupper erhöll också utmärkt träning i fäktning till häst. Vissa historiker, som Chandler och Weller, hävdar att det brittiska tunga kavalleriet förstördes som en praktisk kraft efter deras första episka anfall.
Enligt en genetikstudie på autosomala data om romer är källan för sydasiatiskt ursprung hos romer nordvästra Indien.
Förklaringar av musikens ursprung beror på hur musik definieras.
Hos människor är både hanar och honor ivriga sångare och att skapa musik är främst en gemensam aktivitet.
1839 fann sig Kina utkämpa det Första opiumkriget med Storbritannien efter att guvernörgeneralen av Hunan och Hubei, Lin Zexu, förbjudit utrikeshandeln med opium.
Kina besegrades och 1842 gick de med på villkoren i Nankingfördraget.
Ön Hong Kong överläts åt Storbritannien och vissa hamnar, inklusive Shanghai och Guangzhou, öppnades för brittisk handel och residens.
"1856 bröt det Andra opiumkriget ut; kineserna besegrades igen och tvingades till villkoren i Tientsinfördraget 1858 och Pekingkonventionen 1860."
Fördraget öppnade nya hamnar för handel och tillät utlänningar att resa i inlandet.
Lamarr följde med Mandl till affärsmöten där han konfererade med vetenskapsmän och andra yrkespersoner med inblandning i militärteknik.
Lamarrs tidigaste uppfinningar inkluderar ett förbättrat trafikljus och en tablett som löses upp i vatten för att bilda en kolsyrad dryck.
Hon erbjöds flera manus, TV-reklamer och scenprojekt, men inget fångade hennes intresse.
Josef Darnand som blev SS-officer och ledde de paramilitära Milice-styrkorna som jagade fatt på medlemmar av motståndsrörelsen avrättades i oktober 1945.
De Gaulle hade gett instruktioner om att det inte skulle förekomma några överdrivna uppvisningar av allmän tillgivenhet mot Churchill och inte några officiella utmärkelser utan hans föregående godkännande.
Filmen utgör en krönika över förstörelsen av Carangis liv och karriär som en följd av hennes beroende av heroin, och hennes förfall och död i AIDS i mitten av 1980-talet.
"Den färdigställdes ganska sent under kriget; fastän ett antal B-29:or utrustades med Eagle och den fungerade bra kom den för sent för att göra någon stor skillnad."
Radarsystemet som Alvarez är mest känd för och som har spelat en stor roll i luftfart, alldeles särskilt i efterkrigets luftbro till Berlin, var Ground Controlled Approach (GCA).
Genom att använda Alvarez tvåpoliga antenn för att få en väldigt hög optisk upplösning möjliggör GCA för markbaserade radaroperatörer som tittar på speciella precisionsskärmar att guida ett landande flygplan på landningsbanan genom att sända verbala kommandon till piloten.
Systemet var enkelt, direkt, och fungerade väl, även med tidigare otränade piloter.
Det var så framgångsrikt att militären fortsatte att använda det i många år efter kriget, och det var fortfarande i bruk i vissa länder på 1980-talet.
Med befolkningstillväxten skapades nya inhemska kvarter.
Rebeller från Alliansen av demokratiska krafter för befrielsen av Kongo intog Lubumbashi i april 1997.
Den höga höjden hjälper till att svalka klimatet, som annars skulle vara mycket varmt.
Sviktande hälsa minskade Hitchcocks produktionstakt under de sista två årtiondena av hans liv.
Hitchcocks filmer innehåller ibland rollkaraktärer som kämpar med sina förhållanden till sina mödrar.
Hitchcock föredrog att arbeta med sin tids främsta talanger – filmaffischdesigner som Bill Gold och Saul Bass – som tog fram affischer som pricksäkert representerade hans filmer.
En mental konflikt grep Herzl, mellan lusten för litterär framgång och en vilja att agera som en offentlig person.
Den 10 mars 1896 besöktes Herzl av Pastor William Hechler, den anglikanske prästen vid den brittiska ambassaden.
I ett avsnitt visas han vara en skicklig gitarrspelare.
Lenny är en ihärdig ungkarl som har otur med kvinnor.
Vid ett tillfälle antyds det att han är en agent under täckmantel, vars mål är Homer.
Efter att ha beslutat sig för att ägna sig åt teater skrev Winstone in sig vid Corona Stage Academy i Hammersmith.
Winstone försattes i konkurs den 4 oktober 1988 och igen den 19 mars 1993.
Disney fick också reda på att Universal ägde upphovsrätten till Oswald.
Disney vann ännu en heders-Academy Award, som bestod av en fullstorlek- och sju miniatyr-Oscarsstatyetter.
Detta kort ger ett underhåll som kan tas ut från bankomater för att köpa nödvändiga skolartiklar såsom böcker och uniformer.
Han byggde och renoverade även fem traditionella marknader 2013 och fyra traditionella marknader 2014.
Emellertid utropade hans rival Prabowo Subianto också sin seger, vilket försatte Indonesiens invånare i förvirring.
Före sitt tillträde till posten ville Jokowi att den avgående presidenten Yudhoyono skulle ta ansvar för beslutet att ytterligare öka bränslepriserna genom att ta bort fler subventioner.
Hans officiella biografi hävdar också att Kim komponerade sex operor och tycker om att sätta upp utstuderade musikaler.
Med råd från Alexander lyckades han utarbeta en kompromiss: han skulle läsa vid universitet men skulle studera litteratur.
Barrie skrev in sig vid University of Edinburgh där han skrev teaterrecensioner för Edinburgh Evening Courant.
Han tog examen och erhöll en Fil.Mag. 21 april 1882.
Efter att ha följt en jobbannons som hans syster hittat i The Scotsman arbetade han i ett och ett halvt år som anställd journalist på Nottingham Journal.
Han återvände sedan till Kirriemuir.
Bara 3000 kopior gavs ut av första utgåvan.
2009 hade den totala försäljningen av The Power of Now och A New Earth in North America uppskattats till tre miljoner respektive fem miljoner kopior.
Några kristna forskare kritiserar Tolles läror medan andra hyllar dem.
Hennes senaste icke-skönlitterära är om Margaret Douglas, grevinna av Lennox.
Hon fann övergången till skönlitteratur lätt, och förklarar ”varje bok är en inlärningskurva, och man måste hålla ett öppet sinne”.
För att undvika ett liknande dilemma med Jasmine beslöt filmskaparna till sist att låta prinsessan animeras helt och hållet vid en studio.
Med hennes utseende färdigställt blev Jasmine Disneys första icke-vita prinsessa i motsats till att vara av europeisk härkomst.
Tematiskt representerar Jasmine även samhälleliga rättigheter, rastolerans, social hierarki, såväl som liv, frihet och jakten på lycka.
Emellertid fanns det inget mer allmänt erkännande av hennes motstånd under kriget och humanitära arbete fram till efter slutet på det kommunistiska styret i Polen.
Really Really Love You släpptes i augusti och nådde topp 50: ”Shaky Ground”, den tillhörande singeln, dök upp i september men Geyer var redan i USA.
Efter att ha åtnjutit en karriärtopp hemma i Australien återvände Geyer för att bo i Los Angeles 1984 för att koncentrera sig på att slå sig in på musikscenen där.
Efter att dess uppgång avstannat på Billboard 200 som nr 96 klättrade Thought 'Ya Knew till nr 31 i Storbritannien, men albumet var bara kvar på listan två veckor i Storbritannien.
Efter hennes avsked började Peniston spela Den Goda Häxan Glinda i en teaterproduktion av musikalen The Wiz.
Wilkes återvaldes och utestängdes två gånger till innan underhuset beslöt att hans kandidatur var ogiltig och förklarade tvåan som vinnare.
Graftons regering upplöstes 1770 vilket lät Torypartiet under ledning av lord North återta makten.
George var djupt troende och tillbringade timtal i bön, men hans religiositet delades inte av hans bröder.
George förfärades av vad han såg som deras lösa seder.
1770 avslöjades hans bror prins Henry, hertig av Cumberland och Strathearn, som äktenskapsbrytare och följande år gifte sig Cumberland med en ung änka, Anne Horton.
Hennes album Wild West från 1981 var ett av hennes mest säljande.
Vid den här tiden hade extravagant spenderande och en rad av dåliga investeringar av hennes investerare lämnat henne nästan barskrapad.
I juni 2012 släppte det isländska bandet Sigur Rós en video till låten ”Fjögur Píanó” med LaBeouf i, där han uppträder naken.
Louis Post Dispatch kallade den för ett av LaBeoufs bästa framträdanden.
Bilen slog ut i lågor, och Kenseth gick därifrån.
Elliot var på faderns begravning på dagen för loppet.
2003 dominerade han i poängställningen och ledde de sista 33 av 36 lopp och blev 2003 års NASCAR Winston Cup-mästare, den siste föraren att någonsin få den titeln. Rafferty släppte två album till under 1990-talet i vad musikern Tom Robinson senare beskrev som ”en ordentlig återkomst till högform”.
On a Wing and a Prayer (1992) återförenade honom med hans Stealers Wheel-partner Egan på flera spår.
Den inkluderar tre spår som skrivits tillsammans med Raffertys bror Jim, även han en singer-songwriter, som hade skrivit på för Decca Records på 1970-talet.
Rafferty spelade in en ny version av sin Humblebums-låt ”Her Father Didn't Like Me Anyway” på albumet Over My Head (1994).
Dessa var de två sista skivor Rafferty producerade med Hugh Murphy, som dog 1998.
Minst 330 000 personer, inklusive 10 000 tekniker, var inblandade.
Stalin hade börjat att uppmuntra Abakumov att bilda sitt eget nätverk inom MGB för att motverka Berias dominans i maktministerierna.
Mönstren som presenteras av datan från Petén-regionen och Uaxactun gjorde att dessa platser kunde passas in i den kulturella utvecklingen av de mayanska lågländerna.
Artikeln av Thompson antar att maya var ett i grunden ”fredligt” folk eftersom de saknade ett uppenbart försvar.
Segel finns inte representerade i förhistorisk mesoamerikansk ikonografi eller texter, istället teoretiseras det att kanoter användes som den primära metoden för vattentransporter för antika maya.
