Cuando murió Millican, dimos por hecho que tampoco volveríamos a ver al problemático y nervioso Odi.
¿Está funcionando la segunda serie hasta ahora?
Los superhéroes están fuera de la experiencia humana, y esto también lo está, de modo que lo enfoqué como un drama, dice Zimmer.
Pero los oscuros actos realizados por Cotton no sucedieron debido a ningún tipo de compulsión de matar.
Cotton nació el 31 de octubre de 1832, en un pueblo cerca de Sunderland.
Quizás no importe, ya que no estaré preocupado por mucho tiempo.
Tras haber dejado de ser un recuerdo de los años 70, la lanilla - o la crucial importancia de cubrir una superficie - vuelve a estar en auge.
La emblemática South Bank Tower de Londres contrató a la diseñadora de interiores Rachel Winham para diseñar el apartamento piloto. No cabe duda de que la tendencia táctil está estrechamente relacionada con nuestra obsesión creciente por fabricar cosas.
Dos años más tarde, Jutting, que ahora tiene 31 años, está siendo juzgado en el Tribunal Supremo de Hong Kong, acusado de dos cargos de asesinato y uno de impedir un enterramiento legítimo.
No sé por qué la elegí a ella…
En el Tribunal Supremo de Hong Kong, dos años más tarde, Jutting apareció mayormente compuesto.
Después de todo, nuestro rendimiento como organización raramente se mide en términos de lo seguros que estamos o la cantidad de reglas que seguimos.
Como resultado, mucha gente abre rápidamente los correos electrónicos o hace clic en enlaces y archivos adjuntos sin prestar atención ni pensar en las consecuencias. En primer lugar, debemos educar a las personas sobre como protegerse mejor en línea.
Finalmente, debemos hacer que denunciar presuntas infracciones y correos electrónicos maliciosos sea fácil.
En la lengua vernácula del terror, las votaciones se han convertido en el nuevo blanco fácil.
Este es un asunto de seguridad nacional del tipo más existencial.
Lo que importa el martes es que la gente vaya a votar, pero eso no significa nada si un votante registrado no está en la lista.
Una cantidad suficiente de esos, en una zona muy disputada, llevará al caos el día de las elecciones.
Carolina del Norte es la zona cero de estas elecciones.
Donald Trump es una persona pomposa, arrogante y que cree tener derecho a todo, y su temperamento es tóxico para los Estados Unidos.
Más de 5,7 millones de personas ya han votado en Florida tras dos semanas de voto anticipado en persona.
La ventaja del partido republicano fue motivada por un gran número de abstenciones, y su ventaja general era de unos 16.500 al inicio de esta semana.
Son las elecciones, por supuesto, no "Juego de tronos".
Martin todavía tiene que terminar dos de los restantes libros de su aclamada serie, actualmente presentados como "Los vientos del invierno" y "Un sueño de primavera".
Los estudiantes holandeses todavía tienen que decidir si van a comercializar su motocicleta eléctrica.
Una portavoz de Harley Davidson declaró que las fechas barajadas por los medios de comunicación, 2017 o 2020, no son correctas.
Los contratos de futuros están creciendo por encima del 1% en el mercado de los EUA, junto con los mercados europeos.
Los inversores están vendiendo obligaciones estatales, y el mayor impacto lo están sintiendo las obligaciones de los EUA y Australia.
Se le atribuye el ayudar a paliar la montaña de deuda acumulada por los gobiernos locales en China. Pero sólo se supo después de que la Agencia para la Protección del Medioambiente de los EUA había alertado al mundo sobre este asunto.
El apetito insaciable de China por el pollo frito era uno de los grandes motivos por los que los inversores amaban la matriz de KFC Yum Brands.
Con ayuda de la Unión Americana de Libertades Civiles llegaron a desafiar al estado, en un caso que finalmente llegó al Tribunal Supremo de los Estados Unidos.
Como queda claro en la película, los Loving, y en particular Richard, fueron participantes reacios de la historia.
Loving empieza cuando Richard y Mildred ya eran pareja, omitiendo un cortejo que hubiera sido interesante de ver, aunque solo fuese brevemente.
Estas vacaciones los famosos, los seguidores e incluso los reporteros de la CNN se están disfrazando de personajes de "Stranger Things".
No había visto muchos de los episodios cuando mi teléfono empezó a iluminarse.
En tanto que uno de los primeros espadas de Negan (Jeffrey Dean Morgan), se le permiten ciertas libertades. Norman es uno de mis mejores amigos, así que verlo en aquel estado emocional era muy desagradable.
Tras los nuevos episodios viene el programa posterior, "The Talking Dead".
Nuestro trabajo continuará en las ciudades en las que hemos iniciado o en las que estamos en proceso de construcción, dijo Barratt.
Se dijo que el esfuerzo hecho en Internet era el principal impulsor de los gastos de capital de la unidad.
Por ahora, los analistas dudan a la hora de dar el servicio por muerto.
En Holanda, las autoridades han adoptado un enfoque menos tecnológico a la hora de rastrear drones.
Microsoft anunció este miércoles el lanzamiento de una nueva herramienta de chat para el lugar de trabajo que pretende desafiar a Slack, la favorita del sector.
Este movimiento resaltó el deseo de la empresa de que los usuarios empezasen a pensar en sus productos como algo más que simples herramientas de productividad.
Pero su última iniciativa para chats en el lugar de trabajo es parte de una tendencia más amplia entre las empresas tecnológicas.
Isner, que mostró un poco de su mejor tenis al empatar en un set y forzar una situación decisiva, también rindió su tributo.
Tengo que felicitar a Andy, llegar a ser número 1 del mundo es un logro increíble, dijo el estadounidense.
La jugarreta de la pareja les dio acceso al torneo de golf en Corea del Norte, informó la cadena Nine News de Brisbane.
Dos australianos que admiten ser terribles jugadores de golf consiguieron ser admitidos en un importante torneo de golf en Corea del Norte a base de faroles.
Snowman saltaba la alta valla que separaba las dos propiedades y siempre volvía al lugar donde se sentía en casa.
Aparecía una y otra vez en mi cobertizo y yo le decía en broma al tipo que no quería que lo vendiesen.
A Snowman no le importaba que Johnny Carson cogiese una escalera de mano y se sentase al reves sobre él, añade.
Yo era solamente un chico con los zapatos llenos de barro.
No hay desfile y nunca lo ha habido.
Es un evento que México espera que llegue a competir con el carnaval de Brasil.
Hay 1200 voluntarios trabajando sólo para el desfile, dice González Anaya.
De modo que es fantástico poder recuperarlo y llevarlo a un nuevo formato y una nueva tradición para los Mexicanos.
Al completar esta lína maglev, creo que el gobierno espera un mayor desarrollo económico en Japón.
Una entrada para la F1 permite el acceso al concierto ese mismo día.
El sitio web del circuito de Yas Marina tiene los horarios exactos.
Noviembre es un gran momento para que vaya cualquiera que quiera ver la capital en toda su gloria.
También alimentó la aparición de modernos rascacielos, como el visionario MahaNakhon, el edificio más alto de Bangkok.
No todas las transformaciones de la región han tenido éxito.
Enterrado a 100 metros (328 pies) bajo el suelo, el metro de Pyongyang es uno de los sistemas de transporte más profundos del mundo.
Habló para CNN Style acerca de la experiencia.
En Pyongyang vi a algunas personas utilizando teléfonos inteligentes, pero muchas menos.
Pero la arquitectura puede construir puentes entre los vivos y los muertos, y hasta cierto punto difuminar los límites.
Cuando alguien muere de vejez en la India, se supone que es un motivo para celebrar. Diseñado por Juan Carlos Salas, el premiado edificio tiene una apariencia escultórica y todos los detalles tienen un significado.
Dice que la arquitectura no será de ayuda para los muertos, pero que ayuda a mantener viva su memoria entre los vivos.
La carta permitía la creación del gremio de los mercaderes y se gestionaba por los burgueses de la ciudad para cobrar impuestos a las personas a través del municipio.
Es excepcionalmente rico en minerales, pues contiene grandes depósitos de oro, diamantes y menas de manganeso, plomo, zinc, níquel, cobalto y molibdeno.
Más allá del extremo noroeste, predomina la taiga, que cubre una gran parte de la totalidad de Siberia.
En el 2019 Winter Universiade será en Krasnoyark
Los ejemplos son las islas de la Línea en el Pacífico y las Maldivas en el océano Índico
Las islas de granito comprenden las Seychelles y Tioman e islas volcánicas como Santa Helena.
Un ejemplo de isla desértica serían las pequeñas islas frente a la costa de Baja California, México.
Megabazo, el comandante de confianza del rey Darío fue responsable de completar la conquista en los Balcanes.
Las tropas aqueménidas conquistaron Tracia, las ciudades griegas costeras, y los peonios.
Al final, sobre 512-511 a. C., el rey de los macedónios, Aminstas I aceptó la dominación de Arqueménida y su país se convirtió en un estado subordinado del Imperio persa.
El ejército multiétnico de Aqueménida poseía muchos soldados de los Balcanes.
Además, muchos de la élite macedonia y persa se casaban entre ellos.
En 1912 fue fundada la primera compañía de películas (Athina Film) y en 1916, Asty Film.
En 2007 la película más exitosa fue "El Greco", dirigida por Yannis Smaragdis.
En julio de 1918, el tratado franco-monegasco fue firmado, ofreciendo limitada protección francesa sobre Mónaco.
El órgano ejecutivo consiste en el ministro de Estado como la cabeza de Gobierno, el cual preside sobre más de cinco miembros del Consejo de Gobierno.
Su policía incluye una unidad especial que opera con embarcaciones de patrulla y vigilancia.
Los proyectos actuales de reclamación de la tierra incluyen la extensión del distrito de Fontvieille.
De todas maneras, hay diferencias relevantes entre las leyes y los trámites de Irlanda del Norte, Inglaterra y Gales.
La clasificación de Bergeron es el sistema de clasificación de masas de aire más aceptado.
Mientras que la identificación de masas de aire se usó originalmente para la previsión meterológica durante los años cincuenta, los climatólogos empezaron a establecer climatologías sinópticas basadas en esta idea en 1973.
El monzón es un viento estacional dominante que dura varios meses y es el responsable de la temporada de lluvias en una región.
Varios germánicos y muchas tribus eslavas cruzaron Moravia durante el período de migración antes de que los eslavos se establecieran en el siglo 6to d. C.
Al final del siglo VIII, el principado de Moravia se convirtió en lo que hoy en día se conoce como Moravia al sudeste, Záhorie en el sudoeste de Eslovaquia y algunas partes de Austria.
