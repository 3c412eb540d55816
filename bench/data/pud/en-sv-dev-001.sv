Läkare har inte dessa verktyg, de har bara ett receptblock och en injektion, sade Mailis.
Chefen för Ontario Independent Police Review, Gerry McNeilly, satte ut villkoren för sin granskning den här veckan efter att ”alarmerande frågor” hade väckts över hur poliser bemöter ursprungsbefolkningar.
Granskningen undersöker också uppviglande Facebook-meddelanden från september som påstås komma från poliser i staden i norra Ontario.
Cheferna erhåller också så kallad ”prestationslön” för att uppfylla eller överträffa förväntningar, och delar en pott på 1,5 miljoner dollar mellan sig, eller en uppskattad summa på 15 000 dollar i genomsnitt. Dess årliga budget är mer än 1,4 miljarder dollar, och den har mer än 6 000 anställda.
Den federala regeringen rapporterar proaktivt om samlade sammanlagda prestationslöner och bonusnivåer för varje departement, men den senaste uppgiften på webben är för 2013–2014 – eller två år föråldrad.
Den sammanlagda prestationslönen och bonusen det året var 1,5 miljoner dollar, ungefär samma nivå som för 2015–2016.
Gomery, som ledde undersökningskommissionen om den federala sponsringsskandalen mellan 2004 och 2006 sade att sådana organisationer är oundgängliga för att hjälpa till för att bygga upp allmänhetens förtroende för laglig rätt.
Det ledde till avslöjanden över de senaste två dagarna att åtminstone sex andra journalister i Quebec var föremål för provinspolisens övervakningsverksamhet.
Det bör inte finnas något företräde i regeringens tillgänglighet, eller sken av företräde i tillgängligheten, som tilldelas individer eller organisationer för att de har givit finansiella bidrag till politiker och politiska partier, lyder riktlinjerna.
Domaren i rättegången om Duffys bedrägeri och trolöshet mot huvudman dömde till sist att de alla var inom senatens regler när han friade Duffy på alla åtalspunkter.
Våra mobiltelefoner är så mycket mer än telefoner numera.
Det är otroligt, rapporterade Lindsay Gay, SaskTel-kund med obegränsad datamängd, förra månaden.
Han påpekade också att Rogers nyligen introducerade ett nytt appverktyg som hjälper kunder att övervaka sin dataanvändning.
Det är anledningen till att vi kommer tillbaka för att få mer.
Den här varianten hjälper mot ryggsmärtor, den här hjälper mot illamående, den här produkten hjälper dig att sova om nätterna, säger Dietrich från företagets högkvarter i Denver, Colorado där marijuana säljs lagligt.
Men utan ett rättsligt ramverk, och med marijuanans gräsrotsursprung som humör-ändrande folkmedicin står företagen och gissar.
Järn är ett livsviktigt grundämne som kroppen behöver för att framställa hemoglobin, det protein som finns i röda blodkroppar som ansvarar för att transportera syre till kroppens vävnader.
För närvarande är vänteperioden åtta veckor.
Det är möjligt att ha normala nivåer av hemoglobin, men att ha låga reserver av järn totalt sett, säger Canadian Blood Services (CBS).
De nya riktlinjerna för järn innebär att fler donatorer behövs.
Vad som började som en rutinmässig ultraljudsundersökning blev komplicerad när den väntande modern Margaret Boemer från Plano, Texas fick höra att hennes ofödda barn hade en ovanlig åkomma och behövde en operation för att överleva.
Ett sacrococcygealt teratom är en tumör som utvecklas före födseln och växer från ett spädbarns svanskota.
Det är den vanligast förekommande tumören hos spädbarn, och uppkommer i en per 35 000 födslar.
Hon var 84 år gammal.
Han beskrev henne som en ”anmärkningsvärd” och ”kärleksfull och underbar” kvinna som gjorde avtryck i den skönlitterära världen med sina historier.
Vissa män förstår och Bono är en av de killarna, sade Leive i en intervju nyligen.
Vid bara 20 är hon en stark röst mot mobbning och en positiv sådan när det kommer till att hjälpa flickor att omfamna sina egna skönhetsnormer.
Hennes röst gick bokstavligt talat runt jorden, sade Leive.
Så snart som de officiella partifotografierna publicerades fylldes sociala medier med kommentarer – och de var inte vänliga.
Många personer, inklusive inhemska grupper, anser att de trivialiserar First Nations-kultur.
Syftet med dessa CRTC-utfrågningar är att föra fram svar från andelsägare inom industri och allmänheten.
Detta skulle inte enbart påverka underhållningsinnehåll, men i lika stor grad utbildning, vetenskaplig forskning och, kanske viktigast av allt, politisk diskurs.
Trots allt är inte internet en lyx, det är ett oumbärligt verktyg.
Spillrorna bildade en ring runt jordens ekvator och drogs så småningom samman av gravitation för att bilda månen.
Men ännu finns det frågor som inte är besvarade.
I staden Hillsborough, alldeles utanför Chapel Hill, brandbombade någon det republikanska partiets högkvarter förra månaden.
Efter att North Carolina antog sin restriktiva rösträttslag 2013 reste Campell runt till kyrkor och lärde folk hur de skulle hantera bestridanden av deras registrering.
Han kunde upptäcka effekterna av valet runt om honom, i de utbrott av konflikter och de underliga skärningspunkter som nya idéer bildade med gamla.
Denna motsägelse mellan ekonomiska data och politisk retorik är bekant, eller borde vara det.
Republikanska ekonomer varnar för att tolka dessa uppgifter som bevis för att deras parti är usla på ekonomisk politik.
”Jag vet inte vad BNP-tillväxten var under Washingtons eller Lincolns presidentskap, men den institutionella utvecklingen under de mandatperioderna hade stora och bestående effekter.”
Det finns större skillnader mellan Sulla och Trump, Rom och USA, än det finns likheter, men det talar inte emot likheterna.
Och, medgav hon, ”du måste se på var hon har medgivit att vi måste göra något annorlunda – vi kan bättre – och där hon har uttryckt ånger.”
Men då kritiken mot Clinton som presidenthustru blev mer bitande, blev Karel mer medkännande.
”När jag spelar honom känner jag mig mäktig”, förklarade Donald Trump-imitatören John Di Domeico för Slate förra året.
Medan hysterin runt 2016 års presidentval intensifieras är det ett mer oroväckande hot som upptar Karels uppmärksamhet.
Sen tar reklamen slut.
Miami Bass producenter var kliniska i konsten att förflytta rumpor – deras främsta intresse.
I en intervju nyligen beskrev Zay och Zayion inspelningen av deras version av ”Knuck if you Buck” på en hem-laptop.
Men utmaningar, och de sånger som handlar om dem, lägger till ett sammankopplande, spårbart nervsystem till den slingrande massan av gryniga videoslingor.
Deras återkomster understryker attraktionen hos en bra utmaning, konstnärlig eller annan: obekvämhet, utveckling och en meningsfull koppling.
Det skulle vara mycket säkrare, tänkte Platon, att anförtro makt till noggrant utbildade förmyndare.
Som många jag känner har jag tillbringat de senaste månaderna med att sitta uppe sent och i skräck läsa opinionsundersökningar.
Caplan avfärdar retrospektiv röstning, och citerar ett par forskare som kallar det ”lika rationellt som att döda farao när Nilen inte översvämmas.”
Men det fanns inget annat uppenbart konstnärligt med henne eller i hennes beteende med andra människor.
2010 publicerade stiftelsen en typsatt utgåva av ”Zettel's Traum”, vilket tog bort inträdeshindret för de som ryggat för den utkastliknande känslan av den fotografiska offseten.
I korrespondens med Woods via e-post försökte jag mig på att forska fram ett etymon.
”Fullständig försummelse av sin egen hälsa”, rapporterade hans fru, Alice. Varje karta i utställningen berättar sin egen historia, inte alla faktiska.
Något mer som ställs ut för första gången är brittiska försvarsministeriets kartor som fantiserar fram slag under kalla kriget, vilka användes i prov på militärhögskolan.
Valkretsen är i kommunalområdet för North Kesteven, där 62 % av de röstande stödde att lämna EU.
Hans färdighet i att få svar för skattebetalarnas räkning kommer att saknas djupt.
Christian Wolmar som har skrivit ett antal böcker om järnvägshistoria kommer att kandidera den 1 december. Liberaldemokraterna, som representerade den välbärgade förorten fram till 2010, hoppas att rycka tillbaka den med sin kandidat Sarah Olney.
Samtidigt har den frånskilda frun till en av regeringens inpiskare lanserat sin kampanj för att ta platsen.
Han var ytterst nådig och tog det som en karl, jag är bortom ursinnig.
Fler än 330 besättningsmän är ombord på skeppet.
Vega föreslog att många, på grund av sin ålder, skulle vara omedvetna om dess historia.
Människor blev dödade där.
Ett koldrivet kraftverk i Badarpur, sydöstra Dehli, kommer att stängas av i 10 dagar, tillsammans med dieselgeneratorer i staden.
Han tillbringade sedan fyra år med BBC World Service-radion vid Bush House. Han arbetade för BBC i ett årtionde.
Ett av deras många sörjande facebookinlägg har en rad som skulle ha gjort Chris förtjust: ”Mer afrikansk än du, har jag ej känt.”
Vem kan stoppa det här Australien-laget?
Var deras gudsgivna rätt till manteln som världens bästa icke längre önskade?
De har en chans till gottgörelse, att slå England.
Sydafrika är nästan bortom återvändo och vi måste kunna matcha deras längtan.
Han har den där hårda eggen i sitt spel men också de mjuka händerna.
Vi har ett jättebra lag och det är en möjlighet för oss att föra skeppet framåt.
Du måste stå emot det och jag skulle hellre ha någon som sprang mot mig än runt mig.
Det var som om han snärtade bollen fram och tillbaka under tre upp och ner-vända muggar.
Australien, som härdats av sina matcher i Rugbymästerskapen nyligen, hade en högre växel.
En seger för Donald Trump skulle genast göra världen mer oroande och ostadig än den redan är.
Mrs Clinton har ett rykte om att ha en hökliknande inställning, men denna kommer att vara dämpad av den krigströtta allmänna opinionen i USA.
Han har uttalat sig till stöd för tortyr.
Jag kämpar även med lösenord.
Sen finns det så kallade sanna historier som läggs upp i en serie med meningsfulla bilder med text som löper under dem.
Såklart förstår jag att Tyskland av idag måste hållas isär från Nazi-regimen.
I hörnet finns en tjej i en sjalett och jeans som ser så försynt ut att jag tror det är ännu en assistent.
Konstnärer når människor i deras hjärtan, det är den enda gången när vi möts på en plats och lägger våra meningsskiljaktigheter åt sidan.
Hans mer ovanliga hyllningar inkluderar global ambassadör för New York City Health and Hospitals Corporation, och en plats vid Harvard Business School.
Jag kan bara göra det med mitt liv.
Jag ville titta på det med dem, men de bestämde till slut att de hellre ville se på det utan mig.
Vi kan inte låta presidentskapet gå till Donald Trump, någon så rasistisk, sexistisk och otroligt okvalificerad att vara överbefälhavare.
”Fler vänder sig till kreditutlåning … Fast detta lånande kanske är under kontroll nu kan en plötslig förändring i omständigheterna leda till skuldproblem.”
Hennes anledning är att det ger otillräckligt skydd för amerikanska arbetare vilkas jobb och levnadsstandard det kan skada.
