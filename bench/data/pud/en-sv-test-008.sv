Till skillnad från det från 28 oktober har mr Comeys brev knappt kommenterats.
Om hans demokratiske motståndare skulle väljas försäkrade han att hon skulle vara ”under utredning i åratal”.
Om någon inte kan hantera ett twitterkonto, kan de inte hantera kärnvapenkoderna, hånade Obama.
Enligt programmet kommer hon att tala 23:45.
På tisdag kan Amerikas förenta stater välja den första kvinnliga presidenten i dess historia.
Å andra sidan lämnar Ms Clintons relationer med kontinenten över de senaste tjugo åren mycket övrigt att önska.
AKP:s islamistiska konservativa har tagit denna vägran som ett rättfärdigande för utfrågningarna.
En tredjepartsmajoritet är nödvändig, specifikt rösterna från 367 parlamentsledamöter (av 550), medan 330 röster behövs för att framkalla en folkomröstning.
I torsdags, den 3 november, beslöt borgmästaren av Saint-Gaudens (i Haute-Garonneregionen) att avbryta stadsutvecklingsöverenskommelsen med regeringen som slöts 2014.
Den senare övervakar de republikanska primärvalen, i vilka Rachida Dati stödjer Nicolas Sarkozys kandidatur.
I meddelandet anklagas tidigare justitieminister Brice Hortefeux för att vara ”fascist”, ”minister (idiot) för inrikes affärer” och en ”ligist”.
Vad är gränserna som kan förhindra uttrycket av trosuppfattningar vid privata företag?
Även om majoriteten av situationer som uppstår på arbetsplatsen kan lösas utan konflikt.
Är det tillåtet för arbetare att ha religiösa föremål på sina skrivbord?
Fackförbundet Force Ouvrière beklagar att dess anmärkningar på guidens innehåll inte inkluderades: ”Det var egentligen inte någon överläggning,” sade Ms. Gillard. Guiden är problematisk, för det första eftersom den har tagits fram ”i ett sammanhang av undantagstillstånd”.
Denna klausul inkluderar tiden det tar att resa till klienternas hem under arbetstid.
De två organisationerna skickade in ett överklagande som förkastades av kassationsdomstolen den 12 oktober.
Den avser att ta restiden med i beräkningen efter att ha dragit av denna från den arbetstid som faktiskt utförts, utan att kunna mäta den faktiska restiden.
Arbetstiden som utförs denna första timme är mer eller mindre lika med 45 minuter.
ETA är på väg ut, avslöjade den franska kontingenten.
Han anmärkte också att ”förekomsten av ett sådant dokument kunde leda till konsekvenser som är lika troliga som de är oacceptabla”.
Det Franska digitala rådet, som ger råd om lagförslag i linje med frågor om digital teknologi, kunde också granska det.
Enligt Le Figaro kan denna regeringsplan frigöra upp till 42 miljoner euro, varav 15,5 miljoner skulle gå till säkerhet.
Frankrike har inte något bra rykte. "Tina Anselmi föddes den 25 mars 1927 i Castelfranco Veneto; hon växte upp i en antifacistisk katolsk familj, som präglades av förföljelsen av hennes militant socialistiske fader. "
Då hon alltid stått nära det Katolska fackförbundet ägnade sig Tina Anselmi särskilt åt textilarbetares och lärares rättigheter.
Det är svårt att tänka sig att Italien har färre kilometrar tunnelbana än Madrid.
Det har betonats att vi absolut inte kan fortsätta med de som är helt emot Italien.
Vi kommer att utvärdera huruvida och hur vi ska fortsätta till nästa del.
Hitlåten är ”Geronimo” av Sheppard.
De som har åldern inne kommer att erbjudas 500 euro av staten, att spendera före 31 december 2017.
Det skapas en voucher som kan sparas på din smartphone eller uppvisas i kassan.
Från den 1 januari kommer det vara en ökning på bensin och diesel.
CGI Mestre har uppgett i en notering att det inte kommer förekomma någon höjning av moms, i alla fall inte under 2017.
En nivå som i båda fall är i topp för EU.
Den senaste siffran hänför sig till 24 oktober förra året och säger oss att vår diesel kostar 1,335 euro per liter jämfört med eurozonens genomsnitt på 1,165 euro.
En betydligt högre kostnad vilken klart överskrider genomsnittet för de länder som använder den enda valutan, vilket motsvarar 1,365 euro per liter.
Corrado Passera drar tillbaka erbjudandet för Mps på grund av ”den attityd av fullkomlig slutenhet som banken har visat oss”.
Som det anges är beslutet ECB:s prerogativ och det skulle verka olämpligt för banken att uttala sig å dess vägnar genom att utesluta möjligheten att se på andra alternativ.
Det är vad som skrivits i en anteckning till Mps efter ex-ministerns beslut att lämna partiet.
Den kommer att gå ut på beskattning.
Studenter vid LUISS University meddelades under ett möte som ägde rum i Rom.
Fyra studenter vid Roma Tre University har utvecklat en motorcykelhjälm som kan ”läsa tankar” genom att hjälpa till att förutse förares handlingar.
Ett av exemplen på forskning som tillämpas under säkerhetsåtgärder har också producerat en humanoid robot för att tävla med Valentino Rossi.
I utbyte kommer Uber få en investering på en miljard dollar och en plats i styrelsen för det kinesiska företaget.
Fler och fler teknikföretag styr dagordningen mer än någonsin förut på Wall Street, till och med mer än i Silicon Valley.
Amazon har blivit det fjärde amerikanska företaget med det högsta börsvärdet, överträffande ExxonMobil.
Ledarna för företag som Spotify, Tesla, Uber och Snapchat kommer att delta vid en privat tillställning utöver Mountain View Summit.
Presidenten för Madrid-regionen, Cristina Cifuentes, representerar de mest konservativa, medan ledarna för partiet, såsom den sektorielle understatssekreteraren, Javier Maroto, representerar de mest progressiva.
Durán agerar som talesman och Ángel Pintado som kassör.
För första gången under de senaste sex åren har arbetslöshetsgraden sjunkit under 20 % och det är redan 600 000 personer fler anställda än det var för ett år sedan.
Dess ledning, däremot, har inte varit utan kritik.
Fackförbunden har varit väldigt stridslystna och vid flera tillfällen har de krävt ett upphävande av den lagstiftning som Fátima Báñez är mest stolt över.
Denna avdelning står nu inför nya utmaningar.
Dessutom kommer regeringen behöva hantera ännu en ”het potatis”.
Försvarsministern har tillåtit henne att stanna kvar som generalsekreterare för partiet för tillfället.
De rådfrågade källorna har sagt att det är ”100 % Cospedal”.
Trots dessa var det inte alla i partiet som förstod meddelandena som presidenten försökte skicka dem igår.
Barón de Claret, den enda i regeringen med en adelstitel.
Pedro Sánchez, liksom många andra socialister, sade i programmet Évole att Spanien är en nation av nationer.
Och vad är det med partierna i vad, i historiska rättigheter?
Federico Fellini sade en gång: ”Clownen är för mänskligheten vad skuggan är för människan”.
Han står ensam framför publiken och, i slutändan, måste han ta fram det bästa hos sig själv för att få publiken att skratta.
I krigsfilmer eller cowboy och indianfilmer var slagen, slagsmålen och misshandeln inte av denna värld.
Betoning, skarp ironi, rättframma antydningar och andra väl använda verbala knep passar in i parlamentarisk talarkonst, men att peka finger och slapstickkomedi gör det inte.
Han tror att ingen som väntar på oss väntar på oss.
Kanske är det anledningen till att tårar väller fram och grumlar hans pupiller medan tidens stavelse bringar hans skörd i dagen och släpper ifrån sig hans mysterium till det bundna vattnet.
Och de måste hälsas med ett öppet sinnelag och klart tankesätt för de utgör den nya generationen av skönhet och hopp.
Som en följd är inte Trump särskilt oroad över latinamerikanernas röst på en nationell nivå.
Den tidiga röstningen tyder på att latinamerikanerna den här gången kommer att gå och rösta i större antal, men det är osäkert om denna ökning kommer att ge något utslag.
Det kommer att ske protester och andra saker, det är redan planerat alltihop, berättade oppositionen för El Mundo.
Dussintals FSLN-anhängare firar redan segern på Plaza de las Victorias.
May har fått stor kritik för att ha undvikit och inte svarat öppet till media efter rättsutlåtandet om Brexit.
Grundad 1925 som spel för vem som helst drar utomhusteatern på de stora trapporna framför St. Michael fortfarande en blandad publik.
Den festliga dedikationen ägde rum den 30 april 1955.
1882 togs ett telegrafsystem utrustat med 34 brandlarmssignaler i drift. 1992 togs den tidigare dockteaterns mark, som hade lämnats till kommunen, över av spelarna och de anställda.
Detta har att göra med en av de få byggnaderna i stadskärnan som undgick förstörelse vid slutet av Andra världskriget.
1832 såldes det före detta klostret till fabrikören Georg Reichenbach av staten Württemberg under villkoret att etablera en bomullsfabrik där.
De islamiska medborgare som har bosatt sig sedan början av 1960-talet emigrerade i huvudsak från Turkiet.
Bland dem finns det före detta klostret till klosterkyrkan för St. Petrus och Paulus.
Det historiska rådhuset i Obermarsberg härstammar från 1200-talet och renoverades efter trettioåriga kriget.
Det finns olika teorier om anledningarna att lämna platsen.
Golden Gate Park, som är över fyra kilometer lång, erbjuder en botanisk trädgård, ett planetarium, en japansk trädgård och ett akvarium.
Den tjänstgör som en lokal plats för vila och avkoppling för San Franciscoborna.
Yerba Buena-trädgården anlades i början av 1990-talet på taket till Moscone North Convention Center.
Sedan 1960-talet har stadens ekonomi varit i brant förfall. Under 2010 års allmänna val lyckades arbetarpartiet vinna alla sju röstningsdistrikt.
Både tidpunkten och händelseföljden för incidenten diskuterades energiskt.
I april 2012 tillkännagav den turkiske presidenten Erdogan sina regeringsplaner på att frigöra Bosporen genom att bygga Istanbulkanalen parallellt med den.
Osmanerna ville förhindra att spannmål fraktas vidare eftersom de hade ett stort behov av det.
Osmanska imperiet och Ryssland förvägrades tillstånd för att hålla deras örlogsflottor i Svarta havet.
Till sin omfattning tillhör den de mest omfattande kulturerna för perioden, för vilken många platser är kända.
Liksom för majoriteten av platser i södra Europa dateras fynden tillbaka till tidigt 400-tal f.Kr.
Troligtvis är den mest välkända personen från kopparåldern Ötzi, den frusna mumie som levde under 3300 f.Kr.
De låg huvudsakligen på kullar.
Dessutom är dess process för förgyllning av koppar anmärkningsvärd.
