En la siguiente edición, Starlin asumió el rol de conspirador y comenzó a desarrollar un elaborado arco de historia centrado en el malvado Thanos, que se extendió a través de varios títulos de Marvel.
Simultáneamente, a mediados de los 70, Stralin contribuyó un caché de historias a la antología de ciencia ficción, independientemente publicada, llamada Star Reach.
A través de su abuela, Mishima era descendiente directo de Tokugawa leyasu.
En 1955, Mishima comenzó a hacer levantamiento de pesas y en los últimos 15 años de su vida no interrumpió su régimen de ejercicios de tres sesiones por semana.
Mishima apoyó un tipo de nacionalismo muy particular en los últimos años de su vida. En el 2011, se nombró a Blunt la embajadora de la nueva fragancia de Yves Saint Laurent, Opium.
Blunt protagonizó la comedia británica de 2011 Salmon Fishing in Yemen, La pesca del salmón en Yemen o La pesca de salmón en Yemen en España, dirigida por Lasse Hallström y coprotagonizada por Ewan McGregor y Kristin Scott Thomas.
Ese año también apareció brevemente en Los Muppets, como la recepcionista de Miss Piggy, también conocida como la cerdita Piggy.
Protagonizó la película Eternamente comprometidos (The Five-Year Engagement, originalmente en inglés) dirigida por Nicholas Stoller y coprotagonizada por Jason Segel.
En enero de 2011, Blunt comenzó a rodar una película de ciencia ficción estadounidense llamada Looper, dirigida por Rian Johnson y co-protagonizada por Bruce Willis y Joseph Gordon-Levitt; la película se lanzó en septiembre de 2012.
Valentino intentó distanciar al personaje de una representación estereotípica de un hombre árabe.
Joseph Schenck estaba interesado en darle el papel a su esposa, Norma Talmadge, coprotagonizado con Valentino, en una versión de Romeo y Julieta.
Lord Halifx, el Lord Presidente del Consejo, visitó Alemania de manera privada en noviembre y conoció a Hitler y a otros oficiales alemanes.
A la hora de afrontar al gabinete, poco después de que la fuerza alemanas cruzaran la frontera, Chamberlain le echó la culpa tanto a Alemania como Austria.
En mayo, unos guardias fronterizos les dispararon a dos granjeros sudetes alemanes que estaban intentando cruzar la frontera hacia Checoslovaquia sin detenerse en los controles fronterizos.
Durante este tiempo, mientras Piaf y Mômone estaban fuera cantando en la calles o discotecas, dejaban a Marcelle sola en la habitación.
Estos fueron casi completamente olvidados hasta después de la muerte de Smith.
Otro tema de las novelas de Skylark tiene que ver con los precursores de las tecnologías modernas de la información.
Ya en 1926, Meyer había escrito a Irène Joliot-Curie sugiriéndole que Rona trabajara con ella para aprender cómo su laboratorio podría hacer muestras de polonio.
Una vez que Hans Petterson pudo asegurar los fondos para pagar los gastos de Rona, Joliot-Curie le permitió venir y estudiar la separación del polonio en el Instituto Curie en Paris.
Rona desarrolló un método mejorado para preparar fuentes de polonio y producir emisiones alfa. Al ganar reconocimiento como una experta en el campo, volvió con esos conocimientos al Instituto Radium junto con un pequeño disco de polonio.
El disco permitió a Rona crear muestras de laboratorio de polonio, que se usaron en muchas de las investigaciones subsecuentes del instituto.
Durante la temporada baja de 2013, apareció en el canal de televisión CTV Montreal como presentadora del tiempo invitada.
Luego se enfrentó a Sara Erani, la actual campeona y cabeza de serie, pero fue derrotada.
Bouchard sufrió una estremecedora derrota de tres sets.
Cuando su hija Cecily se casó con Plantagenet, el tercer duque de York y tuvo varios hijos, incluyendo a Eduardo IV y Ricardo III, Juana se convirtió en abuela de dos reyes ingleses de la Casa de York.
Juan de Gante murió en 1399.
El caballero Lyvet fue liberado y su discípulo arrojado en la torre.
No hace mucho se divorció de la actriz Gloria Holden, pero seguía enamorado después de la ruptura del matrimonio.
Aparecía como coprotagonista, haciendo el papel de hermano menor de Humphrey Bogart, un mujeriego sin preocupaciones, en Sabrina (1954), interpretada por Audrey Hepburn.
Eligio no ir tras un tercer período en el siguiente ciclo de elecciones.
La campaña presidencial de 1980 entre Reagan y el entonces presidente Jimmy Carter se llevó a cabo entre preocupaciones de carácter nacional y la crisis de rehenes de Irán.
Los republicanos tomaron control del Senado por primera vez desde 1952 y adquirieron 34 escaños en la Cámara, pero los demócratas retuvieron la mayoría.
Se recuperó y lo dieron de alta del hospital el 11 de abril, convirtiéndose en el primer presidente de E.E.UU en activo en sobrevivir un disparo en un intento de asesinato.
Reagan creía que Dios le había salvado la vida para que quizás cumpliera un propósito mayor.
A Bloch le interesaba establecer la esperanza como un principio rector de su marxismo y enfatiza el humanismo implícito inherente a la tradición mística.
Por lo tanto, una teología apropiada se tendría que construir a la luz de su futuro propósito.
Pebe trasladó a la familia a Nashville, Tennessee, en 1991 luego de obtener un contrato discográfico para componer canciones.
Kesha y Pebe coescribieron la canción "Stephen" cuando Kesha tenia 16, luego Kesha ubicó a David Gamson, un productor de Scritti Politti que ella admiraba y que accedió a producir la canción.
Desde agosto de 2015 Kesha ha entregado poca información acerca de su próximo y tercer álbum de estudio.
Esta vez le llegó, pero se negó a creer que ella ya no quería estar casada con él.
Wright nació en Poole, Dorset, pero creció predominantemente en Wells, Somerset.
Wright tiene un hermano, Oscar, quien es un artista de cómics y contribuye con story boards (desarrollo secuencial en viñetas), arte conceptual e imágenes promocionales para las películas de Edgard.
Wright es amigo del también director Garth Jenning y realizó cameos en sus películas Guía del autoestopista galáctico y El hijo de Rambow.
Los Grandes Poderes no cumplieron con los requisitos para el reconocimiento de Albania. Al comienzo de la conferencia de Londres en diciembre de 1912 el embajador de los seis Grandes Poderes rechazó el plan para establecer una Albania independiente.
En su lugar, decidieron que Albania estaría bajo protectorado otomano pero con un gobierno autónomo.
Luego de que se puso de manifiesto que el Imperio otomano perdería a Macedonia en su totalidad y su conexión territorial con Albania, los Grandes Poderes se dieron cuenta que tenían que cambiar su posición.
El Tratado de Londres, firmado el 30 de Mayo de 1913, dividió parte importante del territorio reivindicado por Albania, sin considerar su composición étnica, entre los aliados balcanes, reduciendo el territorio de Albania a sus regiones centrales.
Los oficiales fueron capaces de reducir al hombre de 53 años durante el acto del domingo por la mañana.
El rey Salaman sustituyó al veterano político por el responsable de supervisión financiera, Mohammed al-Jadaan.
El petróleo, el oro o los productos alimenticios, como el trigo, son recursos naturales en los que los inversores invierten miles de millones en todo el mundo.
Con 71 goles en 137 partidos internacionales, ha marcado una cantidad record de goles para la DFB.
Con ayuda de datos de tarjetas de débito, la policía de Essen está investigando a cuatro personas que permanecieron de pie mirando mientras un jubilado se moría en un banco.
El portavoz no descartó la posibilidad de que también otras personas pudiesen ser investigadas.
Debido a que la serie 1 ya no es la antigua, muchos usuarios pueden ahorrar 100 euros.
La fotografía muestra claramente la estrecha barra en la pantalla táctil sobre el teclado que los rumores han anticipado.
No se sabe de que modo han trabajado juntos ambos dramaturgos.
Un estudio sueco ha demostrado que los animales raramente, si es que lo hacen, se posan en tierra tras los dos meses del periodo de reproducción.
Según Parker, hay un gran número de agentes del servicio secreto ruso activos en Gran Bretaña. Rusia anunció una suspensión del contrato a principios de octubre.
La ley delinea varias condiciones cuyo cumplimiento podría hacer que el acuerdo vuelva a tomar efecto: los EUA tendrían que retirar todas sus tropas de los países que se unieron a la OTAN después del año 2000, rescisión de todas las sanciones contra Rusia, así como el reembolso de los costes incurridos como resultado de las sanciones.
Es un proceso político y yo he decidido no estar presente, es lo que se dijo.
Si un empleado turco deja su trabajo, entonces vienen los consejos de trabajo turcos.
Desde este punto de vista, las viejas estructuras y una élite autosatisfecha son el motivo por el que el sistema de salud, educación y comercio exterior de los EUA están en tan mal estado.
Kühn sólo puede negar con la cabeza.
El periódico "Die ZEIT" primero preguntó a la empresa inmobiliaria sobre sus dudosos flujos de efectivo y la amenaza de insolvencia para julio.
La hora bruja empieza al menos en el momento en que suena el escalofriante órgano, como en Monster Mash, el éxito de los años 60.
Von Beust justificó los incrementos de precio como el resultado de una falta de planificación detallada.
Simon Krätschmer avanza a tientas en solitario a través del desvencijado y siniestro barracón.
Eso es porque todos y cada uno de los milagros, así como cada distrito especializado, ocupan un campo completo.
La producción de este modelo de teléfono inteligente fue detenida completamente.
Era el 30 de Agosto de 2015, cuando un ejército de patos conquistaba Internet.
La generación de los teléfonos inteligentes recibió una aplicación que se merecía, en la que el mejor escenario posible daba una audiencia de millones a la situación más idiota.
Por otro lado, Vine fue arte en seis segundos.
Y ahora también es el campeón del mundo.
Sin embargo, para Kerber el final de temporada señala el fin de un año increíble.
Tras el éxito en el Abierto de Australia, la jugadora de 28 años perdió por primera vez en el último partido contra Serena Williams.
Lo único que no está claro ahora es en cuál.
¿Discute con su despertador?
Está claro: Los hombres podrían tener mayor responsabilidad en el tema de la anticoncepción.
Según la creencia cristiana, una tumba que había sido encajada en la piedra caliza fue la última morada de Jesús.
La razón para publicitar el vídeo en Alemania no está clara.
Los oficiales me preguntaron, a su manera incomparablemente estúpida, si conocía al escritor Günter de Bruyn y si somos parientes intelectuales.
Larry Vance, el investigador canadiense del accidente aéreo, declaró a SPIEGEL que está convencido de que uno de los pilotos había intentado aterrizar el aparato sobre la superficie del océano, de modo que se hundiese.
Los expertos australianos llegaron a nuevas conclusiones a partir de la investigación de una aleta de aterrizaje de Boeing que había aparecido en Tanzania, en el África Oriental.
Es posible que el asunto no se haya terminado para Barroso.
El cambio de Barrosos causó un gran revuelo.
Los actuales arrestos son "una continuación de los jueguecitos en nuestra contra", dijo Dündar.
Por el momento, el acuerdo entre Aoun y Hariri ha acercado a las dos facciones enemigas.
El marido de la actual candidata a la Casa Blanca, Hillary Clinton, indultó a varias personas, incluyendo también a Rich, durante el último día de su presidencia, el 20 de Enero de 2001.
Dündar advirtió a Europa contra una excesiva comprensión hacia la trayectoria de Erdogan.
Adnan Z. Amin, el director general de la Organización Internacional para las Energías Renovables (IRENA, según sus siglas en inglés) está seguro: "La energía eólica marítima se puede convertir en la principal fuente de energía de una economía global que no utilice fuentes de energía basadas en el carbón".
Los buenos números en Asia impulsaron rápidamente los mercados.
Se espera el crecimiento de un mercado inmobiliario en expansión y un aumento del gasto del gobierno federal.
Los dos cuadros de Lucas Cranach el Viejo expuestos son especialmente llamativos.
Por tanto los irritantes signos no desaparecerán completamente: Según los informes de la agencia de noticias dpa, sólo serán activados si, por ejemplo, el artista o el sello discográfico no son miembros de GEMA o no tienen un acuerdo con Youtube.
Los contaminantes no sólo atacan los pulmones sin desarrollar de los pequeños; también pueden producir un deterioro del desarrollo del cerebro adolescente a largo plazo.
No es sorprendente que tanto el gobierno federal como el estatal hayan clasificado al Patrimonio Natural Nacional como una empeño nacional de la máxima prioridad y lo hayan documentado a partir de 2005 en un acuerdo de coalición.
