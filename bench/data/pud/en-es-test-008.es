A diferencia de la del 28 de octubre, apenas se ha comentado nada de la carta del sr. Comey.
Si su oponente demócrata fuera elegida, el aseguró que ella estaría: "bajo investigación por años".
Si alguien no puede manejar una cuenta de Twitter, tampoco puede manejar códigos nucleares, - se burló Obama.
De acuerdo con el programa, ella hablará a las 23:45 p.m.
El martes, Estados Unidos de América podría elegir la primera mujer presidenta de su historia.
Por otro lado, las relaciones de los últimos veinte años de la sra. Clinton con el continente dejan mucho que desear.
Los conservadores islámicos del AKP se han tomado este rechazo como una justificación de los interrogatorios.
Una tercera parte de la mayoría es necesaria, específicamente los votos de 367 miembros del parlamento (de 550), donde 330 votos son requeridos para provocar un referéndum.
El jueves, 3 de noviembre, el alcalde de Saint-Gaudens (en la región Haute-Garonne) decidió suspender el acuerdo de desarrollo urbano con el gobierno formado en el 2014.
Lo último es supervisar las primarias republicanas, en las cuales Rachida Dati apoya la candidatura de Nicolas Sarkozy.
En su mensaje, el anterior ministro de Justicia acusó a Brice Hortefeux de ser un "facista", "ministro (tonto) del Interior" y un "rufián".
¿Cuáles son las limitaciones que podrían inhibir las expresiones de las creencias religiosas en compañías privadas?
Incluso si la mayoría de las situaciones que surgen en el lugar de trabajo pueden ser resueltas sin un conflicto.
¿Se les permite a los trabajadores tener objetos religiosos en sus escritorios?
La unión de la fuerza obrera lamenta que sus observaciones de la guía de contenido no fueran incluídas: "No hubo realmente una consulta," dijo el sr. Gillard.
La guía es problemática, primeramente porque se ha desarrollado "en el contexto de un estado en emergencia".
Esta cláusula incluía el tiempo empleado en desplazarse hasta los domicilios de los clientes durante la jornada laboral.
Ambas organizaciones presentaron una apelación que fue rechazada por el tribunal de casación el 12 de octubre.
Tiene como objetivo tener en cuenta el tiempo de desplazamiento deduciéndolo de las horas reales trabajadas, sin que sea capaz de calcular el tiempo real de trayecto.
El tiempo de trabajo emprendido en esta primera hora es mas o menos igual a 45 minutos.
"ETA está en las últimas", desveló el grupo francés.
También destacó que "la existencia de dicho documento podría tener consecuencias tan probables como inaceptables".
El Consejo Digital francés, que asesora sobre proyectos de ley relacionados con asuntos de tecnología digital, también podría examinarlo.
De acuerdo con Le Figaro, este gobierno podría liberar hasta 42 millones de euros, de los cuales 15,5 millones irían hacia la seguridad.
Francia no tiene buena reputación.
Tina Anselmi nació el 25 de marzo de 1927 en Castelfranco Veneto; creció en una familia católica antifascista, que vivió marcada por la persecución de su padre, militante socialista.
Al haber tenido siempre un contacto directo con la Union Católica, Tina Anselmi se ocupó sobre todo de los derechos de los trabajadores textiles y los profesores.
Es difícil concebir que Italia tenga menos kilómetros de red de metro que Madrid.
Se ha recalcado que de ninguna manera podemos continuar con aquellos que están completamente en contra de Italia.
Evaluaremos si pasamos, y de qué manera, a la siguiente sección.
El éxito musical es "Geronimo" de Sheppard.
El estado ofrecerá a los mayores de edad 500 euros, que deberán gastarse antes del 31 de diciembre de 2017.
Se genera un cupón que puedes guardar en tu smartphone o presentar en caja.
A partir del 1 de enero subirán los precios de la gasolina y el diésel.
El CGI Mestre ha declarado en un nota que no habrá subidas de IVA, al menos en 2017.
Un nivel que, en ambos casos, está entre los más altos de la UE.
Las últimas cifras corresponden al 24 de octubre del año pasado y nos indican que nuestro diésel cuesta 1,335 euros por litro, en contraste con la media de la eurozona de 1,165 euros.
Un costo singinicantemente alto el cual claramente excede el promedio de los países que adoptan una sola moneda, la cual es igual a 1,365 euros por litro.
Corrado Passera retira la oferta del Mps debido a: "la actitud del cierre total que el banco nos ha mostrado".
Como se ha indicado, la decisión es una prerrogativa del BCE y sería inapropiado por parte del banco hablar en su nombre y excluir la posibilidad de buscar otras alternativas.
Esto es lo que se ha escrito en una nota a los parlamentarios tras la decisión del ex ministro de abandonar el partido.
Será evaluado.
Los estudiantes de la universidad LUISS fueron informados en el transcurso de una reunión que tuvo lugar en Roma.
Esta mañana, el Papa Francisco conoció a Mark Zuckerberg y a su esposa en la Casa Santa Marta.
Cuatro estudiantes en la universidad de Roma III han desarrollado un casco de motocicleta que puede "leer pensamientos" ayudando a anticipar las acciones de los conductores.
Uno de los ejemplos de ciencia aplicada en el ámbito de las medidas de seguridad ha producido también un robot humanoide para competir con Valentino Rossi.
A cambio, Uber recibirá una inversión de mil millones de dólares y un puesto en el consejo de administración de la compañía china. Más y más compañías de tecnología están al mando más que nunca en Wall Street, incluso más que en Silicon Valley.
Amazon se ha convertido en la cuarta compañía americana con la mayor capitalización del mercado, sobrepasando a ExxonMobil.
Los directores de empresas como Spotify, Tesla, Uber y Snapchat asistirán a un evento privado, además de a la cumbre de Mountain View.
La presidenta de la Comunidad de Madrid, Cristina Cifuentes, representa a los más conservadores, mientras que otros líderes del partido, como el vicesecretario sectorial Javier Maroto, representan a los más progresistas.
Durán ejerce de portavoz y Ángel Pintado de tesorero.
Por primera vez en los últimos seis años la tasa de paro ha bajado del 20%, y ya hay 600.000 ocupados más que hace un año.
Su gestión, sin embargo, no ha estado exenta de críticas.
Los sindicatos se han mostrado muy combativos y han pedido en reiteradas ocasiones derogar la norma de la que Fátima Báñez se siente más orgullosa.
Ahora, este Ministerio se enfrenta a nuevos desafíos.
Además, el Gobierno tendrá que lidiar con otra patata caliente.
Defensa le permite continuar, por el momento, como secretaria general del partido.
Es, aseguran las fuentes consultadas, «100% Cospedal».
A pesar de ellos, no todos en el partido entendieron ayer los mensajes que el presidente pretende enviar a los suyos.
Barón de Claret, el único con título nobiliario en el Gobierno.
Pedro Sánchez, como otros muchos socialistas, dijo en el programa de Évole que España es una nación de naciones.
¿y la de las partes en cuál, en derechos históricos?
Dijo en una ocasión Federico Fellini: "El payaso es a la humanidad como la sombra es al hombre".
Se halla solo frente al público y, en el fondo, tiene que sacar lo mejor de sí mismo para hacer reír al espectador.
En las películas de guerra o de indios y vaqueros, lo que molaba eran las batallas, las peleas y las zurras.
En la oratoria parlamentaria caben el énfasis, la fina ironía, la indirecta contundente y otros recursos de la palabra bien empleada, pero no el papirotazo y la astracanada.
Cree que nadie nos espera al esperarnos.
Tal vez por eso un galope de espuma le aniebla las pupilas mientras la sílaba del tiempo descubre su cosecha y entrega su misterio al agua agavillada.
Y hay que saludarles con el espíritu abierto y la mente despejada porque forman la generación nueva de la belleza y la esperanza.
Por eso, Trump no está muy preocupado por el voto latino a nivel nacional.
El voto anticipado sugiere que, esta vez, un mayor número de latinoamericanos saldrá a votar, pero no está claro si este aumento tendrá alguna repercusión.
Habrá movilizaciones y más cosas, ya está todo previsto, dicen a EL MUNDO los opositores.
Decenas de seguidores del FSLN celebran ya el triunfo en la Plaza de las Victorias.
May ha recibido grandes críticas por no responder abiertamente y eludir a los medios tras el fallo judicial del Brexit.
Fundado en 1925 como entretenimiento para el hombre común, el teatro al aire libre en la gran escalinata delante de San Miguel todavía atrae a un público variado.
La alegre dedicatoria tuvo lugar el 30 de abril de 1995.
Un sistema telegráfico equipado con 34 señales contra incendios entró en funcionamiento en 1882.
Terrenos del antiguo teatro de marionetas, que había sido dado a la comunidad, fueron tomados por jugadores y empleados en 1992.
Esto está relacionado con uno de los pocos edificios del centro de la ciudad que se había salvado de ser destruido al final de la Segunda Guerra Mundial.
En 1832, el antiguo monasterio fue vendido al fabricante Georg Reichenbach por el estado de Würtemberg, con la condición de que tenía que establecer una fábrica de algodón en él.
Los ciudadanos musulmanes que se han establecido desde el inicio de la década de los 60 emigraron mayormente desde Turquía.
Entre ellos está el antiguo claustro de la iglesia abacial de San Pedro y San Pablo.
El histórico edificio consistorial en Obermarsberg tiene su origen en el siglo 13 y fue renovado tras la Guerra de los Treinta Años.
Hay diferentes teorías sobre los motivos para dejar el lugar.
El Parque Golden Gate, que tiene más de cuatro quilómetros de largo, ofrece un jardín botánico, un planetario, un jardín japonés y un acuario.
Sirve de lugar cercano en el que relajarse y descansar para los habitantes de San Francisco.
El jardín Yerba Buena fue construido a inicios de la década de 1990 en el tejado del Centro de Convenciones Moscone North.
Contiene un monumento a Martin Luther King, Jr. La economía de la ciudad está en franca decadencia desde los años 60.
Durante las elecciones generales de 2010 el Partido Laborista consiguió vencer en los siete distritos electorales.
Tanto el momento como la secuencia de eventos de este incidente fueron discutidos enérgicamente. En abril de 2012 Erdogan, el Primer Ministro turco, anunció los planes de su gobierno de liberar el Bósforo mediante la construcción del Canal Estambul en paralelo al mismo.
Los otomanos querían evitar que el grano continuase siendo transportado porque tenían una gran necesidad del mismo.
Al Imperio Otomano y a Rusia se les denegó el permiso de mantener su flota de guerra en el Mar Negro.
Pertenece al ámbito de las culturas más ambiciosas de la época, de la que se conocen muchos yacimientos.
Al igual que la mayoría de los yacimientos del sur de Europa, el hallazgo se remonta al inicio del siglo V a. C.
Es probable que la persona más conocida de la Edad del Cobre sea Ötzi, la momia congelada que vivió en el 3300 a. C.
Estaban sobre todo en colinas.
Además, el proceso de aplicar pan de oro sobre el cobre es tecnológicamente destacable.
