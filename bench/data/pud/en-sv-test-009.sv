Skärpan och närvaron av revolutionen på landsbygden oroade hovet och nationalförsamlingen i Versailles.
Händelsen var känd i Paris och orsakade mer upprördhet i en stämning som redan var laddad på grund av det höga priset på bröd och bristen på matvaror.
Hymnen mottogs väl och publiken krävde ett dakapo.
Jag förklarar de första internationella Olympiska spelen avslutade.
Det första världskriget förde med sig förändringar och nya utvecklingar i kolonialpolitik.
Den industriella revolutionen ägde rum i Storbritannien tidigare än i något annat land.
Suez-krisen visade begränsningarna för de gamla kolonialmakterna som Storbritannien och Frankrike i en föränderlig värld.
Efter maktövertagandet av Nationalsocialisterna 1933 förekom spridda försök att återfå de gamla kolonierna.
Efter ryska revolutionen 1917 vann några länder, såsom Finland, Polen och de baltiska staterna, sin självständighet.
En av hans sista möjligheter för att sätta press på Ungern var hotet om att påtvinga allmänna och fria val.
Efter kompromissen var kejsare och kung Frans Josef I mycket noga med att behandla båda sina monarkier lika.
Disibodenbergklostret upplöstes och förföll i ruiner till följd av reformationen. Idag kan omfattande ruiner bevittnas där.
Rupertsbergklostret förstördes 1632 under trettioåriga kriget av svenska trupper.
De utträngda nunnorna förflyttades till Eibingenklostret.
Ruinerna byggdes senare över.
Efter dessa framgångar skrev han på ett kontrakt med Team Telekom och flyttade in med sin flickvän i Merdingen i Südbaden, där han bodde fram till 2002.
Vid de olympiska spelen 2004 i Aten jagade Ulrich, som vinnare av landsvägsloppet, målet att vinna sin andra guldmedalj.
"Censuren skaffade undan alla oönskade åsikter; deltagande i det offentliga livet hade blivit i praktiken omöjligt."
Spåren av blod på kläderna hade den form som de rapporterats att ha haft av nyhetsrapporterna på dagen för mordet. Weiss hedrades med litteraturprisen från städerna Köln och Bremen.
Privat såväl som offentligt sökte Springer energiskt försoning med det judiska folket och företog många resor till Israel.
Chaleten brann ner fullständigt.
Följande år 1977 mottog han distinktionen av den Amerikanska vänskapsmedaljen för den vänliga inställning hans press hade gentemot USA.
Viguer och La Conte-distrikten innehåller majoriteten av stadens sociala boenden, där befolkningen i huvudsak utgörs av invandrare eller dem med invandrarbakgrund.
Historien för Carcassonne är direkt knuten till den för dess befästa stad.
I början av 2000-talet fanns det fem doktorer per 100 000 invånare. Amnesty International citerar tidningsartiklar från 2008 som beskriver morden på femtio personer som anklagats för häxeri.
Von Bellingshausen såg Antarktis den 27 januari 1820, tre dagar innan Bransfield såg land och tio månader innan Palmer gjorde det i november 1820.
Under Endurance-expeditionen 1914 satte det brittiska skeppet Endurance, med kaptenen Sir Ernest Shackleton, segel med tjugoåtta män för att korsa Antarktis.
Detta upprättande var den grundande handlingen för romersk lag, den romerska republikens institutioner och mos maiorum.
Emellertid tvingades Pyrrhus att lämna Sicilien för att ombesörja angelägenheter i södra Italien.
Under 700-talet f.Kr. började Grekland komma ut ur den mörka tidsålder som följde den mykenska civilisationens fall.
Skriftkunnigheten hade gått förlorad och den mykenska skriften glömts bort, men grekerna tog i bruk det feniciska alfabetet, och förändrade det för att skapa det grekiska alfabetet.
Från 800-talet f.Kr. börjar de första grekiska texterna uppträda.
Grekland var uppdelat i många små, självstyrande samhällen, ett mönster som i mångt och mycket dikteras av grekisk geografi: varje ö, dalgång och slätt är avskuren från sina grannar av hav eller bergskedjor.
Från ungefär 700-talet f.Kr. börjar stadsstater uppkomma: små, självstyrande territorier med sina egna politiska system.
Under medeltiden hade inte de flesta kristna tillgång till bibeln på sina modersmål.
Emellertid expanderade de inte förrän skepp som var stora nog för att korsa havet hade byggts.
Handel utvecklades genom att etablera kommersiella utposter över hela Medelhavet, en teknik som inte hade använts fram till dess.
Denna affär kan ses som startpunkten för hans karriär som radikal revolutionär.
I pluviôse år III (januari–februari 1794) vidtog han för att lätta på trycket från Skräckväldet olika åtgärder för att befria de misstänkta.
Finansierade helt med Bernard Tapies egna pengar stängdes dessa skolor 1994 när han försattes i konkurs.
Trots att de var den främsta distributören av utrustning och textilier världen över hade det tyska företaget ekonomiska svårigheter.
För att komma bort från alltsammans bodde Remis i Schweiz större delen av sommaren 1947.
Vid sin återkomst lekte de med tanken att bo i Sydamerika, långt borta från problemen i efterkrigstidens Belgien.
Våren 1948 skrev den belgiske konstnären i hopp om att bearbeta Tintin för film ett brev till Walt Disney, där han förgäves bad om hans stöd.
Under sommaren återvände Georges och hans fru till Schweiz tillsammans med Rosanne, en 18-åring som var dotter till en av Germaines vänner.
Under semestern påbörjade han en utomäktenskaplig affär med den unga flickan, vilket han medgav kort därefter.
I den nedersta delen finns det tre palmer som höjer sig över havet, vilka representerar kärleken som den här öns folk känner för sitt land.
Dessutom är förekomsten av orkaner på ön möjlig under sommaren.
"Öarna är belägna vid den Indo-europeiska förkastningslinjen; Förkastningslinjen uppstod på grund av kollisionen mellan de indiska och australiensiska plattorna." Ett element som stöder denna hypotes skulle vara den intensiva uppfödning av hästar som ägde rum vid Villa Pelucca, i Sesto San Giovanni.
1928 uppfördes en golfbana på 90 hektar i den nordöstra delen av parken, intill kapplöpningsbanan.
"1976 användes inte kapplöpningsbanan längre; 1990 förstörde en brand det som återstod av åskådarläktarna i trä, vilka senare revs tillsammans med stallet. "
I augusti 1969 tog påve Paulus VI bort dödstraffet ur vatikansk lag och drog tillbaka det för alla lagöverträdelser.
Utfärdandet av mynt är företrädesvis numismatiskt till sin natur, med avsikten att säljas främst till samlare.
Den inre delen av regionen är flack och kullig, utan tydliga gränser mellan ett område och nästa.
Det finns många förhistoriska artefakter, inräknat flera olika resta stenar och dösar.
Den andra apuliska och kalabriska kungliga regionen hade då etablerats, vilken också inkluderade Samnium, delar av Molise och det orientaliska Basilicata.
Under tolvhundratalet användes namnet Apulia av några författare för att beteckna den södra delen av den italienska halvön.
Historikern David Crouch menar att Stephen gav upp utmaningen vid denna tid för att fokusera på andra problem.
Bara en handfull av dem (grevskap) hade existerat under Henry I och dessa hade i stort sett varit symboliska.
Under första koalitionskriget började snabbt ljus lysa på en ung korsikansk artilleriofficer i den franska revolutionens spår: Napoleon Bonaparte.
Fastän inte en lösning på konflikten tvingade den franska segern vid slaget vid Marengo österrikarna att ge upp Italien en andra gång.
Blockaden av Villeneuves flotta resulterade i att man gav upp planen på invasion av de brittiska öarna, även på grund av nya händelseutvecklingar som skedde på kontinenten.
Napoleon var säker på att den tydliga framgången för Austerlitz kunde leda till ett allmänt fredsfördag, men hans hopp föll snart om intet: den nye brittiske premiärministern Lord Grenville vägrade alla överenskommelser, och det gjorde även tsar Alexander.
Vad religiösa bruk beträffar var Fiorello utbildad inom Episkopalkyrkan och förblev medlem i den protestantiska kyrkan hela sitt liv.
"Mannen berättade för honom att ett krig mellan två universum är på väg, så som han och Walter hade förutsagt; det är av denna anledning som Olivia, bland andra, tränades som barn. "
Båda studenter till Goffredo Petrassi, träffades Ennio Morricone och Bruno Nicolai vid Santa Cecelia-konservatoriet.
Mellan dem blomstrade ett lång yrkesmässigt och vänskapligt förhållande som varade i åratal.
"Nicolai samarbetar på olika filmers musik av Morricone som Metti, en kväll vid middagen; några av dem skrevs av båda tillsammans."
Emellertid har vänskapen fallit isär på grund av inofficiella samarbeten mellan de båda, vilka gett upphov till juridiska dispyter.
Under deras olika samarbeten är det inte klart vem av de två som tänkt fram vissa stilistiska lösningar i arrangemangen som senare karaktäriserade bådas konstnärliga stil.
På 1900-talet, mellan 1904 och 1914, frambringade Antonio Gaudí en reform som varade tio år.
Den har tre parallella kapell vid absiden och många sidokapell mellan strävpelarna.
Traditionen säger att temat valdes medvetet på grund av det stora antal konverterade judar som bodde i Palma.
Innan Anderna bildades hade den västra kanten av Sydamerika redan varit plats för flera orogenetiska rörelser.
De centrala Anderna tillhör de så kallade ”Andes de tipo andino” som formades av subduktion av oceanskorpan.
Emellertid provocerade söndringen mellan honom och Linares och avbrottet för den progressiva inriktningen fram rättfärdiganderevolutionen som störtade honom 1879.
Under hans administration godkändes den kvinnliga rösträtten, legaliserades politiska partier, tilläts alla som tvingats i exil att återvända och de återstående politiska fångarna frigavs.
Kollapsen av och ingripandet i dussintals banker leder till en kapitalflykt som får företag att gå i konkurs.
Det är delen från denna andra gräns upp till den yttre gränsen, den imaginära linje som förbinder fyrlandmärket vid Punta del Este med fyrlandmärket vid Punta Rasa.
Saker började förändras i oktober 1777 när brittiska styrkor under befäl av general John Burgoyne kapitulerade i Saratoga i den norra delen av staten New York.
Detta var nådastöten och den uppmuntran bosättarna behövde för att få sin självständighet.
"Indianer anlände från Kanada under ledning av Joseph Brant; de stödde britterna eftersom kolonisterna exproprierade mer och mer av deras mark."
Expeditionen leddes av general Joseph Burgoyne som avsåg att nå Albany.
Emellertid blev de genskjutna och tvingades till strid i Freeman, nära Hudsonfloden.
Guldåldersspanska eller tidigmodern spanska är den variant av språket som utgör övergången från medeltidsspanska till modern spanska.
Å andra sidan innehåller utomstående historia hänvisningar till spansktalandes historia, deras historiska förändringar och den sociala användningen av språket.
Icke desto mindre skulle döttrarna till Luis X, Felipe V och Carlos IV, om den engelska lagen hade accepterats, ha haft större anspråk till tronen än deras faster Isabella av Frankrike.
Försöken att sluta fred tog till sist slut på våren 1415 och Enrique beslöt sig för att utföra sin plan: en invasion av hela kungadömet Frankrike.
Han diskuterade också federaliseringen av Buenos Aires stad, utvidgningen av handelslagstiftningen och utlysandet av nya generaler till armén.
1976 mötte han en vän som arbetade med hans skivbolag The Rocket Record Company, Kiki Dee, för att spela in vad som skulle bli ännu en anmärkningsvärd framgång för honom: ”Don't Go Breaking My Heart”.
Pompejus tog kommando över två legioner i Capua och började uppbåda trupper illegalt, en handling som, vilket var förutsägbart, drog fördel av de caesarianer som stod i hans gunst.
Caesar informerades personligen om Pompejus handlingar av Curio, som vid den tiden hade fullgjort sin ämbetsperiod.
Under tiden innehades hans plats i tribun av Markus Antonius, som höll ämbetet fram till december.
Men när senaten svarade honom definitivt genom att förbjuda honom från att kandidera till konsul och ge honom valet att antingen dra tillbaka sina trupper eller bli en samhällets fiende förstod han att vilket alternativ han än valde skulle han överlämna sig obeväpnad in i sina politiska fienders händer.
Den 1 januari 49 f.Kr. läste Markus Antonius upp ett tillkännagivande från Caesar i vilket prokonsuln förklarade sig som en fredens vän.
