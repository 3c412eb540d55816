Med Qing-dynastins fall 1911 förklarade Mongoliet under Bogd Khaan sig självständigt.
Men den nyligen bildade Republiken Kina betraktade Mongoliet som en del av sitt territorium.
Yuan Shikai, Republiken Kinas president, ansåg att den nya republiken var efterföljare till Qing.
Bogd Khaan sade att både Mongoliet och Kina hade administrerats av manchuerna under Qing, och efter Qing-dynastins fall 1911 hade kontraktet för den mongoliska underkastelsen till manchuerna blivit ogiltigt.
Området som kontrollerades av Bogd Khaan var ungefärligen det samma som Yttre Mongoliet under Qing-perioden.
I sin hast att erövra Kadesh begick Ramses II ett stort taktiskt misstag.
Sannerligen prisade den första vetenskapliga rapporten om slaget av James Henry Breasted från 1903 källorna som möjliggjorde rekonstruktionen av slaget med säkerhet.
Ramses, som inte hade logistiska möjligheter att upprätthålla en lång belägring, återvände till Egypten.
Den egyptiske faraon fann sig så i Norra Amurru, långt bortanför Kadesh, i Tunip, dit ingen egyptisk soldat hade varit sedan Thutmosis III nästan 120 år tidigare.
Den här gången påstod han sig ha utkämpat slaget utan att ens brytt sig om att ta på sig sitt bröstharnesk förrän två timmar efter att striderna började.
Det exakta året för giftermålet mellan Herodes Antipas och Herodias är föremål för debatt mellan forskare.
Då Herodes var i Jerusalem vid den tidpunkten bestämde Pilatus att skicka Jesus till Herodes för att ställas inför rätta.
Enligt Nya testamentet tillbringade Paulus arton månader i Korint, uppskattningsvis sjutton år efter sin konvertering.
Det senare datumet kan bara ha infallit på en fredag om en undantagsmässig inskottsmånad införts det året, men detta gillades av Newton.
Det är möjligt att räkna ut vilken fas månen stod i en viss dag för två tusen år sedan men inte huruvida den var dold av moln eller dis.
Fort byggdes även i de äldre delarna av Nya Frankrike som inte ännu hade sett några bosättningar.
Det lade grunden för integration där statens ekonomiska och juridiska maskineri kunde tillämpas genom hela Medelhavet på samma sätt som en gång gjordes från Latium för hela Italien.
Varje dikt återberättar bara en del av kriget.
Senare skulle dramatiker, historiker och andra intellektuella skapa verk inspirerade av det trojanska kriget.
Det förutsades att han antingen skulle dö av hög ålder efter ett händelsefattigt liv, eller dö ung på ett slagfält och få odödlighet genom poesi.
Detta omkastades dock snart när Julian dödades i strid år 363.
De sista olympiska spelen tros ha hållits år 393.
1072 skickades Shen för att ha tillsyn över Wangs program för att utvärdera uppbyggnaden av slam i Bian-kanalen utanför huvudstaden.
Med användning av en originell teknik lyckades Shen muddra kanalen och demonstrerade det uppsamlade slammets väldiga värde som gödsel.
Hans rykte vid hovet ökade när han skickades ut som sändebud till den khitanska Liao-dynastin under sommaren 1075.
Khitanerna hade genomfört flera aggressiva förhandlingar om att utvidga sina gränser söderut, medan de manipulerade flera inkompetenta kinesiska ambassadörer vilka gick med på Liao-kungadömets krav.
Medicin studerades också, särskilt i södra Italien där muslimsk medicin influerade skolan vid Salerno.
Tiberius rapporteras ha ångrat sin avfärd och anhöll om att få återvända till Rom flera gånger, men varje gång avslog Augustus hans anhållan.
Han verkar ha önskat att Senaten och staten helt enkelt hade agerat utan honom och hans direkta befallningar var ganska vaga, och orsakade debatt mer om vad han faktiskt menade än om att godkänna hans lagar.
Gudarna representerade tydligt det dagliga livets praktiska behov, och de beviljades skrupulöst de riter och offergåvor som ansågs lämpliga.
Detta var med båt från den europeiska kontinenten.
Kultlämningar som upptäcktes på platsen var en rad av tio stora upprätta stenar, kända som massebot, uppställda i nord-sydlig riktning varav den högsta var tre meter, med en altarliknande struktur i mitten och en stor fyrkantig stenskål.
Det exakta syftet bakom dessa megaliter diskuteras fortfarande, men de kan ha utgjort en kanaanitisk ”hög plats” från medelbronsålder, ca 1600 f.v.t.
Den kanaanitiska staden förstördes i en brand, troligtvis i släptåget av ett fälttåg av den egyptiska faraon Thutmosis III.
Den äldsta kända historiska hänvisningen till staden hittas på en inskription över erövrade platser vid Thutmosis tempel vid Karnak.
Tell Amarna-breven, som kommer från 1300-talet fvt, inkluderar tio brev från kungarna i Gezer som svär trohet till den egyptiske faraon.
Thailändska födelsebevis noterar datum månad och tid för födseln, följt av veckodag, datum enligt månkalender och det tillämpbara zodiakdjurets namn.
Hennes djur enligt zodiaken är apa och året för hennes traditionellt viktiga sextonde födelsedag var 1992.
Thailändares gynnsamma färger för dagen ges i tabellen över veckodagar, som följs av kopplingar till bilder på Buddha för varje dag i veckan.
Det kinesiska nyåret och andra högtider som uppmärksammas av thailändska kineser varierar i förhållande till båda, då dessa beräknas enligt den kinesiska kalendern.
Dessutom stärkte han försvaret mellan Egypten och Asien genom att bygga härskarens murar i den östra deltaregionen.
Han regerade bara i femton år, vilket det finns bevis för i den ofullständiga naturen hos många av hans byggnadsverk.
Trots detta verkar de båda ha hållit åtminstone delar av Nedre Egypten.
Den 9 september 2002 lurades Aldrin till ett hotell i Beverly Hills under föregivelsen att han skulle intervjuas för ett japanskt barn-tv-program om rymden.
1519 blev han härskare över det Habsburgska kejsardömet och fick titeln Helig romersk kejsare 1530.
Karl hade trots sina stränga handlingar setts som en härskare med empati för Nederländernas behov.
1566 presenterade ett förbund av runt 400 medlemmar ur adeln en anhållan till guvernör Margaret av Parma att avbryta förföljelsen till dess resten hade återvänt.
Dess kamp mot det Osmanska imperiet i Medelhavet innebar stora begränsningar för den militära styrka det kunde sätta in mot rebellerna i Nederländerna.
Ett astronomiskt observatorium från bronsåldern uppfördes där runt 1900 f.Kr. och hjälpte det närliggande samhälle som bodde där fram till runt 700 f.Kr.
Tre markeringar lokaliserar soluppgången vid sommar- och vintersolstånden och de två dagjämningarna.
Fyra andra ger de minsta och största deklinationerna för fullmånen: på sommaren och på vintern.
Två mäter längden på månens månader.
Dess betydelse vilar på två fakta.
Under den post-klassiska perioden i Yucatán användes ett tredje system.
Ursprunget för ordet Hispania är mycket omstritt och bevisen för de olika spekulationerna baseras enbart på vad som i bästa fall är rena likheter, troligtvis slumpmässiga, och tveksamma stödjebevis.
Men inverkan av Hispania på nykomlingarna var också stor.
Under romaniseringens första steg delades halvön i två delar av romarna i administrativa syften.
Till 200-talet hade kejsaren Carcalla gjort en ny indelning som bara varade en kort tid.
De hade blivit så rörda av skönheten hos området vid Rudyard Lake att när deras första barn hade fötts hänvisade de till det när de namngav honom.
Under sin tid där mötte Kipling även, och blev förälskad i, Florence Garrard som steg ombord med Trix vid Southsea (dit Trix hade återvänt).
Stephen Wheeler, redaktören, drev Kipling hårt men Kiplings behov av att skriva var ohejdbart.
Tillbaka i Lahore förekom runt trettionio historier i Gazzete mellan november 1886 och juni 1887.
Vid den här tiden hade han allt mer börjat tänka på framtiden.
Jin Ping Mei, utgiven 1610, markerar, fastän den innehåller tidigare material, trenden mot självständig sammansättning och intresse för psykologi.
Högre andel av pojkarna som skrivs in vid fortsättningsskola, inkomst per capita och ekonomisk tillväxt hade alla betydande effekt på att minska risken för inbördeskrig.
Specifikt minskade en manlig inskrivningsgrad i fortsättningsskola på 10 % över genomsnitt risken för en konflikt med cirka 3 % medan en tillväxt 1 % högre än studiens genomsnitt resulterade i en minskning i risken för inbördeskrig med cirka 1 %.
Studien tolkade dessa tre faktorer som ställföreträdare för förtjänster som försakas genom revolt, och därför att lägre försakade förtjänster stimulerar revolt.
Uttryckt på ett annat sätt: unga män (som utgör den stora majoriteten av stridande i inbördeskrig) är mindre troliga att gå med i en revolt om de får utbildning eller har en trygg lön, och rimligen kan anta att de kommer att ha framgång i framtiden.
Låg inkomst per capita har föreslagits som en anledning till missnöje, som leder till beväpnat uppror.
Arabrevolten som började 1916 vände förloppet mot osmanerna på mellanösternfronten, där de inledningsvis verkade ha överhanden under de två första åren av kriget.
Den diskuterar särskilt i flera passager de socialt och kulturellt degenerativa effekter krig har på själva mänskligheten.
Den dominikanske prästen Heinrich Kramer var assistent till ärkebiskopen av Salzburg.
1538 varnade den spanska inkvisitionen sina medlemmar för att tro på allting som Malleus sade.
Tvångsdop stod i strid med den katolska kyrkans lag, och teoretiskt sett kunde alla som hade blivit tvingade till dop lagligen återgå till judendom.
"Spanien hade kastat ut sin Sefardiska befolkning 1492; många av dessa spanska judar lämnade Spanien för Portugal men blev så småningom till måltavlor där med."
Den makedoniska östra gränsen säkrades nu vid floden Nestus (Mesta).
Filip marscherade sedan mot sina sydliga fiender.
I Thessalien besegrade han sina fiender och vid år 352 hade han fast kontroll över denna region.
Den makedoniska armén avancerade så långt som till passet vid Termopyle som delar Grekland i två delar, men den försökte inte att inta det eftersom det var starkt bevakat av en samlad styrka av atenare, spartaner och achaier.
Efter att ha säkrat Makedoniens gränsregioner samlade Filip en stor makedonisk armé och marscherade djupt in i Trakien för en lång erövringskampanj.
Katarina av Ryssland var också väldigt nöjd.
Genom hela kriget användes Pearl Harbor frekvent i amerikansk propaganda.
Denna idealiserade vision av Romanov-monarkin förblindade honom för det faktiska tillståndet i hans land.
Det ryska imperiet var en anhopning av olika etniciteter som hade uppvisat betydande tecken på oenighet under åren före första världskriget.
Denna stadsstat uppkom under samma period som Sukhothai.
Denna kontakt med väst under 1500-talet ledde till en period av djupgående ekonomisk tillväxt då lukrativa handelsrutter bildades.
Armén presterade väl i strid mot Kuba.
Den var dock alltför inriktad på små utposter i väster och inte lika väl förberedd på en konflikt över havet.
Den förlitade sig på frivilliga och statsmilistrupper, som mötte logistiska, träningsmässiga och livsmedelsrelaterade problem i uppställningsområdena i Florida.
Förenta staterna befriade Kuba (efter en ockupation av USA:s armé). Enligt fredsavtalet överlät Spanien till Förenta staterna sina kolonier Puerto Rico, Guam och Filippinerna.
Offensiven mot den stora armé som Venedig anlitat påbörjades från Frankrike.
1563 hade Venedigs befolkning sjunkit till runt 168 000 personer.
Det har dock gjorts omfattande statistisk analys av demografi- och befolkningsdata som inkluderar kvinnor, särskilt i sin barnafödande roll.
Det mesta av informationen om perioden kommer från begravningsplatser och det gravgods som påträffats i dem.
