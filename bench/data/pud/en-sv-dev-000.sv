”Fast mycket av den digitala övergången är utan tidigare motstycke i USA, är det fredliga överlämnandet av makten inte det”, skrev Obamas specialassistent Kori Schulman i ett blogginlägg i måndags.
För de som följer växlingar på sociala medier på Capitol Hill, kommer detta bli lite annorlunda.
Men som ett avbrott från sin tidigare retorik om att inskränka invandring, tillkännagav den republikanske kandidaten att han som president skulle tillåta ”kolossala mängder” lagliga invandrare baserat på ett ”förtjänstsystem”.
”Så jag hatar att ge er en liten börda, men republikens öde vilar på era axlar”, sade han till folksamlingen som kommit till en idrottsplan på University of North Carolina.
De nya utgifterna finansieras av Clintons stora bankkonto.
Det hon säger och det hon gör, det – faktiskt, det är otroligt.
5 000 dollar per person, det högsta belopp som tillåts.
Tidigt i oktober använde övergångsteamet samma lokal för att träffa tekniklobbyister och bjöd in representanter från Uber, Motion Picture Association of America, Consumer Technology Association och andra grupper.
Sammankomsten var ursprungligen planerad till Washingtons privata Metropolitan Club på H Street några kvarter bort.
Kanske var klädkoden för stel.
Snarare än att lära ut vetenskaplig metod som ett separat moment, till exempel, lär sig eleverna vetenskapligt innehåll genom att tillämpa det.
De ligger som det nationella genomsnittet i klass 4 och bättre än det nationella genomsnittet i klass 8.
I jämförelse kostade det 103,7 miljoner dollar att bygga NoMa infyllnadstunnelbanestation, som öppnade 2004.
”Vi möter stor konkurrens, och vi tror att överfarten kan hjälpa”, sade Joe Sternlieb, ordförande för Georgetown BID.
Rimlighetsstudien uppskattar att det skulle ta passagerare ungefär fyra minuter att korsa Potomacfloden med gondolen.
Ett vittne berättade för polisen att offret hade attackerat den misstänkte i april.
Det finns paralleller att dra här mellan spel och våra vardagsliv.
Den andelen har ökat stadigt med åren – bara 11 procent av de samlade rösterna lades före valdagen 1996 enligt folkbokföringsbyrån – och det verkar troligt att den kommer öka ordentligt igen.
Idag är kanske Khanzir en ensam gris, men han är inte alltid ensam.
”Vi har bett andra stater att hjälpa oss befolka djurparken med olika djurarter, inklusive en gris”, sade Saqib.
Det fanns en tidpunkt, sade mr Panvalkar, då han kände att de borde lämna byggnaden.
Hon åtalas även för att ha försökt mörda sin tvååriga dotter.
Hon mördade Andre Price III genom att pressa hans ansikte mot en luftmadrass i hennes vardagsrum innan hon försökte göra samma sak mot sin dotter Angel, sade polisen.
Jag åker i fängelse ändå, hoppas det var värt det.
Först började en av de yazidiska kvinnorna att gråta, sedan en av hennes vänner.
Mr Osborne gick med i en talaragentur efter att ha blivit avskedad i juli.
Michael Fallon sade att datumet för den första kapningen av stål skulle hjälpa till att säkerställa nya investeringar och skydda hundratals kvalificerade arbeten till 2035.
Löftet om nya beställningar från Royal Navy för att säkra Clydes varvsindustri gavs före den skotska folkomröstningen om självständighet 2014. Det är som allra tydligast när en kändis namn från början är riktigt ovanligt.
Och 2007, på höjden av dess popularitet (och, möjligen, Knightleys) var det ett av de 50 vanligaste namnen, med tre gånger fler småbarn med namnet Keira än Kiera.
Det sydkoreanska företaget trodde att ett batterifel var orsaken och bytte sin egen komponent mot ett tredjepartstillverkat batteri.
Flera analytiker har föreslagit att Huawei har bäst position för att tjäna på Samsungs tillbakagång.
Mate-9-telefonerna saknar ett artificiellt intelligens-gränssnitt, som Google Assistant eller Apples Siri.
Men en reseexpert varnade att internet under flygning ofta var opålitligt och troligen inte skulle påverka resenärers val av flygbolag.
Men det kan vara så att BA och IAG har knäckt det och kan erbjuda något som kan verka pålitligt.
Företaget berättade för BBC att det skulle vara varje flygbolags ansvar att besluta om att debitera passagerarna en åtkomstavgift. Fler personer skulle finna flygplats-wifi mer användbart än att kunna skicka e-post på ett flygplan.
Det är som en superkraft ibland.
Strategin ger intäkter genom sponsorer och marknadsföring.
10-veckorskursen har ”certifierats” av brittiska spionmyndigheten GCHQ.
Men några säkerhetsexperter väckte frågor om behovet av kursen och avsikten bakom den.
Tidigare hade jetplanen bara setts av bloggare.
Naturligtvis kommer Kina presentera mängder av annan militär maskinvara den här veckan från attackhelikoptrar till sjöflygplan.
Och då Kina positionerats som världens största luftfartsmarknad det närmaste årtiondet är showen en möjlighet för Beijing att demonstrera sina ambitioner för civil luftfart såväl som för försvar.
Tyvärr är det återigen fåtalet som förstör det för flertalet, skrev Jesse LaBrocca, grundare av Hack Forums, i ett meddelande som förklaring till varför avdelningen stängdes ner.
De ”nyliga händelserna” är troligen attackerna den 21 oktober som tillfälligt slog ut populära webbsidor som Reddit, Twitter och Spotify såväl som många andra.
Analyser påvisade att historiska mängder data hade använts för att orsaka störningen.
En FN-rapport över nationella planer för att minska kolet säger att de är långt under de nivåer som behövs för att hålla ökningen av den globala temperaturen under 2 °C.
Många vetenskapsmän säger att teknologi för att avlägsna kol från luften nu kommer behövas för att möta målen från Paris.
Vi rör oss i rätt riktning: Paris-avtalet kommer att sakta ner klimatförändringarna, vilket även det nyliga Kigali-tillägget för att minska HFC:er kommer att göra, sade Erik Solheim, chef för FN:s miljöorgan.
Investeringar inom detta område ökade med 6 % under 2015 till 221 md dollar.
Det är fantastiskt att de fick Parisavtalet men deras insatser är för tillfället inte i närheten av målet på 1,5 grader.
Den genomfördes just utanför den mexikanska kusten mellan april och juni.
Detta kommer sätta nya begränsningar för de klimatförändringar som skedde över jorden och för så många arter – inte bara dinosaurierna – innebar undergången.
Ett bevis för detta meteoritmaterial kommer troligtvis vara höga nivåer av grundämnet iridium.
Lite mer än 70 % av plantorna som odlats med jordfröer var vid liv efter 17 dagar – bara lite mer än plantorna som odlats från rymdfröer – just över 66 %.
Resultatet av detta experiment ger ytterligare stöd för att ruccolafrön kan flygas och förvaras på den internationella rymdstationen ISS i sex månader utan att det väsentligt påverkar deras förmåga att gro och växa på jorden.
RHS samlade in kommentarer som skickats in av skolbarn och lärare som deltagit i experimentet.
Det finns fortfarande en ”usch”-faktor i hela tanken med att köpa och bära andra människors kroppsdelar, säger hon.
I Kina stoppas håret vanligtvis i ett kemiskt bad för att ta bort kutikulan helt och hållet, förklarar Tarlo.
Genom historien har den internationella hårmarknaden alltid haft en politisk dimension, säger Tarlo.
I natt utför vi bestraffningar med ett helljus, står det i meddelandet.
Shenzhens trafikpolis har valt okonventionella straff förut.
Vilka är de?
Mycket av debatten, från Demokraternas sida i år, har handlat om vit manlig identitet.
Jag frågade henne efteråt om hon förstod varför personer kanske röstar på Trump.
Inte alla kan lösgöra sig från det.
Som tur är var någon hos Sony Australien typ ”Jo, förresten, märkte ni det här?”, säger Pall. Seagal skapade rubriker när han beskrev Rysslands agerande på Krim, som landet annekterade 2014, som ”väldigt rimliga”.
Som flitig gitarrist spelade han en konsert där samma år.
Seagal, vars farmor kom från Vladivostok i Rysslands östligaste delar har gjort flera resor till Ryssland de senaste åren och besökte Kamtjatka och Sakhalin i september.
Tidigare i år gavs Seagal serbiskt medborgarskap efter att ha erbjudit att starta en kampsportsskola i huvudstaden Belgrad.
En talesperson för polisen berättade för AP att det förekom ”en ordväxling” som följdes av ett ”gräl” men att inga skador hade rapporterats.
Cuaron, vars senaste film var den oscarsvinnande Gravity, var enligt rapporterna inte på plats på inspelningen när incidenten skedde.
Enligt stadens polismyndighet utbröt ett slagsmål efter att ”en stor grupp människor… som identifierade sig som distriktsmyndigheter” anlände till inspelningsplatsen i tisdags.
Forskare har undersökt potentialen för manliga hormonella preventivmedel i ungefär 20 år.
Han tillade: ”Detta har varit ett steg i en lång resa för att hitta den rätta kombinationen för manliga hormonella preventivmedel”.
Emellertid finns det många MLA:er med djupt hållna religiösa trosuppfattningar som motsätter sig all ny lagstiftning.
Forskare säger att analys av tumörers DNA kan hjälpa till att förklara de bakomliggande orsakerna till andra sorters cancer.
Analysen visar en direkt koppling mellan antalet cigaretter som rökts under en livstid och antalet mutationer i tumörens DNA. De kunde däremot inte hitta samma mönster i vävnaden som urinblåsan, som inte är direkt exponerad.
Ms Pugh har fått behandling vid Papworths och Addenbrookes sjukhus i Cambridgeshire.
Men en undersökning visade att tumören i Ms Pughs högra lunga växer och hon har varit tvungen att lämna försöket.
Om Donald Trump blir president kommer regeringen här fortfarande vara tvungen att arbeta med honom för att driva fram vad för gemensam agenda som kan finnas, för att säkerställa att kanadensiska företag och intressen representeras i Washington.
Trudeau kommer att utsträcka den inbjudan till USA:s 45:e president, vem han eller hon än må vara.
Trots publiceringen av ett foto i morse säger polisen i B.C. att de har fler frågor än svar i ett fall där en till synes hemlös man åtalas för en dödlig knivattack på en tonårig flicka vid hennes high school i Abbotsford.
Polisen i B.C. sade tidigare att Klein inte verkade ha något tidigare brottsregister och släppte ut vaga detaljer om hans senaste vistelseorter.
Vi tror inte att den misstänkte har någon koppling till den här skolan, eller till de två flickorna, eller specifikt till Abbotsfordområdet, sade hon.
Han sade även att Klein inte ville kommunicera, samarbeta eller ville gå upp från celler under domstolen för att närvara vid sitt förhör.
Sammanslutningen som representerar fastighetsmäklare i Ontario säger att mer måste göras för att skydda konsumenter och bestraffa mäklare som ertappas med att ha varit inblandade i oetiska affärer.
Han skulle också vilja se större övervaknings- och undersökningsbefogenheter för Real Estate Council of Ontario (RECO) som reglerar mäklare i provinsen.
I nuläget är den högsta bot som RECO kan ålägga en mäklare 25 000 dollar.
Men Kinas växande medelklass har varit ovanligt högljudd med sina klagomål över giftig luft i städer som Beijing som kan uppleva dag efter dag med lungtilltäppande smog.
Vi ser många, många länder, och särskilt stora nya utsläppare som Brasilien, Sydafrika, Indien och Kina som stiger fram när det kommer till att spela en roll i att minska utsläppen, sade Guilbeault.
Han kunde också vänta till slutet av sin första mandatperiod för att använda ett villkor i Parisavtalet för att dra sig ur överenskommelsen.
Clinton med allierade försöker under tiden hålla strålkastarljuset på Trump, och menar att hans nedsättande kommentarer om kvinnor och minoriteter, samt hans temperament gör honom olämplig som president.
Det är inte vad vi behöver i vårt land, gott folk.
Trumps fru, Melania Trump, gjorde sitt första framträdande på turnén sedan det republikanska partikonventet i juli.
Studenter som Rai har träffat kuratorer på skolan för att prata om det som hände, men hon säger att den största trösten har kommit från att träffa sina vänner.
Detta är en katastrof för smärtpatienter, sade Mailis i torsdags i en intervju med CBC News.
