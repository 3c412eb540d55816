Starlin tog över som historieplanerare följande utgåva, och började utveckla en utstuderad historieföljd som centrerades på den skurkaktige Thanos, och spreds ut över flera Marvel-titlar.
Samtidigt i mitten av 1970-talet bidrog Starlin med ett lager av historier till den självständigt publicerade science-fictionantologin Star Reach.
Genom sin mormor var Mishima en direkt ättling till Tokugawa Ieyasu.
1955 började Mishima träna med vikter och hans träningsrutin med tre pass i veckan avbröts inte under de sista 15 åren av hans liv.
Mishima stödde en väldigt individuell sorts nationalism mot slutet av sitt liv.
2011 utnämndes Blunt till ambassadörska för den nya Yves Saint Laurent-doften, Opium.
Blunt spelade huvudrollen 2011 i den brittiska komedin Laxfiske i Jemen regisserad av Lasse Hallström och med Ewan McGregor och Kristin Scott Thomas som motspelare.
Samma år syntes hon kort i Disneys The Muppets, som Miss Piggys receptionist.
Hon spelade huvudrollen i filmen The Five-Year Engagement från 2012, regisserad av Nicholas Stoller och med Jason Segel som motspelare.
"I januari 2011 började Blunt spela in en amerikansk science-fictionfilm, Looper, i regi av Rian Johnson med motspelarna Bruce Willis och Joseph Gordon-Levitt; filmen kom ut i september 2012."
Valentino försökte fjärma rollkaraktären från det stereotypa porträttet av en arabisk man.
Lord Halifax, Lord President of the Council, besökte Tyskland privat i november och träffade Hitler och andra tyska befattningshavare.
I ett tal till kabinettet kort efter att tyska styrkor korsat gränsen lade Chamberlain skulden på både Tyskland och Österrike.
I maj sköt tjeckiska gränsvakter två sudettyska bönder som försökte korsa gränsen in i Tjeckoslovakien utan att stanna för gränskontroller. Under den här tiden lämnades Marcelle ofta ensam i kammaren medan Piaf och Mômone var ute på gatorna eller på klubben och sjöng.
Dessa var nästan helt bortglömda tills efter Smiths död.
Ett annat tema i Skylark-romanerna blandar in föregångare till modern informationsteknik.
Så tidigt som 1926 hade Meyer skrivit till Irène Joliot-Curie för att föreslå att Rona arbetade med henne för att lära sig hur hans laboratorium kunde framställa sina egna poloniumprover.
När Hans Pettersson lyckades ordna tillgångar för att betala för Ronas utgifter tillät Joliot-Curie henne att komma och studera polonium-separation vid Curie-institutet i Paris.
Rona utvecklade en förbättrad metod för förberedelse av poloniumkällor och produktion av alfastrålning.
Då hon fått ett rykte som en expert i ämnet tog hon med sig de färdigheterna tillbaka till Radiuminstitutet tillsammans med en liten skiva polonium.
Den skivan gjorde det möjligt för Rona att skapa laboratorieprover av polonium, vilka användes i mycket av institutets efterföljande forskning. Under säsongsuppehållet 2013 dök hon upp på CTV Montreal som en gästande väderpresentatör.
Hon mötte härnäst den regerande mästaren och toppseedade Sara Errani, men blev besegrad.
Bouchard led en chockerande tresetsförlust.
När deras dotter Cecily gifte sig med Richard Plantagenet, den tredje hertigen av York, och fick flera avkomlingar, inklusive Edward IV och Richard III, blev Joan mormor till två York-kungar av England.
Johan av Gent dog 1399.
Riddaren Lyvet släpptes och hans följare slängdes in i Towern.
För inte så länge sedan skilde han sig från skådespelerskan, Gloria Holden, men var fortsatt kär efter det äktenskapliga uppbrottet.
Han spelade Humphrey Bogarts yngre bror, en sorglös playboy, i Sabrina (1954) mot Audrey Hepburn.
Han valde att inte försöka få en tredje mandatperiod i den följande valcykeln.
1980 års presidentkampanj mellan Reagan och sittande president Jimmy Carter genomfördes under inhemska oroligheter och den pågående gisslankrisen i Iran.
Republikanerna tog över senaten för första gången sedan 1952, och vann 34 platser i representanthuset, men demokraterna behöll fortfarande majoriteten.
Han återhämtade sig och skrevs ut från sjukhuset 11 april, vilket gjorde honom till första sittande president att överleva att bli skjuten i ett lönnmordsförsök.
Reagan trodde att Gud hade räddat hans liv så att han kunde fortsätta för att uppfylla ett större syfte. Bloch är intresserad av att etablera hopp som den vägledande principen för sin marxism och betonar den implicita humanism som är inneboende i mystisk tradition.
En ordentlig teologi skulle därför behöva konstrueras i ljuset av dess framtida mål.
Pebe flyttade familjen till Nashville, Tennessee 1991 efter att ha säkrat ett nytt utgivningsavtal för sitt låtskrivande.
Kesha och Pebe skrev låten ”Stephen” tillsammans när Kesha var 16, Kesha letade sedan rätt på David Gamson, en producent hon beundrade, från Scritti Politti som gick med på att producera låten.
Fram till augusti 2015 har Kesha släppt väldigt lite information om hennes kommande tredje studioalbum.
Den här gången nådde det honom, men han vägrade att tro att hon inte längre ville vara gift med honom.
Wright föddes i Poole, Dorset, men växte huvudsakligen upp i Wells, Somerset.
Wright har en bror, Oscar, som är serietidningskonstnär, som bidrar med bildmanus, concept art och reklambilder för Edgars filmer.
Wright är en vän till regissörskollegan Garth Jennings, och gjorde gästroller i hans filmer Liftarens guide till galaxen och Son of Rambow.
Stormakterna fullgjorde inte önskemålen för erkännande av Albanien.
Vid inledningen av Londonkonferensen i december 1912 förkastade ambassadörerna för alla sex av stormakterna planen för att etablera ett självständigt Albanien.
I stället bestämde de att Albanien skulle stå under osmanskt suzeränitet men med en autonom regering.
Efter att det stod klart att det Osmanska imperiet skulle förlora hela Makedonien och dess territoriella förbindelse med Albanien förstod stormakterna att de behövde ändra sitt beslut.
Londonfördraget, underskrivet 30 maj 1913, delade upp betydande delar av det territorium som Albanien gjorde anspråk på, oavsett dess etniska uppbyggnad, mellan de allierade på Balkan och minskade Albaniens territorium till dess centrala regioner.
Poliserna lyckades besegra 53-åringen under handlingen i söndags morse.
Kung Salaman ersatte den politiske veteranen med chefen för finansiell övervakning, Mohammed al-Jadaan.
Olja, guld eller livsmedel, såsom vete, är naturresurser, i vilka investerare investerar miljarder över hela världen.
Med 71 mål på 137 internationella matcher har han slagit rekord i antal mål för DFB.
Med hjälp av betalkortsuppgifter utreder Essen-polisen fyra personer som stod bredvid och såg på medan en pensionär dog på en bank.
Talesmannen uteslöt inte möjligheten att andra också skulle utredas.
Eftersom serie 1 inte längre är den gamla, kan många användare spara 100 euro.
Bilden visar tydligt den smala pekskärmsstrimman ovanför tangentbordet som har förutsetts i rykten.
Man vet inte på vilket sätt de båda dramatikerna skulle ha arbetat tillsammans.
En svensk studie har visat att djur sällan, om alls, landar efter den 2 månader långa parningsperioden.
Enligt Parker är Ryska underrättelseagenter aktiva i stora antal i Storbritannien.
Ryssland tillkännagav ett inställande av kontraktet i början av oktober.
Lagen beskriver ett antal villkor vars uppfyllelse kan få överenskommelsen att gälla igen: USA skulle behöva dra tillbaka alla sina trupper från länder som gått med i NATO efter 2000, upphäva alla sanktioner mot Ryssland samt ersätta de kostnader som har uppkommit som en följd av sanktionerna.
Det är en politisk process och jag har beslutat att inte vara närvarande, så var det sagt.
Om en turkisk anställd slutar så kommer de turkiska arbetsråden.
Ur denna synvinkel är förlegade strukturer och en självbelåten elit anledningen till varför sjukvårdssystemet, utbildningen och utrikeshandeln i USA är i så dåligt skick.
Kühn kan bara skaka på huvudet.
Tidningen ”Die ZEIT” förhörde sig först med fastighetsföretaget om dess tveksamma kassaflöden och hotet om insolvens i juli.
Häxtimmen börjar åtminstone när den läskiga orgeln spelas, som i 60-talshiten Monster Mash.
Von Beust rättfärdigade kostnadsökningarna som en brist på detaljerad planering.
Simon Krätschmer famlar runt ensam genom den fallfärdiga, olycksbådande baracken.
Det är för att varje mirakel och varje specialiserat distrikt tar upp ett helt fält.
Produktion av smartphonemodellen avslutades helt.
Det var 30 augusti 2015, medan en armé av ankor erövrade internet.
Smartphonegenerationen fick en app den förtjänade där, i bästa fall, den mest idiotiska situation fick en publik på miljoner.
Å andra sidan var Vine konst på sex sekunder.
Och nu är han även världsmästare.
För Kerber markerar säsongsavslutningen icke desto mindre slutet på ett otroligt år.
Efter sensationen vid Australian Open förlorade 28-åringen för första gången i sista matchen mot Serena Williams.
Det är nu bara oklart i vilken.
Grälar du med din väckarklocka?
Det står klart: Män kan ha mer ansvar i preventivmedelsfrågor.
Enligt kristen tro var en grav som var inbäddad i kalkstenen Jesus sista viloplats.
Anledningen till att marknadsföra videon i Tyskland är oklar. Jag utfrågades av poliserna, på deras oefterhärmligt dumma sätt, om jag kände författaren Günter de Bruyn och huruvida vi är intellektuellt besläktade.
Den kanadensiske utredaren av flygplanskraschen Larry Vance berättade för SPIEGEL att han är övertygad att en av piloterna avsåg att landa maskinen på havsytan – så den skulle sjunka.
De australiensiska experterna drog nya slutsatser av undersökningen av en vingklaff från Boeing som hade spolats upp i Tanzania i östra Afrika.
Frågan kanske inte är över för Barroso.
Bytet av Barrosos orsakade en stor uppståndelse.
De aktuella arresteringarna är ”en fortsättning på fifflet mot oss”, sade Dündar.
För tillfället har överenskommelsen mellan Aoun och Hariri fört de två fiendefaktionerna närmare tillsammans.
Maken till den nuvarande kandidaten till Vita huset, Hillary Clinton, benådade ett antal personer, även inräknat Rich, den sista dagen för sitt presidentskap, 20 januari 2001.
Dündar varnade Europa för att ha för mycket förståelse för Erdogans sätt.
Adnan Z. Amin, generaldirektör för den Internationella organisationen för förnyelsebara energier (IRENA), är säker: ”Vindkraft till havs kan bli den största energikällan i en global ekonomi som är fri från kolbaserad energi.”
De bra siffrorna i Asien drev raskt upp aktiemarknaderna.
Man förväntar sig en knuff uppåt från den blomstrande fastighetsmarknaden och ökande federala utgifter.
De två målningarna av Lucas Cranach den äldre som ställs ut är särskilt iögonfallande.
Därför kommer de irriterande tecknen inte helt försvinna: Enligt information från nyhetsbyrån dpa, kommer de bara aktiveras om, till exempel, artisten eller skivbolaget inte är medlem i GEMA och inte har ett avtal med YouTube.
"Föroreningarna attackerar inte bara de outvecklade lungorna på de små; de kan även leda till långvarig nedsättning i utvecklingen av den uppväxande hjärnan."
Det är ingen överraskning att de federala och statliga regeringarna har klassificerat det nationella naturarvet som en landsomfattande strävan av högsta prioritet och har dokumenterat dess början 2005 i ett koalitionskontrakt.
