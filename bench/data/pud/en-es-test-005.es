Con la caída de la dinastía Qing en 1911, Mongolia fue declarada independiente por Bogd Khaan.
Pero la reciente establecida República de China consideraba a Mongolia como parte de su propio territorio.
Yuan Shikai, el presidente de la República de China, consideró la nueva república una sucesora de la de Qing.
Bogd Khaan dijo que ambos, tanto Mongolia como China habían sido administrados por un manchú durante la dinastía, y después de la caída de la dinastía Qing en 1911, el contrato de sumisión de los mongoles con los manchúes quedaba inválido.
El área controlada por Bogd Khaan se correspondía aproximadamente con la de la antigua Mongolia Exterior durante el período Qing.
En su afán por capturar a Kadesh, Ramsés II cometió un grave error en su táctica.
De hecho, el primer reporte erudito de la batalla, escrito por James Henry Breasted en 1903, resaltaba las fuentes que permitieron la reconstrucción de la batalla con exactitud.
Ramsés, incapáz de sostener logísticamente un largo asedio, regresó a Egipto.
De ese modo, el faraón egipcio se encontró al norte de Amurru, más allá de Qadesh, en Tunip, donde los soldados egipcios no habían estado desde el tiempo de Tutmosis III, casi 120 años antes.
En ese tiempo el aseguró que había luchado la batalla sin siquiera ponerse su coselete hasta pasadas dos horas desde el inicio de la batalla.
El año exacto del matrimonio entre Herodes Antipas y Herodías es el tema de debate entre los eruditos.
Dado que Herodes estaba en ese tiempo en Jerusalén, Pilatos decidió enviar a Jesús con Herodes para tratarlo.
Según el Nuevo Testamento, Pablo pasó dieciocho meses en Corinto, aproximadamente diecisiete años después de su conversión.
La última fecha solo podía caer en viernes si se añadía un mes bisiesto ese año, pero esto fue lo recomendado por Newton.
Es posible establecer la fase de la luna de un determinado día de hace dos mil años siempre y cuando no hubiera nubes o neblina.
Los fuertes fueron construidos en las partes más antiguas de Nueva Francia que no habían sido colonizadas.
Estableció la base para una integración en la que los mecanismos económicos y judiciales del Estado se pudieran aplicar por todo el Mediterráneo, como se había hecho antes desde el Lacio a toda Italia.
Cada poema narraba solo una parte de la guerra.
En etapas posteriores escritores, historiadores, y otros intelectuales creaban trabajos inspirados en la guerra de Troya.
Se predijo que él o bien moriría viejo después de una vida poco emocionante, o joven en un campo de batalla y ganando inmortalidad a través de la poesía.
De todas maneras, esto fue revertido cuando Julian murió en la batalla del 363.
Los últimos Juegos Olímpicos se cree que tuvieron lugar en el 393.
Shen Kuo pronto impresionó a Wang Anshi con sus habilidades como administrador y asistente de gobierno.
En 1072, Shen fue enviado a supervisar el programa de Wang para construir depósitos de lodo en el canal Bian, a las afueras de la ciudad.
Mediante la utilización de una técnica original, Shen consiguió dragar el canal con éxito y demostró el gran valor que tenía el lodo como fertilizante.
El ganó más reputación en la corte una vez que fue enviado como mensajero en la dinastía Khitan Liao en el verano de 1075.
La dinastía Liao había hecho agresivas negociaciones para presionar las fronteras del sur, mientras manipulaban a muchos embajadores incompetentes chinos que accedían a las demandas del reino.
La medicina también era estudiada, especialmente en el sur de Italia, donde la medicina islámica influenció a la escuela de Salerno.
Supuestamente, Tiberio se arrepintió de haberse marchado y solicitó varias veces regresar a Roma, pero Augusto rechazó todas sus solicitudes.
El parecía que deseaba que el Senado y el estado simplemente actuaran sin él y sus órdenes directas eran vagas, inspiraba más controversia lo que él decía que la legislación en sí misma.
Los dioses representaban claramente las necesidades prácticas de la vida diaria, y se les había otorgado con mucho cuidado unos ritos y ofrendas consideradas como las apropiadas.
Esto fue en barco desde la Europa continental.
Las ruinas del culto que se descubrieron en la zona consistían en una fila de diez rocas grandes en posición vertical, conocidas como menhires, orientadas de norte a sur, la más alta de las cuales tenía 3 metros de alto, con una estructura de tipo altar en el medio, y una pila de piedra larga y cuadrada.
El propósito exacto de esos megalitos aún se debate, pero ellos puede que hayan constituido un cananita "gran lugar" desde la Edad del Bronce, ca. 1600 a. C.
La ciudad cananita quedó destruida por un incendio, presuntamente al comienzo de una campaña del faraón egipcio Tutmosis III.
La más antigua referencia histórica que se tiene de la ciudad puede ser encontrada en una inscripción de los sitios conquistados en el templo de Tutmosis en Karnak.
Las cartas de Tell Amarna, datan del siglo 14 a. C. e incluyen diez cartas de los reyes de Gezer jurando lealtad al faraón.
Las partidas de nacimiento de Tailandia indican el día, mes y hora de nacimiento, seguido del día de la semana, la fecha del calendario lunar y el nombre del animal correspondiente del zodiaco.
Su signo del zodiaco es el mono y 1992 fue el año en el que tuvo lugar su tradicionalmente significativo sexagésimo aniversario.
En Tailandia, los colores favorables del día se incluyen en la tabla de los días de la semana, seguidos por un enlace a las imágenes de Buda para cada día de la semana.
El Año Nuevo chino y otras festividades que celebran los tailandeses de origen chino varían con respecto a ambas, ya que estas se calculan según el calendario chino.
Además, reforzó las defensas entre Egipto y Asia, al construir el Muro del Príncipe en la región al este del delta del Nilo.
El reinó solo quince años, lo cual se evidencia en la estructura incompleta de muchas de sus construcciones.
A pesar de esto, parece que ambos mantuvieron al menos partes del Bajo Egipto.
En el 9 de septiembre del 2002, Aldrin fue atraído a un hotel de Beverly Hills con el pretexto de ser entrevistado para un programa de televisión sobre el espacio para niños japoneses.
Aldrin se ha casado tres veces.
En 1519, él se convirtió en el gobernante del imperio de los Habsburgo, y ganó el título de "Emperador del Sacro Imperio Romano" en 1530.
Carlos, a pesar de sus duras acciones, se ha considerado como el gobernante más empático en cuanto a las necesidades de Holanda.
En 1566, un grupo de unos 400 miembros de la nobleza presentó una petición a la gobernadora Margarita de Parma para suspender la persecución hasta que hubiera regresado el resto.
Su conflicto contra el imperio otomano en el mar Mediterráneo puso estrictas limitaciones sobre el poder militar y podía desplegarse contra los rebeldes en Holanda. Un observatorio astronómico de la Edad de Bronce fue construido alrededor de 1900 a. C. y continuó sirviendo a la comunidad que vivía cerca hasta alrededor del año 700 a. C.
El centro espacial fue utilizado para observar el amanecer y la luna llena.
Tres marcas localizan el amanecer en el verano, en el solsticio de invierno y en los dos equinoccios
Cuatro más dieron la mínima y la máxima declinación de la luna llena: en verano, y en invierno.
Dos miden la duración de los meses lunares.
La importancia reside en dos hechos.
Durante el periodo posclásico en Yucatán un tercer sistema fue utilizado.
El origen de la palabra "Hispania" es muy discutido, y las pruebas de las diferentes teorías se basan en lo que apenas son meras similitudes, probablemente por casualidad, y que posiblemente carecen de pruebas adicionales.
Pero el impacto de Hispania para los recién llegados también fue significativo.
Durante las primeras fases de la romanización, la Península estaba dividida por los romanos en dos partes debido a sus propósitos administrativos.
Hacia el siglo III, el emperador Caracalla hizo una nueva división que solo duró un breve periodo de tiempo.
Ellos se habían impactado tanto por la belleza del área del lago Rudyard que cuando su primer hijo nació, lo llamaron como él.
Durante su tiempo allí, Kipling también conoció y se enamoró de Florence Garrand, la cual embarcada con Trix en el mar del Sur (al cual Trix había regresado)
Stephen Wheeler, el editor, trabajó arduamente con Kipling, pero la necesidad de Kipling de escribir era imparable.
De vuelta en Lahore, unas treinta y nueve historias aparecieron en la gaceta entre noviembre de 1886 y junio de 1887.
En ese momento, él había estado pensando mucho más sobre el futuro.
Jin Ping Mei, publicó en 1610, además de incorporar materiales tempranos, marcas de tendencia hacia una composición independiente y preocupada por la psicología.
La mayor matriculación de niños varones en la escuela secundaria, la renta per cápita y la tasa de crecimiento económico tuvieron efectos significativos en la reducción de la posibilidad de una guerra civil.
Concretamente, la matriculación de niños varones en la escuela secundaria un 10% por encima de la media redujo la posibilidad de un conflicto en torno a un 3%, mientras que la tasa de crecimiento un 1% más alta que la media del estudio redujo la posibilidad de una guerra civil un 1%.
El estudio interpretó estos tres factores como los indicadores de ganancias perdidas por la rebelión, y por tanto que unas ganancias perdidas menores incitaron la rebelión.
Dicho de otra manera: los jóvenes (quienes hicieron la gran mayoría de los combatientes en las guerras civiles) son menos propensos de unirse a una rebelión si ellos obtienen una educación o tienen un buen salario, y ellos pueden asumir que van a prosperar en el futuro.
Una renta per cápita baja se ha propuesto como posible causa de reivindicaciones, lo que puede desencadenar una rebelión armada. Con su promesa para garantizar las libertades, se comprometía a disolver las tensiones entre comunidades y a transformar el imperio en un lugar más armonioso.
La revuelta árabe que comenzó en 1916 se volvió en contra de los otomanos en el frente del Medio Oriente, donde inicialmente parecía tener la ventaja en los primeros dos años de la guerra.
En varios pasajes, se discute específicamente los efectos de la guerra, social y culturalmente degenerativos, en la humanidad.
El sacerdote dominicano Heinrich Kramer fue asistente del arzobispo de Salzburgo.
En 1538 la Inquisición española advirtió a sus miembros que no creyeran todo lo que decía el Malleus.
El bautismo forzado era contrario a la ley de la Iglesia católica y teóricamente cualquier persona bautizada a la fuerza podía legalmente volver al judaísmo.
La frontera este de Macedonia con Tracia ahora estaba protegida por el rio Mesta. Luego, Filipo marchó en contra de sus enemigos del Sur.
En Tesalia derrotó a sus enemigos y hacia el año 352 tenía el control pleno de esta región.
El ejército macedonio avanzó hasta el paso de las Termópilas, que divide a Grecia en dos partes, pero no intentó tomarlo porque estaba fuertemente protegido por una fuerza conjunta de atenianos, espartanos y aqueos.
Tras asegurar las regiones limítrofes de Macedonia, Filipo reunió un gran ejército macedonio y se adentró en Tracia para llevar a cabo una larga campaña de conquista.
Catalina de Rusia también estaba muy satisfecha.
Durante la guerra, se utilizó constantemente a Pearl Harbor como propaganda estadounidense.
Esta visión idealizada de la monarquía de los Romanov le impedía ver el estado real de su país.
El Imperio ruso era una aglomeración de diveros grupos étnicos que mostraron señales significativas de desunión en los años anteriores a la Primera Guerra Mundial.
Esta ciudad-estado emergió en el mismo periodo que Sukothai.
Este contacto con el Oeste, durante el siglo XVI, condujo a un periodo de profundo crecimiento económico dado que se establecieron rutas económicas lucrativas.
El ejército se desempeñó bien en combate en Cuba.
Sin embargo, estaba muy orientado a pequeños puestos en el Oeste y no muy bien preparado para un conflicto en el extranjero.
Dependía de voluntarios y unidades de milicia estatal que se enfrentaban a problemas logísticos, de entrenamiento y alimentación en las áreas de preparación en la Florida.
Los Estados Unidos liberó a Cuba (después de la ocupación del ejército de EE.UU.).
Por medio del tratado de paz España cedía a los Estados Unidos las colonias de Puerto Rico, Guam y Filipinas.
La ofensiva en contra del enorme ejército reclutado por Venecia se emprendió desde Francia.
Para 1563, la población de Venecia había descendido a alrededor de 168 000 personas.
Durante el Renacimiento, la educación básicamente se reducía a literatura clásica e historia, ya que se pensaba que los clásicos ofrecían enseñanzas morales y una comprensión completa del comportamiento humano.
Sin embargo, existen extensivos análisis estadísticos de datos demográficos y de la población que incluyen a mujeres, especialmente en edad fértil.
La mayoría de la información acerca del periodo proviene de los lugares de sepultura y el ajuar funerario que estos contenían.
