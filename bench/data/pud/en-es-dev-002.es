En teoría, una pareja podría abrir cuatro cuentas en Tesco y ganar el 3% sobre una cantidad de entre 12.000 y 360 libras. Mientras tanto, los clientes del Bank of Scotland ganan el 3% sobre saldos de 3.000 a 5.000 libras al añadir la opción gratuita Vantage a su cuenta.
En teoría, de este modo usted puede acceder a su dinero en cualquier momento que lo desee.
Esa tasa del 3% también se aplica a los titulares de una tarjeta Nectar que quieran tomar prestadas entre 15.001 y 19.999 libras durante un periodo de entre dos y tres años.
El azufre es un nutriente clave para las plantas que es vital para su crecimiento sano, pero los suelos del Reino Unido tienen un déficit natural de este mineral esencial. Avancemos hasta 2016 y esto merece cada vez más atención.
Aunque parezca sorprendente, incluso las nubes de lluvia ácida pueden tener aspectos positivos.
Es posible que el mundo sea exasperante y absurdo, pero al menos hay alguien que tiene el amor propio necesario para seguir protestando contra ello.
Terminas escuchando con mayor atención a la espera del próximo ruido e irritándote más cuando lo oyes.
Eso es simplemente horroroso de verdad.
Es justo decir que Rocco Catalano trabaja, vive y respira el estilo retro.
Creo que ese es el motivo por el que se sumergieron en los patrones y el color.
Catalano volvió a vivir a la zona tras haber vivido primero en Londres y a continuación en Glasgow, donde había estudiado diseño de joyas, en la Escuela de Arte de Glasgow.
Me encantaron los colores tropicales, dice.
Visito los actos de graduación de la universidad de Northampton para descubrir nuevos talentos, dice.
Pero cuando sugiero que utilice a Frank de modelo, ella se rie.
Naturalmente, el espacio de oficina dispone de mucha ropa y poca comida.
La propia Wintour aparece brevemente y es grabada poniéndose las gafas de sol antes de ser entrevistada. Me fijé en el motocross y cuanto más me fijaba más continuaba apareciendo la cara de esta mujer, en fotografías que parecían de los años 70.
Me encanta jugar con eso y siempre estoy a la búsqueda de musas que encajen, ya que resulta muy interesante hacer una colección cuando encuentro alguna.
En el mejor de los casos peca de inocencia, y en el peor permitiría que los grupos de presión a favor de las armas vuelvan a evitar sus responsabilidades.
Jeff Knot, su responsable de políticas de protección de la naturaleza, afirmó: "me sorprendería que se introduzca una prohibición o una autorización en base a esto".
La postura de RSPB también les ha llevado a enfrentarse con muchos conservacionistas importantes, desde el autor de la petición, Mark Avery, al presentador de televisión Chris Packham.
Digamos simplemente que se equivoca.
¿Y cuál es la postura de Australia?
Con respecto a esto, un punto de la agenda en Marruecos tendrá lugar el sábado a mitad del día, cuando los países desarrollados se cuestionarán públicamente unos a otros acerca de sus planes y ambiciones.
Estamos pensando activamente en posibles modos de limitar el alcance del litigio exclusivamente a quienes estén realmente involucrados en un proyecto, se dice que ha dicho.
Sin los límites propuestos el bacalao podría desaparecer del Mar Céltico, afirmó un funcionario de la UE.
Pero también se han planificado grandes reducciones para el bacalao, lenguado, solla, gallo y abadejo en el Mar Céltico y el Mar de Irlanda.
Los conservacionistas dieron la bienvenida al anuncio de la comisión.
Sólo 50 eran mercados.
El acceso a Agora era sólo mediante invitación, pero muchos de esos mercados son de fácil acceso si se sabe como buscar, añade el doctor Lee.
No existían en nuestros días, y las personas que no tienen hijos utilizan expresan todo su rechazo hacia la paternidad moderna mediante su falta de aprobación.
Día tres, estaba de vuelta en Emicro.
El mundo, y por extensión el Reino Unido, se enfrenta a la escasez de personas con las habilidades necesarias para montar una defensa efectiva.
Las empresas podrían tratar de establecer un cortafuegos entre los sistemas sensibles y las potencias extranjeras, pero no siempre funciona.
Pero al menos pueden plantar trampas para confundir y disuadir, un concepto conocido como "defensa activa".
Tras descubrir un rico filón de discusiones sobre el tema en Internet, mi lista se había hecho excesivamente larga y cubría casi todos los estados de la unión.
Descubrí unas cuantas.
Mi siguiente parada fue Bellingham, muy cerca de la frontera canadiense.
De vuelta en el tren, continuamos hacia el sur.
Una pequeña ciudad con dos minaretes pasa deslizándose.
En cada estación, un guardia con una gorra roja preside la plataforma y una persona encargada de puntear las ruedas camina a lo largo del tren con un martillo, golpeando suavemente el chasis.
A continuación, visite el mercado de la mañana (de las 6.30 a las 10 de la mañana): piruletas de arroz, capullos de avispa (las pupas son consideradas una delicia), pulmón de búfalo, corteza y hojas de nuez de betel, sapos y bagres vivos.
Esta intervención es potencialmente la de mayor alcance realizada por Pekín desde la cesión de Hong Kong por parte del Reino Unido en 1997.
El juramento implica que los legisladores juren lealtad a Hong Kong como parte de la República Popular de China.
El gobierno de Hong Kong, que está liderado por legisladores favorables a Pekín, ha argumentado que la pareja no debería ocupar el cargo.
Pekín considera que su intervención es necesaria para evitar una continua parálisis legislativa en la ciudad, afirmó.
Mientras tanto, Hong Kong parece estarse preparando para una oleada de protestas.
En el Show de Andrew Marr de la BBC declaró: "Lo último que quiere el gobierno son unas elecciones generales".
Su sueño es terminar aquí su carrera.
Es fácil no dar importancia a empatar un partido que has dominado, pero hacerlo tres veces seguidas indica una debilidad.
Estamos así de decepcionados porque nos hemos dejado seis puntos jugando en casa.
Pero en este momento todo está desajustado y parece estar buscando respuestas todo el tiempo.
La encuesta anual también reveló que la preocupación acerca de asumir nuevas cargas económicas se ha disparado.
La señora Hopley añadió: "El aumento del riesgo político no debe pasar desapercibido".
Las noticias del engaño de la empresa, que había estado sucediendo durante años, hicieron decrecer el valor de VW en decenas de miles de millones, y le costaron su trabajo Martin Winterkorn, el director ejecutivo.
También ha hecho que VW sea vulnerable a grandes demandas de indemnización y acciones legales, así como también lo ha llevado a tomar medidas preventivas por valor de más de 16 mil millones de euros.
La investigación empezó en junio, centrándose en el señor Winterkorn y el jefe de marca Herbert Diess, que continúa trabajando para el fabricante de automóviles.
Fue ascendido a presidente en octubre de 2015, un mes más tarde de que el escándalo saliese a la luz.
Las empresas habían esperado empezar a contratar en julio, inmediatamente después de la votación del Brexit, pero sin embargo han conseguido continuar creciendo de forma constante.
Las empresas minoristas y mayoristas se expandieron, ya que los consumidores continuaron siendo optimistas, y las compañías de servicios al consumidor también crecieron.
Sin embargo, habrá límites a su capacidad de gasto, ya que el gobierno todavía tiene un déficit presupuestario sustancial.
El coste cambiará mensualmente y se espera que el precio aumente en invierno con el incremento de su uso.
La tarifa de tasa fija de Eon es de 760 libras y los clientes de Avro Energy pagarían unas 760 libras por sus tarifas Simple y Select.
¿O es un estándar o tarifa de pago anticipado cara?
Un inversor medianamente afortunado y con 10.000 libras en obligaciones podría esperar recibir 125 libras en premios por año.
Si lo hiciesen, las obligaciones con prima no serían diferentes de las cuentas de ahorro ordinarias.
El dinero invertido en obligaciones con prima, y en otras cuentas de ahorro nacional e inversión, se utiliza para ayudar a financiar el gasto gubernamental.
Esto no ha impedido que los inversores hayan acudido a depositar su dinero en los fondos.
Fue seguido por los fondos de renta y multi-estrategia con un objetivo de rentabilidad para inversores de Aviva, en los que los inversores depositaron 2 mil millones y 1,4 mil millones de libras respectivamente.
Esto significa que no se han beneficiado del crecimiento de los activos en el extranjero causado por la caída de la libra.
Adidas está ayudando a limpiar los océanos de la tierra mediante la utilización de la basura que flota por todo el mundo para fabricar calzado.
El consumidor puede potenciar la demanda de cambio.
Un importante informe publicado en enero informó de que para 2050 los océanos contendrán más plástico que pescado, a no ser que la humanidad adopte acciones radicales para impedir que la basura termine en el mar.
Tras una operación realizada por un genio y muchas horas de exigente rehabilitación me he recuperado completamente.
Con la advertencia de que en estos momentos el servicio nacional de salud está bajo "una presión enorme", exhortó al público a que acepten una mayor responsabilidad por su propia salud.
Cuatro de cada 10 adultos han resultado heridos por causa del mal tiempo, mientras que nueve de cada 10 subestiman lo frío que puede ser el Reino Unido en invierno.
Jugarán el sábado 10 de junio.
El año pasado fue un año increíble y espero que seamos todavía mejores en 2017.
Empezó en RSC a mediados de los años 60 representando a un interno de un psiquiátrico en Marat/Sade.
¿De donde viene toda su energía? ¿O esa voz, que puede explotar con suficiente fuerza como para crear ondas de choque?
Su cuello se dirige hacia el frente con las venas acentuadas en actitud de confrontación, le tiemblan las manos.
Pero, al haber permitido que Glenda marque con semejante facilidad, ¿quién le echaría la culpa?
Trabajó en noticias y asuntos de actualidad en la radio y televisión durante décadas.
En teoría, si se hace bien, es indetectable.
Dejar caer el micrófono.
Según la cuenta del propio director, hasta ahora ha hecho ocho películas.
El cine había cambiado tan drásticamente que Hollywood había alejado al público familiar.
Desde el punto de vista del director, la película es un precario ejercicio de equilibrismo, entre una alegre gamberrada para toda la familia y un contundente drama social.
A un cierto nivel, funciona como un cordial y reconfortante producto sin pretensiones que parece hecho a medida para ser visto el domingo por la tarde.
Y, por supuesto, está Bob, una fuente constante de entretenimiento.
Por lo tanto, el resultado no es precisamente genial.
Para las audiencias modernas, la mayoría de las cuales tendrán escasa experiencia en la primera línea de conflictos, las proezas de Doss corresponden al ámbito de lo inimaginable. La historia de Doss también tiene una improbable calidad que lo hace tanto más atractivo.
Todos los médicos estaban armados, excepto yo.
