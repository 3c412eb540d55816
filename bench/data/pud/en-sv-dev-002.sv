Teoretiskt sett kan ett par öppna fyra Tesco-konton och tjäna 3 % på 12 000–360 pund.
Samtidigt tjänar Bank of Scotlands kunder 3 % på saldon på 3 000–5 000 pund när de lägger till det kostnadsfria Fördels-alternativet till sitt konto.
Den 3%-räntan tillämpas också på innehavare av Nectar-kort som vill låna 15 001–19 999 pund på en period mellan två och tre år.
Svavel är ett nyckelnäringsämne för växter för frisk tillväxt, men marker i Förenade kungariket har en naturlig brist på detta nödvändiga mineral.
Spola framåt till 2016 och detta är allt mer värt att uppmärksamma.
Fast det kan verka förvånande har även moln med surt regn sin silverkant.
Världen må vara förargande och absurd – men någon har i alla fall självrespekten att fortsätta protestera mot detta faktum.
Du börjar lyssna mer uppmärksamt efter nästa ljud och blir mer irriterad när det kommer.
Det är bara rent förfärligt.
Det är rimligt att säga att Rocco Catalano arbetar, lever och andas retro.
Jag tror det är därför de fördjupat sig i mönster och färg.
Catalano flyttade tillbaka till området efter att han bott i London och sedan Glasgow, där han hade studerat smyckesdesign vid Glasgow School of Art.
”Jag älskade de tropiska färgerna”, säger han.
”Jag besöker examensutställningarna vid Northampton University för att hitta nya talanger”, säger han.
Naturligtvis bjuder kontorslandskapet på många kläder men erbjuder föga i matväg.
Wintour själv syns helt kort, och blir filmad när hon tar på sig sina solglasögon innan hon blir intervjuad.
Jag tittade på motocross och ju mer jag kollade desto mer dök det upp en viss kvinnas ansikte, i fotografier som såg ut som om de var från 1970-talet. Jag älskar att leka med det, och jag letar alltid efter musor som passar in på beskrivningen för det är så intressant att göra en kollektion när jag hittar en.
Som bäst är det naivt och som värst skulle det återigen låta skyttelobbyn komma undan.
Deras chef för miljöpolicy Jeff Knott konstaterade: ”Jag skulle bli förbluffad om antingen ett förbud eller licensiering infördes som en följd av detta”.
RSPB:s ståndpunkt har även gjort att det kommit i konflikt med flera ledande naturvårdare, från namninsamlingens författare Mark Avery till TV-presentatören Chris Packham.
Låt oss bara säga att han har fel.
Och vad är då Australiens ståndpunkt?
Om detta kommer en dagordningspunkt i Marocko att handla mitt på lördagen när industriländer får fråga ut varandra offentligt om deras planer och ambitioner.
”Vi funderar aktivt över möjliga sätt att minska lagföringens omfattning till bara de som har en verklig ställning inom ett projekt”, citerades han att ha sagt.
”Keltiska havets torsk kan kollapsa,” utan de föreslagna minskningarna, sade en EU-representant.
Men stora minskningar har redan skissats ned vad gäller torsk, sjötunga, spätta, glasvar och sej i Keltiska havet och Irländska sjön.
Miljövårdare välkomnar kommissionens tillkännagivande.
Bara 50 var marknadsplatser.
”Agora var enbart för inbjudna men många av dessa marknadsplatser är lättåtkomliga om du vet hur du ska leta”, lägger dr Lee till.
De hade dem inte på min tid, och personer utan barn uttrycker genom sitt missnöje allt sitt hat för modern uppfostran.
Jag tar inte lätt på att kalla det för en best.
Dag tre var jag tillbaka på EMicro.
Världen – och i förlängningen Storbritannien – står inför en brist på personer med de färdigheter som krävs för att ordna ett effektivt försvar.
Företag kan försöka ställa upp en brandvägg mellan känsliga system och främmande makt, men det fungerar inte alltid.
Men de kan åtminstone gillra fällor för att förvirra och avskräcka – ett koncept känt som ”aktivt försvar”.
Efter att ha upptäckt en rik åder av internetdiskussion om ämnet hade min lista vuxit omåttligt lång och täckte nästan varje stat i unionen.
Jag lade märke till några stycken.
Min nästa anhalt var Bellingham, alldeles uppe vid den kanadensiska gränsen.
Tillbaka på tåget fortsätter vi söderut. En liten stad med två minareter glider förbi.
Vid varje station har en vakt i röd mössa uppsikt över perrongen och en hjulknackare går längs tåget med en hammare och knackar försiktigt på underredet.
Sedan, gå runt och titta på morgonmarknaden (6:30–10 på förmiddagen): risslickepinnar, getingkokonger (pupporna anses vara en delikatess), buffellunga, betelnötsbark och -löv, levande paddor och kattfisk.
Ingripandet är möjligen det mest långtgående som Beijing gjort sedan överlämnandet av Hong Kong från Storbritannien 1997.
Eden innefattar att lagstiftarna svär trohet till Hong Kong som en del av Folkrepubliken Kina.
Hong Kongs regering, som leds av Beijing-vänliga lagstiftare, har ansett att paret inte bör tillträda posten.
”Beijing anser att ingripandet är nödvändigt för att undvika ett fortsatt dödläge i stadens lagstiftande”, sade han.
Hong Kong verkar samtidigt bereda sig för en våg av protester.
För BBC:s Andrew Marr Show berättade han: ”Ett allmänt val är ärligt talat det sista som regeringen vill ha.” Det är hans dröm att sluta sin karriär här.
Att spela lika en match du dominerat är lätt att skaka av sig, men att göra så tre gånger i rad tyder på en svaghet.
Vi är så besvikna eftersom vi har tappat sex poäng när vi spelat hemma.
Det var definitivt fallet för Andy när han spelade mot Benoît Paire i Monte Carlo i april.
Men just nu är allting paj och han verkar söka efter svar hela tiden.
Jag undrar också om Davis Cup spelade in.
Den årliga enkäten visade också att oron över att ta på sig nya ekonomiska bördor har skjutit i höjden.
Ms Hopley lade till: ”Den plötsliga ökningen i politisk risk bör inte gå obemärkt förbi.”
Nyheten om företagets bedrägeri – som hade pågått i flera år – sänkte VW:s värde med tiotals miljarder euro och kostade högste direktören Martin Winterkorn hans jobb.
Det har även öppnat upp VW för enorma skadeståndsanspråk, rättsliga åtgärder och har sett det ta mer än 16 md euro i avskrivningar.
Sonderingen började i juni, med fokus på Mr Winterkorn och märkeschef Herbert Diess, som ännu är kvar hos biltillverkaren.
Han befordrades till ordförande i oktober 2015, månaden efter att skandalen uppdagades.
Företag hade förväntat sig att minska i juli, direkt efter Brexitomröstningen, men har istället kunnat fortsätta växa stadigt.
Detalj- och partihandel expanderade då shoppare förblev positiva, och konsumenttjänsteföretag växte även de.
Det kommer dock att finnas begränsningar för hans förmåga att spendera, eftersom regeringen fortfarande har ett betydande budgetunderskott.
Kostnaden kommer att ändras varje månad och priset förväntas stiga under vintern allt eftersom användningen ökar.
Eons fasta avgiftstariff kostar 760 pund och Avro Energys kunder skulle betala 760 pund för dess Simple and Select-tariff.
Eller är det en dyr standard- eller förbetalningstariff?
En investerare med genomsnittlig tur och 10 000 pund i obligationer skulle kunna räkna med att erhålla 125 pund i vinster varje år.
Om de gjorde det skulle premieobligationer vara omöjliga att särskilja från vanliga sparkonton.
Detta har inte hindrat investerare från att flockas för att sätta in sina pengar i fonderna.
Det följdes av Aviva Investors Multi Strategy Target Return och Income-fonderna, i vilka investerarna satte in 2 md respektive 1,4 md pund.
Detta betyder att de inte har tjänat på den ökning som sterlingens fall har orsakat hos tillgångar utomlands.
Adidas hjälper till att städa jordens hav genom att använda det skräp som flyter omkring i världen för att göra skor.
Konsumenten kan öka efterfrågan på förändring.
En stor rapport i januari sade att haven skulle innehålla mer plast än fisk år 2050 om inte världen vidtog radikala åtgärder för att hindra att skräp läcker ut i haven.
Efter en del genial kirurgi och mycket väldigt krävande rehabilitering är jag fullt återställd.
Med en varning om att NHS nu var under ”enormt tryck” bad han allmänheten att ta mer ansvar för sin egen hälsa.
Fyra av tio vuxna har skadats på grund av dåligt väder medan nio av tio underskattar hur kyligt Storbritannien kan bli vintertid.
De kommer att spela på lördag 10 juni.
Förra året var ett otroligt år och jag är redo för att vi kommer tillbaka ännu bättre 2017.
Hon började vid RSC i mitten av sextiotalet med att spela en intagen mentalpatient i Marat/Sade.
Klänningen är samtida.
Var kommer all hennes energi ifrån? Eller den där rösten, som kan stöta ut med en kraft som framkallar chockvågor?
Hennes hals skjuter fram i en åder-framhävande konfrontation, hennes händer skakar.
Men att ha låtit Glenda få en sådan fullträff, vem kan klandra det?
Han arbetade på nyhets- och aktualitetssidan av radio och TV i årtionden.
I teorin, om det görs rätt, är det oupptäckbart.
Släpp mikrofonen.
Enligt regissörens egen beräkning har han till dags dato gjort åtta långfilmer.
Film hade förändrats så drastiskt att Hollywood hade alienerat familjepubliken.
På en nivå fungerar den som en vänlig opretentiös hjärtevärmare som verkar skräddarsydd för att ses en söndag eftermiddag.
Och, såklart, så har vi Bob, en ständig källa till underhållning.
Resultatet sedan är knappast något kalas.
För en modern publik, som till största del inte har så stor erfarenhet av frontlinjeskonflikter, hör Doss bedrifter hemma i det ofattbaras rike.
Doss historia har också en osannolik kvalitet som gör den så mycket mer tilltalande.
Alla sjukvårdarna var beväpnade utom jag.
