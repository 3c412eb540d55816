La gravedad y la presencia de la revolución en el campo alarmó a la Corte y la Asamblea Nacional en Versalles.
En París se supo del evento, lo que incrementó el descontento en un clima que ya estaba cargado por motivo del precio persistentemente alto del pan y la falta de provisiones.
El Rey no tomó precauciones especiales durante su fuga y fue reconocido múltiples veces durante sus estancias.
El himno fue bien recibido y la audiencia exigió un bis.
La Primera Guerra Mundial ocasionó transformaciones y nuevos cambios en la política colonial.
La Revolución Industrial tuvo lugar en Gran Bretaña antes que en cualquier otro país.
La Crisis de Suez mostró los límites de los antiguos poderes coloniales, como Gran Bretaña y Francia, en un mundo cambiante.
Tras la toma del poder por los nacionalsocialistas en 1933 hubo intentos dispersos de recuperar las antiguas colonias.
Tras la revolución rusa de 1917 algunos países, como Finlandia, Polonia y los Estados Bálticos, ganaron su independencia.
Uno de sus últimos modos de presionar a Hungría fue la amenaza de imponer elecciones generales y libres.
Tras el compromiso, el Emperador y Rey Francisco José I puso gran cuidado en tratar a sus dos monarquías por igual.
El monasterio de Disibodenberg fue disuelto y cayó en la ruina como resultado de la Reforma.
Hoy se pueden ver allí extensas ruinas.
El monasterio de Rupertsberg fue destruido durante la Guerra de los Treinta Años en 1632 por tropas suecas.
Las monjas desplazadas fueron trasladadas al monasterio de Eibingen.
Más tarde se construyó sobre las ruinas.
Tras estos éxitos, firmó un contrato con Team Telekom y se fue a vivir con su novia a Merdingen in Südbaden, donde vivió hasta el año 2002.
En los Juegos Olímpicos de Atenas del año 2004, Ulrich, como ganador de la prueba de carretera, persiguió el objetivo de ganar su segunda medalla de oro.
La censura se deshacía de todas la opiniones indeseables; la participación en la vida pública se había hecho prácticamente imposible.
Los restos de sangre en la ropa tenían la forma que los reportajes de noticias del día del asesinato habían dicho que tenían.
Weiss fue galardonado con los premios de literatura de las ciudades de Colonia y Bremen.
En privado, así como también en público, Springer buscó activamente la reconciliación con el pueblo judío y viajó muchas veces a Israel.
El chalet se quemó completamente.
El año siguiente, 1977, fue distinguido con la Medalla Americana de la Amistad por la postura amistosa de sus medios de comunicación hacia los EUA.
En los distritos de Viguier y La Conte se encuentra la mayoría de las viviendas de protección oficial, donde la población está formada sobre todo por inmigrantes o descendientes de inmigrantes.
La historia de Carcasona está directamente relacionada con la de su ciudad fortificada.
A principios de los 2000, hubieron cinco doctores por cada 100.000 habitantes.
Amnistía Internacional cita artículos de periódico de 2008 que describen el asesinato de cincuenta personas acusadas de brujería.
Von Bellingshausen avistó la Antártida el 27 de enero de 1820, tres días antes de que Bransfield avistase tierra, y diez meses antes de que Palmer lo hiciera en noviembre de 1820. En la expedición de resistencia de 1914, el barco de la resistencia británica, capitaneado por don Ernesto Shackleton, zarpó con veintiocho hombres a través de la Antartica.
Esta redacción fue el acto fundador de la ley romana, las instituciones de la República de Roma y el mos maiorum.
De todas maneras, Pyrrhus fue forzado a dejar Sicilia para atender unos negocios en el sur de Italia.
La alfabetización se había perdido y el alfabeto micénico se había olvidado, pero los griegos adoptaron el alfabeto fenicio y lo modificaron para crear el alfabeto griego.
Desde el siglo 9 a. C., los primeros textos griegos empezaron a aparecer.
Grecia fue dividida entre muchas pequeñas comunidades con gobierno autónomo, un patrón ampliamente dictado por la geografía griega: cada isla, valle y llanura se aisla de sus vecinos por el mar o por cadenas montañosas.
Desde alrededor del siglo 8 a. C., los estados de las ciudades empezaron a aparecer: pequeños territorios con gobiernos autónomos y sus propios sistemas políticos.
En la Edad Media, la mayoría de los cristianos no tenía acceso a la Biblia en su lengua madre.
De todas maneras, ellos no se expandieron hasta que barcos suficientemente grandes fueron construídos para cruzar los océanos.
El comercio fue desarrollado al establecer puestos comerciales a través del mediterráneo, técnica que no había sido usada hasta entonces.
Este asunto puede ser visto como un punto de comienzo en su carrera como un radical revolucionario.
En el mes pluvioso del año III (enero-febrero de 1794), relajando el Reinado del Terror, tomó varias medidas para liberar a los sospechosos.
Financiado enteramente con el dinero de Bernard Tapie, esas escuelas fueron cerradas en 1994 cuando el se declaró en bancarrota.
A pesar de ser el principal distribuidor de equipamiento y tejidos del mundo, la empresa alemana pasaba por dificultades financieras.
Para alejarse de todo, los Remis pasaron en Suiza casi todo el verano de 1947.
A su vuelta, contemplaron la idea de vivir en América del Sur, lejos de los problemas de la postguerra en Bélgica.
En la primavera de 1948, con la esperanzas de adaptar Tintin al cine, el artista belga escribió una carta a Walt Disney, pidiéndole su apoyo en vano.
En el verano, Georges y su esposa regresaron a Suiza, acompañados de Rosane, una chica de 18 años, hija de uno de los amigos de Germaine.
Durante las vacaciones el empezó una aventura extramarital con una chica joven, admitiéndolo poco después.
En la parte baja, habían tres árboles de palmeras mirando al océano, lo cual representa el amor de la gente de la isla por su tierra.
Además, es posible que en verano se produzcan huracanes en la isla.
Las islas están localizadas en la falla indoaustraliana; la falla surgió de la colisión entre las placas hindú y australiana.
Un factor que apoya esta hipótesis sería la intensa dedicación a la ganadería de caballos reales en Villa Pelucca, en Sesto San Giovanni.
En 1928, un campo de golf de 90 hectáreas fue construído en la parte noreste del parque, al lado de la pista.
En 1976, la pista no estaba utilizándose más; en 1990, un incendio destruyó lo que quedaba de las tribunas de madera, las cuales luego fueron demolidas junto con los establos.
En agosto de 1969, el Papa Pablo VI abolió la pena de muerte de la legislación del Vaticano y la eliminó de todos los delitos.
La emisión de moneda tiene una naturaleza predominantemente numismática, con la intención de que se venda principalmente a coleccionistas.
La parte interior de la región es plana y montañosa, no hay una clara distinción entre un área y la siguiente.
Hay diferentes artefactos prehistóricos, incluyendo diferentes menhires y dólmenes.
Se creó la entonces segunda región real de Apulia y Calabria, que también incluía Samnio, partes de Molise y la Basilicata oriental.
Durante el siglo XIII, algunos autores empleaban el nombre de Apulia para referirse a la parte meridional de la península italiana.
El historiador David Crouch sugiere que Stephen abandonó la contienda por esas fechas para centrarse en otros asuntos.
Solo un puñado de ellos (los condados) han existido bajo Enrique I y éstos han sido ampliamente simbólicos.
Durante la guerra de la Primera Coalición, después de la Revolución Francesa, fue destacando la figura de un joven oficial de artillería corso: Napoleón Bonaparte.
Además de no resolver el conflicto, la victoria francesa en la batalla de Marengo forzó a los austriacos a renunciar a Italia por segunda vez.
El bloqueo de la flota de Villaneuve resultó en la renuncia al plan de invasión a las islas británicas, también por nuevas mejoras que tomaban lugar en el continente.
Napoleón estaba seguro de que el éxito contundente en Austerlitz llevaría a un tratado de paz general, pero sus esperanzas pronto se vieron frustradas: el nuevo primer ministro británico, Lord Grenville, rechazó cualquier acuerdo, y lo mismo hizo el zar Alejandro.
Con expresiones de prácticas religiosas, Fiorello fue educado dentro de una iglesia espiscopal, y se mantuvo miembro de la iglesia protestante durante toda su vida.
El viejo hombre le dijo que la guerra entre dos universos estaba llegando, como el y Walter habían predicho; es por esta razón que Olivia, sobre todos, había entrenado a su hijo.
Ambos estudiantes de Goffredo Petrassi, Ennio Morricone y Bruno Nicolai se conocieron en el conservatorio de Santa Cecelia.
Entre ellos floreció una relación profesional y de amistad que duró muchos años.
Nicolai colabora con varias pistas cinematográficas tanto de Morricone como Metti, juntos en una noche en la cena; algunas eran escritas por ambos.
Como sea, la amistad se desmoronó debido a las colaboraciones no oficiales entre los dos, lo cual llevó a disputas legales.
Durante sus varias colaboraciones, no está muy claro quien de los dos imaginó algunas soluciones estilísticas en los arreglos que lego los caracterizó a ambos como artistas de estilo.
Ya en el siglo XX, entre 1904 y 1914, Antonio Gaudí realizó una reforma que duró diez años.
Tiene tres capillas paralelas en la cabecera y numerosas capillas laterales entre los contrafuertes.
La tradición cuenta que el tema fue seleccionado intencionadamente por el gran número de judíos conversos que habitaban Palma.
Antes de formarse los Andes el margen occidental de Sudamérica ya había sido el lugar de varias orogenias.
Los Andes centrales corresponden a los llamados Andes de tipo andino, desarrollados por la subducción de la corteza marina.
Pero la ruptura de Linares con él y la discontinuación de la línea progresista, provocaron la Revolución Reivindicadora que le derrocó en 1879. En su gestión se decretó el sufragio femenino y la legalización de partidos, se permitió el regreso de todos los exiliados y la liberación de los presos políticos restantes.
El derrumbe e intervención de una decena de bancos culminó con la fuga de capitales, provocando el quiebre de empresas.
Las cosas empezaron a cambiar en octubre de 1777, cuando un ejército británico bajo el mando del General John Burgoyne se rindió en Saratoga, en el norte del estado de Nueva York.
Este fue el golpe de gracia y propagandístico que necesitaban los colonos para su independencia.
Desde Canadá llegaron indios (dirigidos por Joseph Brant) a favor de los británicos porque los colonos les estaban expropiando sus tierras cada vez más.
La expedición estaba mandada por el general John Burgoyne y pretendía llegar a Albany.
Sin embargo, fueron interceptados y tuvieron que presentar batalla en Freeman, cerca del río Hudson.
El español áurico o español medio es el estadio de la lengua que constituye la transición del castellano medieval al español moderno.
La historia externa por otra parte se refiere a la historia de los hablantes de español, sus vicisitudes históricas y el uso social de la lengua.
No obstante, si se hubiera reconocido el derecho inglés, las hijas de Luis X, Felipe V y Carlos IV habrían tenido mayor derecho a la corona, por delante de su tía Isabel de Francia.
Las tentativas de paz se rompieron por fin en la primavera de 1415 y Enrique decidió ejecutar su plan: una invasión en toda regla del reino francés.
Además trató sobre la federalización de la Ciudad de Buenos Aires, la extensión del código de comercio y el nombramiento en el ejército de nuevos generales.
En 1976 se reunió con una amiga que trabajaba en su productora The Rocket Record Company, Kiki Dee, para grabar lo que sería otro sencillo exitoso para el británico: "Don't Go Breaking My Heart".
Pompeyo tomó el mando de dos legiones en Capua y empezó a reclutar levas ilegalmente, un acto que, como era predecible, aprovecharon los cesarianos en su favor.
César fue informado de las acciones de Pompeyo personalmente por Curio, que en esos momentos ya había finalizado su mandato.
Mientras tanto, su puesto de tribuno fue ocupado por Marco Antonio, que lo desempeñó hasta diciembre.
Pero cuando el Senado le contestó definitivamente impidiéndole concurrir al consulado y poniéndole en la disyuntiva de licenciar a sus legiones o ser declarado enemigo público, comprendió que, escogiera la alternativa que escogiera, se entregaba inerme en manos de sus enemigos políticos.
El 1 de enero de 49 a. C., Marco Antonio leyó una carta de César en el Senado, en la cual el procónsul se declaraba amigo de la paz.
