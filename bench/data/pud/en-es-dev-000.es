Aunque no haya precedentes para la mayor parte de la transición digital en Estados Unidos, la transición de poder pacífica es habitual, escribió el lunes en una entrada de blog Kori Schulman, Asistente Especial del presidente Obama.
Para los que sigan las transiciones de las redes sociales de Capitol Hill, esto será algo diferente.
Sin embargo, el candidato del Partido Republicano rompió con la retórica precedente sobre la restricción de la inmigración y afirmó que si fuese presidente reconocería a un "gran número" inmigrantes legales mediante un "sistema de méritos".
No me complace tener que presionarles, pero el futuro de la república recae en ustedes, dijo al público que estaba reunido en un campo de deportes en la Universidad de Carolina del Norte. Los nuevos gastos corren a cargo de la gran cuenta bancaria de Clinton.
Lo que está diciendo y lo que está haciendo esta mujer es realmente increíble.
El máximo permitido es de 5 000 $ por persona. A principios de octubre, el equipo de transición utilizó el mismo lugar para reunirse con miembros de grupos de presión del sector tecnológico e invitó a representantes de Uber, de la Asociación Cinematográfica de Estados Unidos y de la Asociación de Consumidores de tecnología, entre otros.
La reunión se programó inicialmente en el Metropolitan Club de Washington; Este club privado se encuentra a tan solo unas manzanas en H Street.
A lo mejor el código de vestimenta era muy conservador.
Por ejemplo, en lugar de enseñar el método científico como una unidad aparte, los estudiantes aprenden el contenido científico aplicándolo.
Por otro lado, la estación de metro NoMa, que fue inaugurada en 2004 y se construyó sobre la línea existente, costó 103,7 millones de dólares.
Nos enfrentamos a una gran competición y creemos que el transporte público puede ayudar, afirmó Joe Sternlieb, presidente del Distrito de mejora de negocio de Georgetown.
El estudio de viabilidad calcula que los pasajeros tardarían unos cuatro minutos en cruzar el río Potomac en la góndola.
Un testigo contó a la policía que la víctima había atacado al sospechoso en abril.
Se pueden establecer paralelismos entre los juegos y nuestras vidas cotidianas.
Ese porcentaje ha ido aumentando constantemente durante los años — únicamente votó el 11 por ciento del electorado antes del día de las elecciones en 1996, según la Oficina del Censo — y parece que volverá a aumentar de nuevo este año.
Hoy en día Khanzir puede parecer un madero solitario, pero no está siempre solo.
Hemos pedido a otros países que nos ayuden a poblar el zoo con diferentes especies de animales, entre las que se incluye un cerdo, dijo Saqib.
El señor Panvalkar dijo que llegó un momento en el que sintió que debía abandonar el edificio.
También se le ha acusado del intento de asesinado de su hija de dos años de edad.
Mató a Andre Price III empujando su cara contra un colchón inflable en su salón justo antes de intentar hacer lo mismo con su hija Angel, dijo la policía.
Voy a ir a la cárcel de todas formas; espero que mereciese la pena.
Osborne firmó un contrato con una agencia de oradores estadounidense tras ser despedido en julio.
Michael Fallon afirmó que la fecha de los primeros cortes de acero ayudaría a asegurar nuevas inversiones y protegería cientos de empleos cualificados hasta 2035.
La promesa de nuevos pedidos de la Marina Real Británica para proteger la industria de la construcción naval de Clyde tuvo lugar antes del referéndum sobre la independencia escocesa de 2014.
Es más evidente cuando el nombre de un famoso es bastante raro al principio.
Y en 2007, cuando contaba con su máxima popularidad (y, a lo mejor, con la de Knightley) era uno de los 50 nombres más populares y el número de bebés llamados Keira triplicaba a los llamados Kiera.
La empresa surcoreana pensó en un principio que se debía a un fallo en la batería y cambió su propio componente por una célula de energía de un tercero.
Varios analistas han sugerido que Huawei está en la mejor posición para beneficiarse del retroceso de Samsung.
Los teléfonos Mate 9 no cuentan con una interfaz de inteligencia artificial como el Asistente de Google o Siri de Apple.
Sin embargo, un experto en viajes advirtió que el acceso a internet durante los vuelos no solía ser fiable y que era poco probable que influenciase a los pasajeros en la elección de la aerolínea.
Puede que BA e IAG lo hayan descubierto y puedan ofrecer algo relativamente fiable.
La empresa dijo a la BBC que la responsabilidad de decidir si se cobraba a los pasajeros una tarifa de acceso recaería sobre cada compañía aérea.
A la mayoría de la gente le resultaría más útil tener acceso a wifi en un aeropuerto que el poder enviar correos electrónicos desde un avión.
A veces es como un superpoder.
El programa gana dinero mediante el patrocinio y la publicidad.
El curso de 10 semanas está acreditado por la agencia de espionaje británica GCHQ.
Sin embargo, algunos expertos en seguridad cuestionaron la necesidad del curso y las intenciones detrás del mismo. Anteriormente, solo blogueros habían visto los jets.
Evidentemente, China presentará mucho más hardware militar, desde helicópteros de ataque hasta hidroaviones.
y, como China va a convertirse en el mayor mercado de aviación en la próxima década, el evento ofrece una oportunidad a Pekín para demostrar sus ambiciones en los campos de la aviación civil y de la defensa.
Desafortunadamente, una vez más son unos pocos los que fastidian a la mayoría, escribió Jesse LaBrocca, fundador de Hack Forums, en un mensaje en el que explicaba por qué se cerraba la sección. Es probable que los "sucesos recientes" sean ataques producidos el 21 de octubre que cerraron sitios web populares como Reddit, Twitter y Spotify entre muchos otros.
Los análisis revelaron que se habían utilizado cantidades de datos históricos para causar los daños.
Una evaluación de la ONU de los planes nacionales para reducir el carbono afirma que estos no alcanzan los niveles necesarios para mantener el aumento de temperatura global por debajo de 2º C.
Muchos científicos creen que la tecnología para eliminar el carbono del aire no será necesaria para cumplir con los objetivos de París.
Avanzamos en la dirección correcta: el Acuerdo de París reducirá el cambio climático, al igual que lo hará la Enmienda de Kigali que tiene como objetivo reducir los gases HFC, dijo Erik Solheim, director ejecutivo de ONU Ambiente.
Las inversiones en este campo aumentaron en un 6 % en 2015 y alcanzaron los 221 mil millones de dólares.
Es fantástico que consiguiesen el Acuerdo de París pero sus contribuciones, por el momento, están lejos del objetivo de 1,5 grados.
Se llevó a cabo a poca distancia de la costa mexicana de abril a junio.
Esto establecerá nuevos límites en la naturaleza de los cambios ambientales que afectaron a la Tierra y que hizo que muchas especies, no solo los dinosaurios, cayeran en el olvido.
Será muy probable que los altos niveles de iridio sean una revelación de este material meteórico. Algo más del 70 % de las plantas procedentes de semillas terrestres seguían con vida 17 días después; un porcentaje ligeramente más elevado que el de las plantas procedentes de semillas espaciales, que era de un poco más del 66 %.
Los resultados de este experimento refuerzan la idea de que las semillas de roqueta se pueden enviar y almacenar en la Estación Espacial Internacional durante seis meses sin que se produzcan impactos significantes en su habilidad para germinar y crecer en la Tierra.
La Real Sociedad de Horticultura británica recopiló las cartas que enviaron los escolares y los profesores involucrados en el proyecto.
Todavía da un poco de asco la idea de comprar y de llevar puestas las partes del cuerpo de otra persona, afirma.
En China, normalmente, el pelo recibe un baño químico para eliminar la cutícula por completo, explica Tarlo.
Tarlo afirma que, a lo largo de la historia, el mercado internacional de pelo siempre ha tenido una dimensión política.
Esta noche llevaremos a cabo castigos utilizando las luces largas, se puede leer en la entrada.
La policía de tráfico de Shenzhen ya se ha decantado por multas poco convencionales con anterioridad.
¿Quiénes son?
Gran parte del debate por parte de los Demócratas este año ha tratado sobre la identidad del varón blanco.
Le pregunté después si entendía por qué la gente podía votar a Trump.
No todo el mundo puede superarlo.
Por suerte, alguien de Sony Australia dijo: "Ey, por cierto, ¿os habéis dado cuenta de esto?" dice Pall.
Seagal apareció en los titulares cuando describió las acciones de Rusia en Crimea, la cual se anexionó en 2014, como "muy razonables".
Le apasiona la guitarra y dio un concierto allí ese mismo año.
La abuela de Seagal era de Vladivostok, en el Extremo Oriente ruso; este ha hecho varios viajes al país en los últimos años y visitó Kamchatka y Sajalín en septiembre.
A principios de año Seagal obtuvo la nacionalidad serbia tras comprometerse a inaugurar una academia de artes marciales en la capital, Belgrado.
Un portavoz policial informó a Associated Press de que hubo "un intercambio de palabras" seguido de un "altercado", pero no se habían producido heridas.
Según se informa, Cuarón, cuya última película, Gravity, ganadora de un Oscar, no estaba presente en el estudio en el momento del accidente.
Según el departamento de policía de la ciudad, una pelea comenzó después de que "un gran grupo de gente que se definía como autoridades del distrito" llegaron al estudio el martes.
Los investigadores llevan buscando anticonceptivos hormonales masculinos unos 20 años.
Añadió: "Este ha sido un paso de un largo viaje para encontrar la combinación adecuada para la anticoncepción hormonal masculina."
Sin embargo, hay muchos miembros de la asamblea legislativa con profundas creencias religiosas que se oponen a cualquier nueva legislación.
Los investigadores afirman que el analizar ADN de un tumor puede ayudar a explicar las causas subyacentes de otros cánceres.
El análisis muestra una relación directa entre el número de cigarros fumados a lo largo de la vida y el número de mutaciones en el ADN de un tumor.
Sin embargo, no se pudo encontrar esta tendencia en otros tejidos que no están directamente expuestos, como el de la vejiga.
Pugh ha recibido tratamiento en los hospitales de Papworth y Addenbrooke en Cambridgeshire.
Sin embargo, un escáner ha mostrado que el tumor del pulmón derecho de Pugh está creciendo y ha tenido dejar las pruebas. Si Donald Trump es elegido presidente, este gobierno seguirá teniendo que trabajar con él para progresar en la agenda que se establezca, con el fin de asegurar que las empresas y los intereses canadienses están representados en Washington.
Trudeau extenderá esa invitación al 45º presidente de Estados Unidos, independientemente de quien resulte elegido.
A pesar de la publicación de una foto esta mañana, la policía de Columbia Británica afirma que todavía tiene más preguntas que respuestas sobre el supuesto sin techo que ha sido acusado del apuñalamiento mortal de una adolescente en su instituto en Abbotsford.
La policía de Columbia Británica declaró anteriormente que no parecía que Klein tuviese antecedentes penales y comunicó detalles poco precisos sobre su paradero actual.
No creemos que el sospechoso esté relacionado con esta escuela, con las dos chicas o con la zona de Abbotsford especialmente, dijo.
También dijo que Klein era poco hablador, no cooperaba y se negaba a subir de las celdas situadas bajo los juzgados para asistir al juicio.
La asociación que representa a los agentes inmobiliarios en Ontario dice que se debe hacer más para proteger a los consumidores y castigar a los agentes involucrados en comportamientos poco éticos. También le gustaría que el Consejo de Agentes de Propiedad Inmobiliaria de Ontario (RECO), que regula los agentes en la provincia, tuviese mayores competencias de aplicación e investigación.
Actualmente, la multa máxima que el RECO imponer a un agente es de 25 000 $.
Sin embargo, la clase media china no se suele quejar verbalmente sobre el aire tóxico de ciudades como Pekín, que ven día tras día un humo asfixiante.
Estamos viendo como cada vez más países y, en especial, grandes emisores como Brasil, Sudáfrica, India y China asumen responsabilidades y desempeñan un papel en la reducción de las emisiones, dijo Guilbeault.
También podría esperar al fin de su primer término para utilizar una provisión en el Acuerdo de París y salirse del pacto.
Mientras tanto, Clinton y sus aliados intentan que Trump siga siendo el centro de atención y denuncian que sus comentarios denigrantes sobre las mujeres y las minorías y su temperamento hacen que no sea apto para la presidencia.
Eso es lo que no necesitamos en nuestro país, amigos.
La mujer de Trump, Melania Trump, hizo su primera aparición en campaña desde la convención Republicana en julio.
Estudiantes como Rai han estado reuniéndose con consejeros en el colegio para hablar de lo que pasó, pero esta dice que el mayor consuelo lo obtiene viendo a sus amigos.
Esto es un desastre para los pacientes con dolores, dijo Mailis en una entrevista el jueves con CBC News.
