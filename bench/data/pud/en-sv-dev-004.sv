833 e.Kr. blev detta staten Stormähren i och med erövrandet av furstendömet Nitra (nutida Slovakien).
Deras första kung var Mojmír I (härskade 830–846).
Ludvig den tyske invaderade Mähren och ersatte Mojmír I med dennes brorson Rastiz som blev St. Rastislav.
Utöver det bestämmer författningen val av fullmäktige för regioner och storstadsdistrikt.
Fastän Island stod under Danmarks politiska kontroll fram till ett mycket senare datum (1918) har väldigt lite inflytande och inlån från danskan skett i det isländska språket.
Det finns även språk härledda från finskan, som har utvecklats separat, kända som meänkieli i Sverige och kven i Norge.
Stadieväxling är ett fenomen i både finska och nordsamiska dialekter, men saknas i sydsamiskan, vilken anses ha en annan språkhistoria.
Den norra delen av Kaukasus är känd som Nordkaukasus och den södra delen som Transkaukasus.
Atmosfären är ett kaotiskt system, så små förändringar av en del av systemet kan växa och få stor påverkan av systemet som helhet. Under nederbörd i form av regn absorberar och löser vattendropparna upp koldioxid från den omgivande luften.
Ett exempel på väderkontroll nyligen var Kinas förberedelser inför de olympiska spelen sommaren 2008.
Format av globala plattektoniska krafter som skapat den östafrikanska riften, är östra Afrika platsen för Kilimanjaro och Mount Kenya, de två högsta bergtopparna i Afrika.
De senare spred även islam till kustbandet, men de flesta Bantufolken hade aldrig kontakt med Islam och förblev anhängare av afrikansk traditionell religion.
Frankrike integrerade Kameruns ekonomi med Frankrikes och förbättrade infrastrukturen med kapitalinvesteringar och kvalificerade arbetare, och modifierade systemet med tvångsarbete.
1 oktober 1961 förenades det tidigare brittiska Sydkamerun med franska Kamerun för att bilda Förbundsrepubliken Kamerun.
Arbetsdepartementets fynd om de värsta formerna av barnarbete rapporterade att 56 % av barn i åldrarna 5–14 var arbetande barn och att nästan 53 % av barn i åldrarna 7–14 kombinerade arbete och skola.
Sahelens klimat liknar, men är mindre extremt än, det i Saharaöknen alldeles i norr.
I juni till augusti 2010 drabbade svält Sahelen.
Flera antika civilisationer uppkom runt Medelhavets kuster och influerades storligen av sin närhet till havet.
Det gav vägar för handel, kolonisering och krig, såväl som mat (från fiske och samlande av andra födoämnen från havet) för talrika samhällen genom åldrarna.
På grund av det delade klimatet, geologin och tillgången till havet tenderade kulturer som centrerades till Medelhavet att ha ett visst mått av sammanflätad kultur och historia.
Två av de mest framstående medelhavscivilisationerna i den klassiska antiken var de grekiska stadsstaterna och fenicierna, vilka båda koloniserade Medelhavets kustlinjer i hög grad.
Senare, när Augustus grundade det Romerska imperiet hänvisade romarna till Medelhavet som Mare Nostrum (”Vårt hav”).
Blindleia är en av skär skyddad vattenled som börjar nära Kristiansand i södra Norge och fortsätter förbi Lillesand.
På danska kan ordet även tillämpas på grunda laguner.
Liksom fjordar är sötvattenssjöar ofta djupa.
Alkoholhaltiga drycker som öl, mjöd, bjórr (ett starkt fruktvin) och, för de rika, importerat vin serverades.
Vad än reglerna var slutade ofta striderna med att en av hingstarna dog.
Schlei och våtmarkerna mellan Danevirke och Husum hade frusit igenom en svår vinter och landområdet omedelbart söder om Danevirke hade erövrats av den framtågande tyska armén.
Denna reträtt kom som en överraskning för den Österrike-preussiska armén, och nästan hela den danska armén lyckades slutföra evakueringen.
Det resulterade dock i att viktiga tunga artilleripjäser övergavs, och det är en fråga för historisk diskussion varför järnvägen till Flensburg aldrig användes ordentligt för evakueringen.
Nyheten om reträtten kom som en chock för den danska allmänna opinionen som hade ansett att Danevirke var ointagligt, och general de Meza entledigades raskt från sitt befäl.
Danevirke har förblivit i tysk ägo sedan dess.
Mängden varor som transporterades på Donau ökade till ungefär 100 miljoner ton 1987.
Den största delen av Donaudeltat ligger i Rumänien (länet Tulcea), medan dess norra del, på den vänstra sidan av Chilia-armen, ligger i Ukraina (Odessa Oblast).
Klimatet är så torrt att dessa slätter ibland anses vara en del av Sahara.
Det skiljer sig från den västra delen av landet i det att dess framträdande topografiska drag inte går parallellt med kusten.
Norra Algeriet är i den tempererade zonen och åtnjuter ett milt medelhavsklimat.
Den första och främsta var Ohiofloden som rinner ut i Missisippifloden.
I konfliktens kärna fanns frågan om huruvida Kansas skulle uppgå i unionen som en fri stat eller slavstat.
Nationella reaktioner på händelserna i Kansas visade hur djupt delat landet hade blivit.
I färg visar löven en stor variation av grönt som löper från gulaktig till blåaktig.
Inhemska amerikaner över hela Amerika förlitade sig på den som en basvara i sina medicinska kurer.
Kristna kyrkor i nordvästra Europa och Ukraina använde ofta pilkvistar i stället för palmer vid ceremonierna på palmsöndagen.
Alperna ger de europeiska låglanden dricksvatten, bevattning och hydroelektrisk ström.
Städer som Milano är beroende av vatten som till 80 procent kommer från smältvatten från Alperna.
Vatten från floderna används i över 500 hydroelektriska kraftverk, som genererar så mycket som 2 900 kilowatt elektricitet.
Stora europeiska floder rinner från Schweiz, såsom Rhen, Rhône, Inn, Ticino och Po, som alla har sina källor i Alperna och rinner in i omkringliggande länder för att till slut rinna ut i Nordsjön, Medelhavet, Adriatiska havet och Svarta havet.
Studiet av vulkaner kallas vulkanologi, ibland stavat vulkanologi.
I allmänhet exploderar de inte katastrofalt.
Global uppvärmning har orsakat en förändring i regnperiodernas mönster.
Den innehåller en liten lagun som nästan har torkat ut.
Den utropades till naturskyddsområde 1975.
Undersökningar och expeditioner till ön fortsätter.
Sådana bosättningar började troligtvis runt 1000 f.Kr. när östmelanesier reste norrut.
Under familjens tid i Kentucky och Indiana arbetade Thomas Lincoln som bonde, skåpbyggare och snickare.
Förstörelse av livsmiljöer ökar storligen ett områdes sårbarhet mot naturkatastrofer som översvämningar och torka, missväxt, sjukdomsspridning och vattenförorening.
Å andra sidan kommer ett friskt ekosystem med goda ledningsprinciper minska risken för att dessa händelser inträffar, eller kommer åtminstone mildra deras negativa effekter.
Jordbruksmark kan faktiskt lida av förstörelsen av det omgivande landskapet.
Människor förlorar också direkt användning av naturliga livmiljöer när de förstörs.
Papua Nya Guinea betecknas ofta som möjligen världens värsta plats när det kommer till könsrelaterat våld.
Dessa växtfamiljer finns fortfarande i Papua Nya Guinea.
Nord- och Sydamerika behandlas som åtskilda kontinenter i sjukontinentsmodellen.
Christofer Columbus seglade över Atlanten till Västindien 1492, vilket utlöste en period av europeiskt upptäckande av Amerika.
Dessa är inte särskilt populära på grund av de ofta avlägsna och väglösa platserna.
Olika privata intressen äger den återstående marken, sammanlagt runt en procent av staten.
Detta är också den enda regionen i Alaska med medeltopptemperatur över fryspunkten under vintermånaderna.
En mångfald av inhemska folk bebodde Alaska i tusentals år innan européer kom till området.
Det var här de stal en liten kanot som lämnats av de australiensiska aboriginerna i regionen.
Allt eftersom Brisbane växte förvärrades flodens tillstånd tills när den som värst inte var mer än ett öppet avlopp och en soptipp.
1987 utropades till ”flodens år” av Brisbanes dåvarande överborgmästare, Sallyanne Atkinson.
Sand- och dammstormar är naturliga fenomen som uppkommer i torra regioner där marken inte skyddas av ett vegetationstäcke.
Dammstormar börjar i öknarnas utkanter snarare än i själva öknarna där de finare materialen redan har blåsts bort.
Då en stadig vind börjar blåsa börjar små partiklar som ligger på marken att vibrera.
Vid högre vindstyrka lyfts några partiklar upp i luftströmmen.
När de landar träffar de andra partiklar som i sin tur kan ryckas upp i luften, vilket startar en kedjereaktion.
I Thailand har dock urbaniseringen också resulterat i massiva ökningar av problem som fetma.
Åskstormar är sällsynta, då staden rapporterar åska bara sju dagar per år.
Vid 1340 hade Kairo en befolkning på nästan en halv miljon, vilket gjorde den till den största staden väster om Kina.
Samtidigt gynnade ytterligare styrning av Nilen bebyggelse inom ön Gezira och längs stadens flodbankar.
Nevadas industriella produktion består av turism, gruvdrift, maskinindustri, tryckeri och förlag, livsmedelstillverkning och elektronisk utrustning.
Namnet ”Karibien” härleds till kariberna, en av de dominerande inhemska amerikanska grupperna i regionen vid tiden för kontakten med européerna vid slutet av 1400-talet.
Efter upptäckten av Amerika av Christofer Columbus 1492 tillämpades den spanska termen Antillas på landen, och stammande från det blev ”Antillernas hav” ett vanligt alternativt namn för ”Karibiska havet” i olika europeiska språk.
Under det första århundradet av utveckling var den spanska dominansen i regionen obestridd.
Från 1500-talet identifierade européer som besökte den karibiska regionen det ”Södra havet” (Stilla havet, söder om Panamanäset) i motsats till det ”Norra havet” (Karibiska havet, norr om samma näs).
Karibiska havet hade varit okänt för befolkningarna i Eurasien fram till 1492 när Christofer Columbus först seglade in i Karibiska vatten med uppdraget att hitta en sjöväg till Asien.
Tyvärr har en snabb befolkningstillväxt och stadsspridning täckt mycket av dessa ekosystem med bebyggelse.
Kapstadens lokala styre är City of Cape Town, vilket är en stadskommun.
Uppsatsen, utgiven som Undersea, var en livfull berättelse om en resa längs havets botten.
Hon drog också fördel av sina personliga kontakter med många statsanställda vetenskapsmän, som försåg henne med hemligstämplad information.
Vid mitten av 1962 hade Brooks och Carson i stort sett avslutat redigeringsarbetet och höll på att lägga grunden för att marknadsföra boken genom att skicka ut manuskriptet till utvalda individer för slutliga förslag.
På 1350-talet var kung Gongmin till sist fri att reformera Goryeos regering när Yuan-dynastin började förfalla.
Sedan 1960-talet har den sydkoreanska ekonomin vuxit enormt och den ekonomiska strukturen transformerades radikalt.
Det innefattar vanligtvis en låg grad av bebyggelse, såsom rustika picknickområden, bänkar och gångstigar.
Australiens Royal National Park, upprättad 1879, var världens andra officiellt upprättade nationalpark.
Först och främst var villkoret på öppet utrymme till nytta för stadsborna och lokalbefolkningen inom ett område som snabbt höll på att bebyggas.
