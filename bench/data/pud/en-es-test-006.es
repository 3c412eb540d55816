En esa época solo había alrededor de cuarenta familias viviendo ahí con suficientes buenas tierras para pastoreo de ganado y cultivo.
A medida que Grecia instauraba colonias al oeste hacia Sicilia e Italia (Pithekoussai, Cumas), la influencia de su nuevo alfabeto se extendió más.
Las bananas y los plátanos, domesticados por primera vez en el sudeste asiático, lo más probable en Papúa Nueva Guinea, fueron redomesticados en África posiblemente desde hace ya 5000 años.
Aparte de ser una directa fuente de comida, algunos animales proveían cuero, lana, pieles y fertilizante. El escocés James Watt trajo consigo un cambio fundamental en los principios laborales.
La Revolución Industrial creó una demanda por piezas de metal que se usaban en maquinaria.
En la segunda guerra mesenia, Esparta se estableció como un poder local en Peloponeso y el resto de Grecia.
El Ford T fue nombrado el coche más influyente del siglo XX en los premios Automóvil del Siglo.
El éxito de los modelos Rambler de tamaño compacto de American Motors incitó a GM y Ford a introducir sus propios automóviles compactos en 1960.
En la actualidad, esta costumbre solo se ha atenuado ligeramente y ahora todavía se desaconseja llamar a un amigo por su nombre de pila, pero el uso del apellido sigue siendo común.
En el caso de la Familia Imperial, se considera extremadamente poco apropiado usar el nombre de pila.
Desde el emperador Meiji, se acostumbra a tener una era por emperador y a renombrar a cada emperador luego de su muerte usando la era en la que presidió.
Antes del Emperador Meiji, los nombres de las eras cambiaban más frecuentemente y los nombres póstumos de los emperadores se elegían de otra manera.
Fuera de Japón, empezando por el emperador Shōwa, a los emperadores comúnmente se les llamaba por su nombre de pila, tanto cuando estaban vivos como de manera póstuma.
En Asia y el Pacífico, las fuerzas de la ocupación japonesa mataron entre 3 y más de 10 millones de civiles, en su mayoría chinos (estimados en 7,5 millones).
En Europa, antes del estallido de la guerra, los aliados tuvieron significativas ventajas tanto a nivel de población como económico.
La guerra terrestre pasó de las trincheras estáticas de la Primera Guerra Mundial a una incrementada movilidad y armas combinadas.
Los soldados de caballería británicos también recibieron un excelente entrenamiento para el manejo de espadas a caballo.
Algunos historiadores, como Chandler y Weller, afirman que la caballería pesada británica fue destruida como una fuerza viable luego de su primer épico ataque.
Según el estudio genético sobre datos autosómicos de los roma, la fuente de la ascendencia surasiática en los roma es el noroeste de India.
Las explicaciones del origen de la música dependen de cómo se define la música.
Entre los humanos, tanto los varones como las mujeres son cantantes apasionados y hacer música es generalmente una actividad comunitaria.
En 1839, China se encontró luchando en la Primera Guerra del Opio con Gran Bretaña después de que el gobernador general de Hunan y Hubei prohibiera el comercio exterior de opio.
China fue derrotada y en 1842 aceptó las estipulaciones del Tratado de Nankín
La isla de Hong Kong fue cedida a Gran Bretaña, y ciertos puestos, incluyendo a Shanghái y Guangzhou, se abrieron al comercio y residencia británicos.
En 1856, la Segunda Guerra del Opio estalló; los chinos fueron derrotados y forzados a aceptar los términos del Tratado de Tianjin de 1856 y la Convención de Pekín de 1860.
El tratado abrió nuevo puertos de comercio y permitió a los extranjeros viajar en el interior.
Lamarr acompañó a Mandl a reuniones de negocios donde consultó con científicos y otros profesionales involucrados en tecnología militar.
Los primeros inventos de Lamar incluyen un semáforo mejorado y un comprimido que se disolvía en agua para crear una bebida carbonatada.
Le ofrecieron varios guiones, comerciales de televisión y proyectos escénicos pero ninguno despertó su interés.
Joseph Darnand, quien se convirtió en un oficial de la SS y lideró a los paramilitares de la milicia que persiguió a los miembros de la Resistencia, fue ejecutado en 1945.
De Gaulle había dado instrucciones para que no hubiese excesivas muestras de afecto público hacia Churchill ni tampoco premios oficiales sin su consentimiento previo.
La película hace una crónica de la destrucción de la carrera y la vida de Carangi como resultado de su adicción a la heroína, y su deterioro y muerte por SIDA a mediados de los 80.
Se completó bastante tarde en la guerra; aunque varios B-29 estaban equipados con el radar Eagle y funcionaba bien, llegó muy tarde como para marcar la diferencia.
El sistema de radar por el cual mejor se conoce a Alvarez y el que ha jugado un gran rol en la aviación, particularmente en el aerotransporte de postguerra de Berlín, fue la aproximación GCA (Ground Controlled Approach).
Al usar la antena dipolo para alcanzar una altísima resolución angular, la aproximación GCA (por sus siglas en inglés) les permite a los operadores terrestres de radares, que observan despliegues de precisión especial, guiar a un aeroplano en el aterrizaje, transmitiendo comandos verbales al piloto.
El sistema era simple, directo, y funcionaba bien, incluso con pilotos sin entrenamiento previo.
Fue tan exitoso que las fuerzas armadas continuaron usándolo por muchos años después de la guerra y aún estaba en uso en algunos países en los 80.
Con el crecimiento de la población, se crearon nuevos distritos indígenas.
Los rebeldes de la Alianza de Fuerzas Democráticas para la Liberación del Congo capturaron a Lubumbashi en abril de 1997.
La gran altitud sirve para refrescar el clima, que de otra manera sería muy caluroso.
El deterioro de la salud de Hitchcock redujo su producción en las ultimas dos décadas de su vida.
Las películas de Hitchcock a veces presentan personajes que tienen dificultades en la relación con sus madres.
Hitchcock prefería trabajar con los mejores talentos de su época, como los diseñadores de afiches de películas Bill Gold y Saul Bass, quienes producían afiches que representaban sus películas con exactitud.
Entre las ansías por el éxito literario y el deseo de actuar como figura pública, un conflicto mental se apoderó de Herlz.
El reverendo William Hechler, el ministro anglicano de la embajada británica, visitó a Herlz el 10 de marzo de 1896.
Durante un episodio, se le muestra como un guitarrista experto.
Lenny es un soltero persistente que tiene mala suerte con las mujeres.
En una ocasión se insinúa que es un agente encubierto cuyo objetivo es Homero. Al decidir dedicarse al drama, Winstone se matriculó en el Corona Stage Academy en Hammersmith.
Winstone conoció a su esposa, Elaine, mientras rodaban That Summer en 1979.
Se declaró en bancarrota a Winstone el 4 de octubre de 1988 y otra vez el 19 de marzo de 1993.
Disney también se enteró de que los derechos intelectuales de Oswald le pertenecían a Universal.
Disney ganó otro Óscar honorífico que consistía en una estatuilla de tamaño normal y siete miniaturas. Esta tarjeta da una prestación que se puede sacar desde un cajero para comprar cosas necesarias para el colegio, como libros y uniformes.
Él también construyó cinco mercados tradicionales en el 2013 y cuatro mercados tradicionales en el 2014.
Sin embargo, su rival Prawobo Subianto también declaró la victoria, confundiendo a los ciudadanos indonesios.
Antes de asumir la presidencia Jokowi solicitó que el presidente saliente Yudhoyono tomara responsabilidad por la decisión de incrementar más los precios de los combustibles al retirar más subsidios.
Su biografía oficial también sostiene que Kim compuso seis óperas y disfruta montando elaborados musicales.
Barrie se matriculo en la Universidad de Edimburgo donde escribió críticas teatrales para el periódico Edinburgh Evening Courant.
Se graduó y obtuvo un máster en humanidades el 21 de abril de 1882.
Siguiendo un anuncio de trabajo que encontró su hermana en el periódico The Scotsman, trabajó por un año y medio como periodista de planta en el periódico Nottingham Journal.
Luego regresó a Kirriemuir.
Solamente se publicaron 3000 copias de la primera edición.
Para el año 2009, el total de ventas de El poder del ahora y Una nueva tierra se había estimado en tres millones y cinco millones respectivamente.
Algunos eruditos cristianos critican las enseñanzas de Tolle, mientras otros las elogian.
Entre 1991 y 1997 dirigió una escuela de niños con dificultades de aprendizaje.
Su último libro de no ficción es acerca de Margaret Douglas, la condesa de Lennox.
Se le hizo fácil la transición a la ficción, explicó: "Cada libro es una curva de aprendizaje y tienes que mantener la mente abierta".
Para evitar experimentar el mismo dilema con Jasmine, los cineastas realizadores decidieron hacer la animación de la princesa en un solo estudio.
Con su aspecto ya terminado, Jasmine se convirtió en la primera princesa de Disney no blanca, en lugar de ser de origen europeo.
Temáticamente, Jasmine también representa los derechos civiles, la tolerancia racial y jerarquía social, como también la vida, libertad y búsqueda de la felicidad.
Sin embargo, no hubo más reconocimiento público a su resistencia en el período de la guerra y trabajo humanitario hasta después del régimen comunista en Polonia.
Really Really Love You se puso a la venta en agosto y llegó al top 50; "Shaky Ground", el primer single, se lanzó en septiembre pero Geyer ya se encontraba en EE. UU.
Habiendo disfrutado de llegar a la cima de su carrera en su Australia natal, Geyer regresó a vivir a Los Ángeles en 1984 para concentrarse en probar suerte en la escena musical local.
Luego de que su progreso se estancara en el puesto n.° 96 en el Billboard 200, Thought 'Ya Knew ascendió al puesto n.° 31 en el Reino Unido, pero el álbum estuvo en los rankings solo por dos semanas en el Reino Unido. Luego de su despido, Peniston tomó el rol de Glinda, la bruja buena, en la producción de teatro musical The Wiz.
Wilkes fue reelegido y expulsado dos veces más antes de que La Cámara de los Comunes decidiera que su candidatura no era válida y declarase vencedor al candidato que había quedado en segundo puesto.
El gobierno de Grafton se desintegró en 1770, permitiendo que volvieran al poder los conservadores liderados por Lord North.
Jorge era profundamente devoto y pasaba horas en oración, pero su hermano no compartía su devoción.
Jorge estaba horrorizado por lo que el consideraba como moral laxa.
En 1770, su hermano el príncipe Enrique, duque de Cumberland y Strathearn fue expuesto como adúltero y al año siguiente Cumberland se casó con una joven viuda, Ana Horton.
Su álbum Wild West del año 1981 fue uno de sus más importantes éxitos en ventas.
Para entonces, los gastos excesivos y una sucesión de malas inversiones por parte de sus inversores la habían dejado casi sin dinero.
En junio de 2012, la banda islándica Sigur Rós lanzó un video para la canción "Fjögur Píanó", protagonizado por LaBeouf, en el que aparece desnudo.
El periódico Louis Post Dispatch dijo que era una de las mejores interpretaciones de LeBeouf.
El automóvil explotó en llamas y Kenseth salió ileso.
Elliot asistió al funeral de su padre el mismo día de la carrera.
En el 2003, dominó en la clasificación general y lideró las ultimas 33 de 36 carreras, convirtiéndose en el campeón de la Copa Winston de NASCAR y en el ultimo piloto en tener ese título. Rafferty lanzó dos álbumes más en los 90, que luego el músico Tom Robinson describió como un "gran regreso en forma".
On a Wing and a Prayer (1992) lo reunió, en varias pistas, con su compañero Egan de Stealers Wheel.
Rafferty grabó una nueva versión de la canción "Her Father Didn't Like Me Anyway", de su banda Humblebums, en el álbum Over My Head (1994). Estos fueron los últimos dos discos que Rafferty produjo con High Murphy, quien murió en 1998.
Al menos 330 000 personas, incluyendo a 10 000 técnicos estuvieron involucrados.
Stalin había comenzado a alentar a Abakumov a formar su propia red dentro de la MGB para hacer frente a la dominancia de Beria sobre los ministerios del poder.
El articulo escrito por Thompson asume que los mayas eran en definitiva un pueblo "pacífico" ya que carecían de defensas.
Las velas no aparecen representadas en la iconografía o los textos prehistóricos de Mesoamérica, en cambio, está la teoría de que los antiguos mayas utilizaban canoas como principal medio de transporte acuático.
