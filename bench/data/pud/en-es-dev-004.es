En el año 833 d. C. el estado de Gran Moravia se constituyó con la conquista del principado de Nitra (actualmente Eslovenia).
Su primer rey fue Mojmír I (reinó del 830-846).
Luis el Germánico invadió Moravia y reemplazó a Mojmír I con su sobrino Rastiv quien se convirtió en San Rastislav.
Además, el estatuto determina la elección de la Asamblea de las regiones y los distritos metropolitanos.
Aunque Islandia estuvo bajo el control político de Dinamarca hasta una fecha más tardía (1918), el danés ha dejado poca influencia y pocos préstamos en el idioma islandés.
También hay lenguas derivadas del finés que evolucionaron separadamente, se conocen como meänkieli en Suecia y kven en Noruega.
La gradación consonántica es una característica del finés y de los dialectos del Sami septentrional, pero no se da en el Sami meridional, el cual se considera que ha tenido una historia lingüística diferente.
La parte norte de Cáucaso se conoce como Ciscaucasia y la parte sur como Transcaucásica.
La atmósfera es un sistema caótico, cambios muy pequeños en una parte del sistema pueden crecer y ocasionar grandes efectos en todo el sistema.
Durante las precipitaciones, las gotas de agua absorben y disuelven dióxido de carbono del aire circundante.
Un reciente ejemplo del control climático fue la preparación de China para los Juegos Olímpicos del 2008. Formada por las fuerzas globales de la tectónica de placas que crearon el Gran Valle del Rift, África oriental es el lugar donde se encuentran el monte Kilimanjaro y el monte Kenia, los dos picos más altos de África.
Esto último también expandió el islam al área costera, pero la mayoría de los bantúes nunca tuvo contacto con el islam y se mantuvo fiel a la religión tradicional africana.
Francia integró la economía de Camerún con la suya y mejoró la infraestructura con inversiones de capital y trabajadores cualificados, modificando el sistema de trabajos forzados.
El 1ero de octubre de 1961, la antigua colonia del sur británica, Camerún se unió con el Camerún francés creando la República Federal de Camerún.
Los hallazgos del Ministerio de Trabajo sobre las peores formas de trabajo infantil indicaban que un 56% de los niños con edades entre 5 y 14 años estaban trabajando y que casi un 53% de los niños con edades entre 7 y 14 años compaginaban trabajar con ir al colegio.
El clima de Sahel es similar, pero menos extremo que el del desierto del Sáhara localizado al norte.
De junio a agosto del 2010 la hambruna se impuso en Sahel.
Muchas civilizaciones antiguas estaban localizadas a las orillas del Mediterráneo, y estaban muy influenciadas por esa proximidad al mar.
Se daban rutas para el intercambio, la colonización, y las guerras, al igual que comida (la pesca y la búsqueda de mariscos) en numerosas comunidades a través de los años. Debido al clima compartido, la geología, y el acceso al mar, las culturas localizadas cerca del Mediterráneo tienden a entrelazar su cultura y su historia.
Dos de las civilizaciones más relevantes del Mediterráneo en la época clásica fueron las ciudadelas griegas y los fenicios, ambos colonizaron las líneas costeras del Mediterráneo.
Después, cuando Augusto fundó el Imperio romano, los romanos se refirieron al Mediterráneo como Mare Nostrum ("nuestro mar").
El Blindleia es un canal protegido por una superficie rocosa que empieza cerca de Kristiansand en el sur de Noruega, y continúa pasando Lillesand.
En danés, el término se puede emplear incluso para lagunas poco profundas.
Como los fiordos, los lagos de agua dulce normalmente son profundos.
Las bebidas alcohólicas como la cerveza, sake, bjórr (un vino fuerte de frutas) y, para los ricos, vino importado, fueron servidos.
El Schei y las tierras pantanosas entre Danevirke y Husum tenían hielo sólido en un duro invierno, y el territorio cerca del sur de Danevirke había sido conquistado por el avanzado ejército alemán.
Esta retirada le vino de sorpresa al ejército austro-prusiano, y casi todos los del ejército danés tuvieron éxito en completar la evacuación.
Sin embargo, esto llevó al abandono de importantes piezas de artillería pesada, y la razón por la que el ferrocarril a Flensburgo nunca se utilizó para la evacuación continúa siendo un tema de debate histórico.
Las noticias de la retirada llegaron como un gran shock para la opinión pública danesa que consideraba Danevirke como algo inexpugnable, y el general de Meza pronto fue destituido de su cargo.
Danevirke se ha mantenido parte de Alemania desde entonces.
La cantidad de bienes transportados por el Danubio incrementó a unas 100 millones de toneladas en 1987.
La mayor parte del delta del Danubio permanece en Rumanía (distrito de Tulcea), mientras su parte norte, a la orilla izquierda de Kilia, está situado en Ucrania (Oblast de Odesa).
El clima es tan seco que estas llanuras a veces se consideran parte del Sáhara.
Difiere de la parte oeste del país en que la característica de su prominente topografía no es paralela a la costa.
El norte de Algeria está en una zona donde se disfruta del templado clima del Mediterráneo.
El principal era el río Ohio, que desembocaba en el río Mississippi.
En el corazón del conflicto estuvo la pregunta de si Kansas debía entrar en la Unión como un estado libre o como un estado esclavista.
La reacción nacional ante los sucesos de Kansas puso de manifiesto cuánto se había dividido el país.
En el color, las hojas muestran una gran variedad de verdes, variando desde el más amarillento al más azul.
Los nativos americanos alrededor de América dependían de eso como base de sus tratamientos médicos.
Las iglesias cristianas del noreste de Europa y Ucrania normalmente usaban ramas de sauces en lugar de palmas en las ceremonias en el Domingo de Ramos.
Los Alpes proporcionan agua potable, riego, y energía hidroeléctrica a las tierras bajas de Europa.
Aunque el área es solo un 11% de la superficie de Europa, los Alpes proporcionan más de 90% del agua a las tierras bajas de Europa, particularmente a las áreas áridas y durante los meses de verano.
Ciudades como Milán dependían un 80% del agua alpina.
El agua de los ríos se usa en más de 500 plantas hidroeléctricas y genera hasta 2900 kilovatios de electricidad.
Importantes ríos europeos nacen en Suiza, como el Rin, el Ródano, el Eno, el Tesino y el Po, todos los cuales tienen su cabecera en los Alpes y transcurren por países vecinos, para finalmente desembocar en el mar del Norte, el mar Mediterráneo, el mar Adriático y el mar Negro.
El estudio de los volcanes se llama vulcanología, a veces escrito volcanología.
Este magma tiende a ser muy viscoso debido a su alto contenido de sílice, por lo que muchas veces no alcanza la superficie antes de enfriarse en lo profundo.
Ellos generalmente no explotan de manera catastrófica.
El calentamiento global ha causado un cambio en el patrón de las estaciones de lluvia.
Contiene una laguna muy pequeña, que tenía de todo pero se secó.
Se declaró reserva natural en 1975.
Tanto la investigación como las expediciones a la isla continúan.
Esos arreglos probablemente comenzaron en el 1000 a. C. cuando los melanesios del este viajaron al norte.
Durante los años en familia en Kentucky e Indiana, Thomas Lincoln trabajó como granjero, creando muebles, y como carpintero.
La destrucción de un hábitat incrementa enormemente la vulnerabilidad de un área a los desastres naturales como inundaciones y sequías, pérdida de cosechas, propagación de enfermedades y contaminación del agua.
Por otro lado, un ecosistema sano con buena administración reducirá las posibilidades de que ocurran estos eventos, o por lo menos mitigaría los impactos adversos.
La tierra agrícola actualmente puede sufrir por la destrucción del paisaje circundante.
Durante los últimos 50 años, la destrucción del hábitat que rodea el terreno agrícola ha degradado aproximadamente el 40% del terreno agrícola a nivel mundial mediante erosión, salinización, compactación, agotamiento de los nutrientes, contaminación y urbanización.
Los seres humanos también dejan de beneficiarse de los usos directos del hábitat natural cuando este se destuye.
A menudo Papúa Nueva Guinea se identifica como posiblemente el peor país del mundo en cuanto a violencia de género.
Esas familias de plantas aún están presentes en Papúa Nueva Guinea.
Norteamérica y Sudamérica eran tratadas como continentes separados en el modelo de siete continentes.
Cristóbal Colón viajó a través del océano Atlántico a las Indias en 1492, iniciando un período europeo de exploración de las tierras americanas.
Estas no eran muy populares debido a que solían ubicarse en lugares remotos y sin un camino.
Distintos inversores privados poseen el territorio restante, lo que supone en torno a un 1% del estado.
Esta es también la única región de Alaska en la que la temperatura media más alta durante el día se encuentra por encima del punto de congelación en los meses de invierno.
Numerosos pueblos indígenas poblaron Alaska durante miles de años antes de que llegasen los europeos a la zona.
Fue aquí donde robaron una pequeña canoa que habían dejado los aborígenes australianos de la región.
Mientras Brisbane crecía, la condición del río empeoraba hasta que en su peor momento no era más que una alcantarilla y un vertedero de basura.
1987 fue proclamado el "Año del río" por la alcaldesa de Brisbane en ese momento, Sallyanne Atkinson.
Las tormentas de arena y tierra son eventos naturales que ocurren en áreas áridas que no están protegidas con vegetación.
Las tormentas de tierra normalmente empiezan en los extremos de un desierto más que en el mismo, pues ahí es donde los finos elementos son arrastrados.
Al soplar el constante viento, finas partículas del suelo quedan expuestas y comienzan a vibrar.
A velocidades de viento mayores, algunas partículas se elevan por la corriente de aire.
Cuando caen al suelo, golpean otras partículas que probablemente son lanzadas al aire en su lugar, iniciando una reacción en cadena.
Sin embargo, en Tailandia, el crecimiento de las ciudades también ha resultado en un incremento masivo de problemas, como la obesidad.
Las tormentas eléctricas son raras, pues las ciudades reportan truenos solamente siete días al año.
En 1340, El Cairo tenía una población de casi medio millón, convirtiéndola en la ciudad más grande al oeste de China.
Mientras tanto, controles adicionales del Nilo propiciaron el desarrollo en la isla Gezira y a lo largo de la ribera de la ciudad.
Las fuentes industriales de Nevada son el turismo, la minería, la maquinaria, la imprenta y publicación, producción de alimentos, y equipos electrónicos.
El nombre "Caribe" viene de los Caribs, una poderosa tribu americana ubicada en la región al momento que los europeos llegaron a finales del siglo XV.
Después del descubrimiento de América por Cristóbal Colón en 1492, el término español "Antillas" se aplicó a las tierras; y derivó a "mar de las Antillas" que se convirtió en un nombre alternativo para "mar Caribe" en muchas lenguas europeas.
Durante el primer siglo de desarrollo, el dominio español de la región se mantuvo indiscutible.
Desde el siglo XVI, los europeos que visitaban la región del Caribe diferenciaban el "mar del sur" (el océano Pacífico, al sur del istmo de Panamá) del "mar del norte" (el mar Caribe, al norte de ese istmo).
El mar Caribe era desconocido para la población de Eurasia hasta 1492, cuando Cristóbal Colón navegó por primera vez en aguas caribeñas en búsqueda de una ruta marítima hacia Asia.
Desafortunadamente, el rápido crecimiento de la población y de las ciudades, ha recubierto muchos ecosistemas con su desarrollo.
El gobierno de Ciudad del Cabo es el de la ciudad de Ciudad del Cabo, la cual es un municipio metropolitano.
El ensayo, publicado como "Submarino", era una vívida narración de un viaje a través de las profundidades del océano.
Ella también tomó la ventaja de sus conexiones personales con científicos de muchos gobiernos, los cuales le proporcionaron información confidencial.
Para mediados de 1962, Brooks y Carson casi habían terminado la edición, y estaban estableciendo las bases para promocionar el libro enviando el manuscrito a algunas personas particulares para obtener las últimas sugerencias.
Esto hizo que el libro consiguiera la atención de la industria química y sus grupos de presión, así como de un amplio porcentaje de la población americana.
En los años de 1350, el rey Gongmin fue libre de reformar el gobierno de Koryo cuando la dinastía Yuan empezó a flaquear. Desde los años de 1960, la economía de Corea del Sur ha crecido enormemente y la estructura económica fue transformada radicalmente.
Normalmente incluye un bajo nivel de desarrollo, como en las áreas rurales de picnic, sillas y caminos.
El Parque Nacional Real, establecido en 1879, era el segundo parque del mundo oficialmente establecido como parque nacional.
Lo más importante era proporcionar un espacio abierto para el beneficio de los habitantes del pueblo y los residentes locales dentro de un área que se estaba construyendo rápidamente.
