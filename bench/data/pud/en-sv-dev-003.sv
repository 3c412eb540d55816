När Millican dog antog vi att det var det sista vi skulle se av buggiga, ryckiga Odi också.
Fungerar serie två så här långt?
”Superhjältar är utanför den mänskliga erfarenheten och det är det här med, så jag behandlade det som ett drama”, säger Zimmer. Men Cottons mörka dåd uppstod inte på grund av någon sorts tvång att döda.
Cotton föddes 31 oktober 1832 i en by nära Sunderland.
Kanske spelar det ingen roll då jag inte kommer oroas särskilt länge.
Inte längre en tillbakablick till sjuttiotalet: flock – eller att täcka en yta med material – är inne igen.
Londons landmärke South Bank Tower anlitade inredningsarkitekten Rachel Winham för att designa visningslägenheten.
Så klart är den taktila trenden nära förknippad med vår växande fixering vid att göra saker.
Två år senare står Jutting, nu 31, inför Hong Kongs högsta domstol anklagad för två fall av mord och ett fall av att förhindra lagenlig begravning.
Jag vet inte varför jag valde henne …
I Hong Kongs högsta domstol, två år senare, verkade Jutting mestadels samlad.
Det är trots allt så att vår organisations prestationsförmåga sällan mäts i termer av hur säkra vi är eller hur många regler vi följer.
Som ett resultat öppnar många personer e-postmeddelanden eller klickar ouppmärksamt på länkar och bilagor utan någon tanke på konsekvenserna.
Först måste vi utbilda personer i hur de skyddar sig bättre online.
Till sist måste vi göra det lättare för folk att rapportera misstänkta säkerhetsluckor och skadliga e-postmeddelanden.
Röstning har, i terrorns jargong, blivit det nya mjuka målet.
Detta är en fråga om inrikes säkerhet av det mest existentiella slaget.
Tisdagen handlar helt om att få ut rösterna, men det betyder inget om en röstningsregistrerad person inte finns på listan.
Tillräckligt många av dem i ett hårt omtvistat område kommer att leda till kaos på valdagen.
North Carolina är nedslagsplatsen i det här valet.
Donald Trump är en pompös, arrogant person som känner sig berättigad att få allt han vill och som bryr sig om sig själv, och hans temperament är skadligt för USA.
Mer än 5,7 miljoner floridabor har redan gått och röstat efter cirka två veckor med personligt förtidsröstande.
Den republikanska ledningen skapades av stora antal poströster och deras övergripande ledning var ungefär 16 500 tidigare i veckan.
Det är valet, så klart, inte ”Game of Thrones”.
Martin har fortfarande två böcker kvar att avsluta i sin hyllade serie, vilka i nuläget har namnen ”The Winds of Winter” och ”A Dream of Spring”.
De nederländska studenterna har ännu inte bestämt om de kommer att kommersialisera sin elektriska motorcykel.
En taleskvinna för Harley-Davidson sade att de tidslinjer som flutit runt i medierna – 2017 eller 2020 – inte stämmer.
Amerikanska aktiespekulationer stiger med mer än 1 % vid sidan av europeiska marknader.
Investerare säljer statsobligationer, med amerikanska och australiensiska obligationer som de som känner av den hårdaste smällen.
Han tillskrivs äran för att ha hjälpt ansträngningar för att hantera de skuldberg som skapats av lokala ledningar i Kina.
Men det kom fram först efter att USA:s Environmental Protection Agency gjorde världen medveten om problemet.
Kina omättliga aptit på friterad kyckling brukade vara en stor anledning till att investerare älskade KFC:s moderföretag Yum Brands.
Med hjälp av American Civil Liberties Union utmanade de så småningom staten i ett fall som till sist fördes till USA:s högsta domstol.
Som filmen gör tydligt var Lovings – och särskilt Richard – motvilliga deltagare i historien.
Loving börjar med Richard och Mildred redan som ett par, efter en uppvaktning som skulle varit intressant att se, om så bara i korthet.
Kändisar, fans och till och med CNN-reportrar klär ut sig till karaktärer från ”Stranger Things” den här helgen.
Jag hade inte sett flera avsnitt och så började min telefon tändas.
Som en av Negans (Jeffrey Dean Morgan) främsta män ges han vissa friheter.
Norman är en av mina bra kompisar, så det sög fullständigt att se honom i det känsloläget.
Nya avsnitt följs av en eftershow, ”The Talking Dead”.
I städerna där vi lanserat oss eller är under uppbyggnad kommer vårt arbete att fortsätta, sade Barratt.
Ansträngningen på internet sades vara den främsta drivkraften för enhetens kapitalutgifter.
För tillfället är analytiker tveksamma till att skriva av tjänsten som död.
I Nederländerna har myndigheterna tagit till ett lågteknologiskt angreppssätt för att spåra drönare.
Microsoft tillkännagav i onsdags ett nytt arbetsplatschattverktyg som står redo att ta sig an branschälsklingen Slack.
Det fanns även ett alternativ för att skicka emojin, GIF:ar, egenskapade mem och klistermärken via plattformen, och att ansluta ens twitterflöde.
Åtgärden belyste företagets önskan att användare ska börja se på dess produkter som mer än bara produktivitetsverktyg.
Men dess senaste satsning in i spelet för chatt på arbetsplatsen är en del i en större trend från teknikföretagens sida.
Isner, som presterade en del av sin bästa tennis då han utjämnade allt i ett set och tvingade fram ett avgörande, gav också sin hyllning. Jag måste gratulera Andy – att bli nummer 1 i världen, det är en otrolig bedrift, sade amerikanen.
Par bluffar sig in i nordkoreansk golfturnering, lyder Brisbanes nionyheter.
Två australiensare, som enligt eget medgivande är usla golfare, bluffade sig in i en förstklassig golfturnering i Nordkorea.
Snowman brukade hoppa över det höga staket som skiljde de två ägorna åt och alltid återvända dit han kände sig hemma.
Han dök hela tiden upp vid min lada och jag skojade med grabben att han uppenbarligen inte ville bli såld.
Snowman tänkte inget speciellt om att Johnny Carson tog fram en trappstege och satte sig bak och fram på honom, tillägger han.
Jag var bara en pojke med leriga skor.
Det finns ingen parad och det har aldrig funnits en.
Det är ett evenemang som Mexico hoppas så småningom kunna stå som rival till Karnevalen i Brasilien.
Alejandra González Anaya, en av paradens kreativa chefer, förklarade för CNN varför Mexiko har beslutat att det är dags nu att bjuda på en sådan show.
Så det är underbart att kunna rädda det och ta med det till ett nytt format och en ny tradition för mexikaner.
Genom att färdigställa denna maglev-sträckning tror jag att regeringen förväntar sig större ekonomisk utveckling i Japan.
En F1-biljett ger tillträde till konserten samma dag.
Yas Marina Circuits hemsida har exakta tider.
För alla som vill se huvudstaden i all dess prakt är november ett utmärkt tillfälle att åka.
Det drivs också av uppväxten av moderna skyskrapor – som den visionära MahaNakhon, Bangkoks högsta byggnad. Inte alla omvandlingar i regionen har varit framgångsrika.
Nedgrävd 100 meter (328 fot) under marken är Pyongyang Metro ett av de djupaste pendlarsystemen i världen.
Hon talade med CNN Style om upplevelsen.
I Pyongyang såg jag några personer använda smarttelefoner, men långt färre.
Men arkitektur kan bygga broar mellan de levande och de döda och, i någon mån, göra gränsen otydlig.
När personer dör till följd av hög ålder i Indien är det meningen att det ska firas.
Designad av Juan Carlos Salas har den prisvinnande byggnaden ett skulpturliknande utseende och varje detalj har en innebörd.
Arkitektur hjälper inte avlidna människor, men den hjälper till att hålla minnet av dem vid liv hos de levande, säger han.
Urkunden gav tillstånd för bildandet av ett köpmannagille, drivet av stadens borgerskap som beskattade människor som passerade genom staden.
Det är exceptionellt rikt på mineraler, innehåller stora fyndigheter av guld, diamanter, och malm av mangan, bly, zink, nickel, kobolt och molybden.
Borträknat den nordvästra änden dominerar tajgan, och täcker en betydande andel av hela Sibirien.
Vinteruniversiaden 2019 kommer ha Krasnoyarsk som värd.
Exempel är Linjeöarna i Stilla havet och Maldiverna i Indiska oceanen.
Granitöar inkluderar Seychellerna och Tioman och vulkaniska öar såsom Sankta Helena.
Ett exempel på en ökenö skulle vara de små öarna utanför kusten av Baja California, Mexiko.
Den grekiska stadsstaten Aten, som var beroende av spannmålsimport från Skytien, upprätthöll under 400-talet f.Kr. kritiska allianser med städer som kontrollerade sunden, såsom den megariska kolonin Byzantion.
Dareios högt skattade befälhavare Megabazus hade ansvaret för att fullborda erövringen i Balkan.
De akamenidiska styrkorna erövrade Trakien, de grekiska städerna längs kusten och Paionierna.
Så småningom, ungefär 512–511 f.Kr., accepterade den makedoniske kungen Amyntas I den akemenidiska överhögheten och överlämnade sitt land som en vassalstat till det akamenidiska Persien.
Den multietniska akamenidiska armén innehöll många soldater från Balkan.
Dessutom förenades många ur den makedoniska och persiska eliten i äktenskap.
1912 grundades det första filmbolaget (Athina Film) och 1916 Asty Film.
2007 var den mest framgångsrika filmen El Greco, regisserad av Yannis Smaragdis.
I juli 1918 skrevs det fransk-monegaskiska avtalet under, vilket innebar ett begränsat franskt beskydd över Monaco.
Den verkställande makten består av en statsminister som regeringschef, som styr ett regeringsråd med fem medlemmar.
Dess polisstyrka innefattar en specialenhet som använder patrull och övervakningsbåtar.
Aktuella landvinningsprojekt inkluderar en utvidgning av distriktet Fontvielle.
Emellertid finns det viktiga skillnader i lag och rättsprocesser mellan Nordirland och England och Wales.
Bergeronklassificeringen är luftmasseklassificeringen med bredast acceptans.
Fast luftmasseidentifiering ursprungligen användes i väderprognoser under 1950-talet, började klimatologer etablera synoptiska klimatologier baserat på denna idé 1973.
En monsun är en årstidsbunden dominerande vind som håller i sig i flera månader, och för in en regions regnperiod.
En mångfald av germanska och stora slaviska stammar korsade genom Mähren under folkvandringsperioden innan slaverna etablerade sig under 500-talet e.Kr.
Vid slutet av 700-talet bildades det Mähriska furstendömet i det som idag är sydöstra Mähren, Záhorie i sydvästra Slovakien och delar av Niederösterreich.
