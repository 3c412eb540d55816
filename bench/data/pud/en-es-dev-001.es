Los médicos no tienen esas herramientas, solo tienen una libreta de recetas y una inyección, dijo Mailis.
El Director de Evaluaciones de Policía Independientes, Gerru McNeilly, estableció los términos para su evaluación esta semana después de que surgieran "preguntas alarmantes" sobre cómo los policías interactúan con pueblos indígenas.
La evaluación también está investigando las publicaciones inflamatorias en Facebook de septiembre, las cuales se cree que provienen de policías de la ciudad del norte de Ontario.
Los directivos también recibieron las conocidas como "remuneraciones por rendimiento" por alcanzar o superar las expectativas, compartiendo un bote de 1,5 millones de dólares entre ellos o unos 15 000 dólares cada uno.
El presupuesto anual es de más de 1,4 mil millones de dólares y cuenta con más de 6 000 empleados.
El gobierno federal informa de manera proactiva sobre remuneraciones extra por rendimiento y sobre los grados de bonificación para cada departamento, pero la última publicación en la web es de 2013-2014, es decir, de hace dos años.
La suma total de las remuneraciones por rendimiento y de las bonificaciones ese año fue de 1,5 millones de dólares, cuantía similar a la de 2015-2016.
Gomery, quien estaba al cargo de la comisión investigadora sobre el escándalo de patrocinio federal entre 2004 y 2006, dijo que ambos organismos eran esenciales para ayudar a restaurar la confianza del público en el estado de derecho.
Esto llevo a la revelación durante los últimos dos días de que al menos otros seis periodistas de Quebec fueron el objetivo de operaciones de vigilancia policial provinciales.
No se debería conceder ni a individuos ni a organizaciones acceso preferente al gobierno o acceso preferente a compadecer por haber realizado contribuciones económicas a políticos o a partidos políticos, indicaban las directrices. El juez del caso de fraude y abuso de confianza de Duffy dictaminó que obedecían las normas del Senado cuando retiró todos los cargos de Duffy.
Hoy en día nuestros teléfonos móviles son mucho más que teléfonos.
Es increíble, afirmó la consumidora de los datos ilimitados de SaskTel Lindsay Gay el mes pasado.
También señaló que Rogers había introducido hace poco aplicación basada en una herramienta que ayuda a los usuarios a controlar el uso de sus datos.
Eso es lo que hace que sigamos volviendo a por más.
Estas estimaciones coinciden con los porcentajes de los nuevos apartamentos que se incorporan al mercado de alquiler tras su finalización, lo que indica el importante papel que desempeñan los inversores (nacionales) en el mercado inmobiliario del área metropolitana de Toronto.
Esta cepa ayuda con el dolor de espalda, esta con las náuseas, este producto te hace dormir por la noche, explica Dietrich, de la sede de la compañía en Denver, Colorado, donde se vende hierba legalmente.
Pero sin un marco legislativo, y con orígenes asociados de remedio popular para modificar el estado de ánimo, las empresas tienen muchas preguntas.
En hierro es un elemento esencial que el cuerpo necesita para producir hemoglobina, la proteina que se encuentra en los glóbulos rojos y que es responsable de transportar el oxígeno hasta los tejidos del cuerpo.
El periodo de espera actual es de ocho semanas.
Se puede tener niveles de hemoglobina normales y tener bajos niveles de hierro en general, afirman los Servicios Canadienses de Sangre (CBS).
Las nuevas directrices sobre el hierro implican que se necesitan más donantes.
Lo que empezó como una ecografía rutinaria se complicó cuando la embarazada Margaret Boemer, de Plano, Tejas, recibió la noticia de que su niño no nacido padecía una enfermedad rara y necesitaba cirugía para sobrevivir.
El teratoma sacrococcígeo es un tumor que se desarrolla antes del nacimiento y crece a partir del coxis del bebé.
Se trata del tumor más frecuente en bebés y se produce en uno de cada 35 000 nacimientos.
Tenía 84 años.
La describió como una mujer "extraordinaria" y "cariñosa y maravillosa" que dejó su marca en el mundo literario con sus historias.
Algunos hombres lo entienden y Bono es uno de esos jóvenes, dijo Leive en una entrevista hace poco.
Con tan solo 20 años, lucha contra el acoso y ayuda a las chicas a aceptar sus propios estándares de belleza.
Su voz se escuchó literalmente por todo el mundo, dijo Leive.
En cuanto se publicaron las fotos oficiales de la fiesta, las redes sociales se llenaron de comentarios y estos fueron negativos.
Muchas personas, entre los que se incluyen pueblos indígenas, defienden que se trivializa la cultura de las primeras naciones.
Estas comparecencias de la Radio-televisión y la Comisión canadienses de las telecomunicaciones (CRTC) tienen como propósito obtener respuestas de las industrias interesadas y del público.
Esto no se aplicaría únicamente al contenido de ocio, también se aplicaría a la educación, a la investigación y, quizás con mayor importancia, al discurso político.
Al fin y al cabo, internet no es un lujo, es una herramienta esencial. Los escombros formaron un anillo alrededor del ecuador de la Tierra y con el tiempo se juntaron debido a la gravedad para dar lugar a la Luna.
Todavía quedan preguntas sin responder.
El mes pasado alguien lanzó cócteles molotov a la sede del Partido Republicano de la ciudad de Hillsborough, justo a las afueras de Chapel Hill. Después de que Carolina del Norte aprobase su ley de derechos de voto restrictivos en 2013, Campbell fue por las iglesias enseñando a la gente cómo solucionar los problemas que surgen al registrarse.
Podía detectar los efectos de la elección en su entorno cuando se originaban conflictos y se producía una curiosa intersección entre nuevas y viejas ideas.
Esta discordancia entre los datos económicos y la retórica política es familiar, o debería serlo.
Los economistas Republicanos alertaron de que no se debían considerar esos datos como prueba de que su partido era pésimo con la política económica.
No sé cuál fue el crecimiento del PIB durante el gobierno de Washington y de Lincoln, pero los desarrollos institucionales de esos mandatos tuvieron efectos largos y duraderos.
Existen más diferencias que similitudes entre Sulla y Trump, entre Roma y Estados Unidos, pero eso no quita valor a los parecidos.
y, como admitió, "debemos identificar los puntos en los que ha reconocido que tenemos que hacer algo diferente, en los que podemos mejorar, y los puntos en los que ha expresado su pesar".
Pero, a medida que aumentaron las críticas hacia Clinton como primera dama, también aumentó la empatía de Karel.
Cuando le imito, me siento poderoso, explicó John Di Domenico, el imitador de Donald Trump, en Slate el año pasado.
A medida que aumenta la histeria por las elección presidencial de 2016, a Karel le preocupa cada vez más algo más amenazador que las tonterías.
Normalmente se trata de artistas que quieren hacer un montón de cosas.
Entonces se acaba el anuncio.
Los productores de Miami Bass se mostraron indiferentes en el arte de mover el culo, su principal preocupación.
En una reciente entrevista, Zay y Zayion describieron cómo grabaron su versión de "Knuck If You Buck" en un portátil de uso personal.
Sin embargo, los retos, y las canciones que los recogen, añaden un sistema nervioso trazable y conectivo al borroso conjunto de vídeos desenfocados.
Sus renovaciones destacan la llamada a un gran cambio, si no es artístico es de incomodidad, crecimiento y de una conexión profunda.
Sería mucho más seguro, pensó platón, otorgar el poder a guardianes cuidadosamente instruidos.
Como mucha gente que conozco, me he pasado los últimos meses en vela leyendo encuestas con miedo.
Caplan descarta el voto castigo haciendo referencia a dos académicos que afirman que "es igual de irracional que matar al faraón cuando el Nilo no se inunda".
Pero no había nada más que fuese evidentemente artístico sobre ella o en su comportamiento con otras personas.
En 2010, la fundación publicó una edición tipopuesta de "El sueño de la ficha" prohibiendo el derecho a participar a aquellos que frustraban con la impresión de borrador de la impresión con placas fotomecánicas.
Intenté revelar un étimo mientras hablaba con Woods por correo electrónico.
Un completo descuido de su propia salud, afirmó Alice, su mujer.
Cada mapa en la exposición cuenta su propia historia, aunque no todo está basado en hechos reales.
También se muestran por primera vez en el Ministerio de Defensa de Reino Unido mapas que recrean batallas de la guerra fría y que se utilizaron en exámenes de colegios militares.
La circunscripción electoral se encuentra en la región municipal de North Kesteven, donde el 62 % de los votantes respaldó el salir de la UE.
Se echará mucho de menos su habilidad para obtener respuestas para los contribuyentes.
Christian Wolmar, que ha escrito varios libros sobre la historia del ferrocarril, participará en el certamen el 1 de diciembre.
Los demócratas liberales que representaron al acomodado barrio de las afueras hasta 2010 esperan recuperarlo con su candidata Sarah Olney.
Mientras tanto, la mujer que está separada de un jefe de grupo parlamentario ha lanzado su campaña para quedarse con el puesto.
Fue muy amable y lo aceptó como un hombre, estoy más que enfadado.
Una tripulación de más de 330 personas está a bordo del buque.
Vega sugirió que, debido a su edad, muchos no conocerían su historia.
Hay gente que fue asesinada allí.
Una central de carbón en Badarpur, al sureste de Delhi, dejará de funcionar durante 10 días junto con generadores diésel de la ciudad.
Después, pasó cuatro años en la radio del Servicio Mundial de la BBC en Bush House.
Trabajó para la BBC durante una década.
¿Quién puede detener a este equipo australiano?
¿Ya no estaba garantizado su divino derecho a quedar como los mejores del mundo?
Van a ir a por todas y a intentar ganar a Inglaterra.
Sudáfrica está a punto de no volver y debemos cumplir su deseo.
Es rudo al jugar pero también tiene manos delicadas.
Tenemos un gran equipo y es nuestra oportunidad para progresar.
Tienes que hacerlo frente, además, yo preferiría que alguien me confrontase a que se andara con rodeos.
Era como si estuviese pasando el balón hacia delante y hacia atrás por debajo de tres copas volteadas.
Australia, que había mejorado durante los recientes partidos del Campeonato de rugby (Rugby Championship), se encontraba a otro nivel.
Una victoria de Donald Trump convertiría al mundo inmediatamente en un lugar más preocupante e inestable de lo que ya es.
Clinton tiene fama de militarista pero una opinión pública estadounidense cansada de la guerra hará que eso se modere. Se ha declarado a favor de la tortura.
Yo también tengo problemas con las contraseñas.
También existen las conocidas como historias reales que son publicadas en una serie de imágenes significativas con un mensaje de texto en la parte inferior. Claro que entiendo que la Alemania actual debe separarse del régimen Nazi.
En la esquina hay una chica que lleva velo y vaqueros; va tan discreta que creo que es otra asistente.
Los artistas llegan al corazón de las personas; es el único momento en el que nos reunimos en un sitio y dejamos atrás nuestras diferencias.
Entre sus galardones más curiosos se encuentran el de embajador global de la Asociación de Hospitales y Salud de la Ciudad de Nueva York (HHC) y una plaza en la Escuela de negocios Harvard.
Simplemente puedo dedicarme a eso.
Quería verlo con ellos, pero al final decidieron que preferían verlo sin mí.
No podemos dejar que alguien tan racista, sexista y tan poco preparado para ser Comandante en Jefe como Donald Trump gane las elecciones.
Cada vez más gente se está pasando al crédito… aunque por ahora pedir dinero prestado sea cómodo, un repentino cambio de las circunstancias podría producir problemas de endeudamiento.
Su explicación es que no ofrece suficiente protección a los trabajadores estadounidenses cuyos trabajos y nivel de vida podría dañar
En este contexto, movilizarse contra la industria tiene sentido.
