import type { LanguagePack } from './pack';

// Spanish: "usted" throughout. A provider writing to a client in Spain or Latin America is never wrong with usted,
// while tú can read as presumptuous in Mexico, Colombia or Peru; and the firm steps (payment notices) need it anyway,
// so one form keeps every tone consistent. Greetings end in a colon, as Spanish letters do.

export const ES: LanguagePack = {
  frame: {
    base: `[greeting]
Buenos días, {{client.firstName}}:
| Buenos días:
[offer]
Le propongo lo siguiente:
Sobre este punto, le propongo:
[ask]
¿Podría indicarme antes del {{reply.by}} cómo prefiere avanzar en cada punto?
[close]
Muchas gracias; quedo a su disposición para seguir adelante con el proyecto.
[sign]
Un cordial saludo,
{{provider.signature}}
| {{provider.name}}`,
    tones: {
      warm: `[greeting]
Hola, {{client.firstName}}:
| Hola:
[offer]
Esto es lo que puedo ofrecerle:
Sobre este punto, puedo ofrecerle:
[sign]
Un saludo muy cordial,
{{provider.signature}}
| {{provider.name}}`,
      firm: `[offer]
Las opciones son las siguientes:
Sobre este punto, las opciones son:
[sign]
Atentamente,
{{provider.signature}}
| {{provider.name}}`,
    },
  },

  scope_change: {
    base: `[ack]
Gracias por la propuesta de añadir «{{scope.item}}»; entiendo que aportaría mucho al proyecto.
| Gracias por la propuesta; entiendo que aportaría mucho al proyecto.
[limit]
Sin embargo, queda fuera de lo acordado. La cláusula {{clause.number}} define el alcance así: «{{clause.text}}»
|? Nuestro acuerdo ({{agreement.title}}) no indica cómo se gestiona el trabajo adicional, así que le propongo tratarlo como una orden de cambio aparte y por escrito.
|? Como aún no tenemos por escrito cómo se gestiona el trabajo adicional, le propongo tratarlo como una orden de cambio aparte y por escrito.
El proyecto actual incluye: {{scope.deliverables}}.
[facts]
El trabajo fuera de ese alcance se factura a {{change.rate}}.
[option]
Una orden de cambio por escrito a {{change.rate}}: le envío un presupuesto y empiezo en cuanto lo apruebe.
| Una orden de cambio por escrito: le envío un presupuesto cerrado y empiezo en cuanto lo apruebe.
[option]
Una segunda fase, una vez entregado el trabajo actual, para no alterar el calendario de hoy.
[option]
Una versión simplificada que encaje en el alcance actual.
[ask]
¿Cuál de estas opciones prefiere? Le agradecería que me lo indicara antes del {{reply.by}}.
[close]
En cualquier caso, el trabajo ya acordado sigue su curso sin retrasos.`,
    tones: {
      warm: `[ack]
¡Muchas gracias por la idea de añadir «{{scope.item}}»! Es una gran idea y entiendo lo que aportaría.
| ¡Muchas gracias por la idea! Entiendo lo que aportaría al proyecto.
[close]
Me encantará ayudarle a que el proyecto crezca y, en cualquier caso, lo acordado sigue su curso.`,
      firm: `[ack]
Gracias por su solicitud sobre «{{scope.item}}».
| Gracias por su solicitud.
[close]
En cuanto tenga su decisión, planificaré el trabajo en consecuencia.`,
    },
  },

  after_hours_urgency: {
    base: `[ack]
Entiendo que es urgente y quiero resolverlo tanto como usted.
[limit]
Su mensaje me llegó el {{hours.sentLocal}}, fuera de mi horario de trabajo.
| Su mensaje me llegó fuera de mi horario de trabajo.
Así lo recoge la cláusula {{clause.number}}: «{{clause.text}}»
|? Nuestro acuerdo ({{agreement.title}}) todavía no fija un horario, así que le propongo atender las urgencias dentro de mi horario de trabajo, salvo que acordemos otra cosa.
|? Como no hemos fijado un horario por escrito, le propongo atender las urgencias dentro de mi horario de trabajo, salvo que acordemos otra cosa.
[facts]
Mi horario es {{hours.working}}.
El primer hueco que puedo dedicarle es el {{hours.nextSlot}} ({{hours.nextSlotClient}} en su zona horaria).
| El primer hueco que puedo dedicarle es el {{hours.nextSlot}}.
[option]
Me pongo con ello el {{hours.nextSlot}} y le envío una actualización esa misma mañana.
| Me pongo con ello a primera hora de mi próxima jornada y le envío una actualización esa misma mañana.
[option]
Si no puede esperar, puedo tratarlo como trabajo fuera de horario, a {{hours.afterHoursRate}} mi tarifa habitual, como prevé nuestro acuerdo.
[option]
Una llamada breve al inicio de esa franja para fijar prioridades, de modo que no se pierda nada entretanto.
[ask]
¿Se lo reservo para el {{hours.nextSlot}}?
| ¿Podría indicarme antes del {{reply.by}} qué opción le conviene?
[close]
Gracias por su comprensión; lo dejaremos bien resuelto.`,
    tones: {
      warm: `[ack]
Entiendo perfectamente que es urgente y quiero resolverlo tanto como usted.
[close]
¡Muchas gracias por su comprensión! Lo dejaremos bien resuelto.`,
      firm: `[ack]
Entiendo que la solicitud es urgente.
[close]
Me ocuparé de ello en mi próxima franja de trabajo.`,
    },
  },

  rush_deadline: {
    base: `[ack]
Gracias por avisarme de la nueva fecha; entiendo la presión que tiene.
[limit]
Adelantar la entrega supone mover otros compromisos y sumar recursos, algo que regula la cláusula {{clause.number}}: «{{clause.text}}»
|? Nuestro acuerdo ({{agreement.title}}) no contempla entregas anticipadas, así que tendría que presupuestarlo aparte antes de comprometer una nueva fecha.
|? Como no tenemos nada por escrito sobre entregas anticipadas, tendría que presupuestarlo aparte antes de comprometer una nueva fecha.
[facts]
El recargo por urgencia es del {{rush.percent}} de los honorarios, es decir, {{rush.fee}}.
| El recargo por urgencia es del {{rush.percent}} de los honorarios.
[option]
Todo para su nueva fecha, con el recargo por urgencia de {{rush.fee}}.
| Todo para su nueva fecha, con el recargo por urgencia del {{rush.percent}}.
[option]
Una primera entrega con lo esencial para esa fecha, y el resto según el calendario original, sin coste adicional.
[option]
La fecha de entrega original, el {{agreement.end}}, con todo lo previsto.
| El calendario original, con todo lo previsto.
[ask]
¿Qué opción le encaja mejor? Le agradecería que me lo confirmara antes del {{reply.by}}.
[close]
Elija la que elija, me aseguraré de que el lanzamiento salga bien.`,
    tones: {
      warm: `[ack]
¡Gracias por avisarme de la nueva fecha! Entiendo de verdad la presión que tiene.
[close]
Elija la que elija, haré todo lo posible para que el lanzamiento sea un éxito.`,
      firm: `[ack]
Gracias por su mensaje sobre la nueva fecha.
[close]
En cuanto tenga su decisión, le confirmaré el plan por escrito.`,
    },
  },

  payment_delay: {
    steps: {
      friendly: `[ack]
Gracias por su mensaje; espero que todo vaya bien por su parte.
[limit]
Le escribo solo como recordatorio: la factura {{invoice.number}}, por {{invoice.amount}}, venció el {{invoice.dueAt}}, hace {{invoice.overdueDays}} días.
| Le escribo solo como recordatorio: la factura {{invoice.number}}, por {{invoice.amount}}, vence el {{invoice.dueAt}}.
| Le escribo solo como recordatorio de la factura pendiente.
Las condiciones de pago figuran en la cláusula {{clause.number}}: «{{clause.text}}»
|? Nuestro acuerdo ({{agreement.title}}) no fija un plazo de pago, así que le propongo que acordemos juntos una fecha.
|? Como no hemos fijado un plazo de pago por escrito, le propongo que acordemos juntos una fecha.
[option]
El pago de los {{invoice.amount}} antes del {{invoice.planFirstDate}}.
| El pago de la factura antes del {{reply.by}}.
[option]
Dos plazos: {{invoice.planFirst}} antes del {{invoice.planFirstDate}} y {{invoice.planSecond}} antes del {{invoice.planSecondDate}}.
| Dos plazos: el primero antes del {{invoice.planFirstDate}} y el segundo antes del {{invoice.planSecondDate}}.
[ask]
¿Podría indicarme antes del {{reply.by}} cuál le viene mejor?
[close]
Muchas gracias; es un placer trabajar con usted.`,
      firm: `[ack]
Gracias por su mensaje.
[limit]
La factura {{invoice.number}}, por {{invoice.amount}}, venció el {{invoice.dueAt}} y acumula {{invoice.overdueDays}} días de retraso.
| La factura {{invoice.number}}, por {{invoice.amount}}, está vencida.
| La factura pendiente está vencida.
La cláusula {{clause.number}} de nuestro acuerdo establece: «{{clause.text}}»
|? Nuestro acuerdo ({{agreement.title}}) no fija un plazo de pago, así que le propongo cerrar una fecha de pago concreta.
|? Como no hemos fijado un plazo de pago por escrito, le propongo cerrar una fecha de pago concreta.
[facts]
El recargo por demora hasta hoy, según el acuerdo, es de {{invoice.lateFee}}, con lo que el total asciende a {{invoice.total}}.
[option]
El pago de {{invoice.total}} antes del {{reply.by}}.
| El pago de {{invoice.amount}} antes del {{reply.by}}.
| El pago de la factura antes del {{reply.by}}.
[option]
Dos plazos: {{invoice.planFirst}} antes del {{invoice.planFirstDate}} y {{invoice.planSecond}} antes del {{invoice.planSecondDate}}.
| Dos plazos: el primero antes del {{invoice.planFirstDate}} y el segundo antes del {{invoice.planSecondDate}}.
[ask]
¿Me confirma antes del {{reply.by}} cuál de las dos opciones elige?
[close]
Valoro mucho nuestra colaboración y me gustaría dejar esto resuelto para seguir avanzando.`,
      final: `[ack]
Le escribo de nuevo en relación con la factura pendiente, que sigue sin pagarse pese a que ya se la había recordado.
[limit]
La factura {{invoice.number}} venció el {{invoice.dueAt}} y acumula {{invoice.overdueDays}} días de retraso; con el recargo de {{invoice.lateFee}}, el importe pendiente es de {{invoice.total}}.
| La factura {{invoice.number}}, por {{invoice.amount}}, venció el {{invoice.dueAt}} y acumula {{invoice.overdueDays}} días de retraso.
| La factura {{invoice.number}}, por {{invoice.amount}}, sigue pendiente de pago.
| La factura pendiente sigue sin pagarse.
La cláusula {{clause.number}} establece: «{{clause.text}}»
[facts]
Tal como prevé nuestro acuerdo, el trabajo quedará en pausa el {{invoice.stopWorkDate}} si la factura sigue sin pagarse, y se reanudará en cuanto se reciba el pago.
| Tal como prevé nuestro acuerdo, el trabajo queda en pausa cuando una factura supera los {{invoice.stopWorkAfterDays}} días de retraso, y se reanuda en cuanto se recibe el pago.
|? Nuestro acuerdo ({{agreement.title}}) no indica qué ocurre con el trabajo si una factura sigue impagada, así que le propongo pausar el trabajo nuevo a partir del {{reply.by}} hasta que quede saldada.
|? Como no tenemos nada por escrito sobre facturas impagadas, le propongo pausar el trabajo nuevo a partir del {{reply.by}} hasta que quede saldada.
[option]
El pago de {{invoice.total}} antes del {{reply.by}}.
| El pago de {{invoice.amount}} antes del {{reply.by}}.
| El pago de la factura antes del {{reply.by}}.
[option]
Dos plazos: {{invoice.planFirst}} antes del {{invoice.planFirstDate}} y {{invoice.planSecond}} antes del {{invoice.planSecondDate}}.
| Dos plazos: el primero antes del {{invoice.planFirstDate}} y el segundo antes del {{invoice.planSecondDate}}.
[ask]
¿Me confirma antes del {{reply.by}} cómo va a saldarla?
[close]
Mi preferencia es seguir avanzando con el proyecto, y confío en que podamos resolverlo enseguida.`,
    },
    tones: {
      warm: `[close]
¡Muchas gracias por ocuparse de esto! Da gusto trabajar con usted.`,
      firm: `[close]
Quedo a la espera de su confirmación.`,
    },
  },

  discount_pressure: {
    base: `[ack]
Gracias por su franqueza con el presupuesto; así es más fácil encontrar algo que funcione.
[limit]
Los honorarios reflejan el trabajo que implica el proyecto, tal como recoge la cláusula {{clause.number}}: «{{clause.text}}»
| Mis honorarios reflejan el trabajo que implica el proyecto, y son los mismos para todos mis clientes.
[facts]
Los honorarios acordados son {{fee.amount}} ({{scope.deliverables}}).
| Los honorarios acordados son {{fee.amount}}.
[option]
Un alcance más reducido que se ajuste a su presupuesto: mantenemos lo más importante y dejamos el resto para más adelante.
[option]
Un plan por fases: empezamos ahora con lo esencial y añadimos el resto en una segunda fase, cuando el presupuesto lo permita.
[ask]
¿Cuál le gustaría explorar? Le agradecería que me lo indicara antes del {{reply.by}}.
[close]
Quiero que esto funcione para usted, y confío en que una de estas opciones lo consiga.`,
    tones: {
      warm: `[ack]
¡Muchas gracias por su franqueza con el presupuesto! Nos ayuda mucho a encontrar algo que funcione.
[close]
Me encantaría que esto saliera adelante, y seguro que una de estas opciones le encaja.`,
      firm: `[ack]
Gracias por su mensaje sobre el presupuesto.
[close]
El precio del alcance acordado se mantiene; dentro de él, con gusto adapto el plan.`,
    },
  },

  endless_revisions: {
    base: `[ack]
Gracias por sus comentarios; quiero que el resultado le convenza del todo.
[limit]
Esta sería la ronda de revisiones número {{rounds.used}}, y nuestro acuerdo incluye {{rounds.included}}.
| Nuestro acuerdo incluye {{rounds.included}} rondas de revisiones.
La cláusula {{clause.number}} dice: «{{clause.text}}»
|? Nuestro acuerdo ({{agreement.title}}) no fija un número de rondas de revisión, así que le propongo cerrar los cambios en una última ronda que los reúna todos.
|? Como no hemos fijado por escrito un número de rondas de revisión, le propongo cerrar los cambios en una última ronda que los reúna todos.
[facts]
Cada ronda adicional cuesta {{rounds.extraRate}}.
[option]
Rondas adicionales a {{rounds.extraRate}} cada una, más allá de las {{rounds.included}} incluidas.
| Rondas adicionales facturadas a {{change.rate}}.
|? Rondas adicionales a un precio que acordemos por escrito antes de empezarlas.
[option]
Una lista final única: me envía todos los cambios pendientes a la vez y los hago en una última ronda.
[ask]
¿Qué opción prefiere? Le agradecería que me lo indicara antes del {{reply.by}}.
[close]
Estamos muy cerca del final, y quiero que lleguemos juntos.`,
    tones: {
      warm: `[ack]
¡Muchas gracias por sus comentarios! Quiero de verdad que el resultado le encante.
[close]
Ya casi estamos, y me encantaría que llegáramos juntos a la meta.`,
      firm: `[ack]
Gracias por esta nueva ronda de comentarios.
[close]
En cuanto tenga su decisión, programaré el trabajo.`,
    },
  },

  indecisive_reversal: {
    base: `[ack]
Gracias por comentármelo; es bueno conocer su punto de vista antes de seguir avanzando.
[limit]
Hemos avanzado según la dirección que usted aprobó, y la cláusula {{clause.number}} regula los cambios sobre trabajo aprobado: «{{clause.text}}»
|? Nuestro acuerdo ({{agreement.title}}) no regula los cambios sobre trabajo ya aprobado, así que le propongo tratarlo como una orden de cambio por escrito, con su propio presupuesto.
|? Como no tenemos nada por escrito sobre cambios en trabajo aprobado, le propongo tratarlo como una orden de cambio por escrito, con su propio presupuesto.
[facts]
Volver atrás supone rehacer trabajo ya hecho, lo que afecta al calendario y al coste; los cambios se facturan a {{change.rate}}.
| Volver atrás supone rehacer trabajo ya hecho, lo que afecta al calendario y al coste.
[option]
Una orden de cambio para volver a la dirección anterior, con presupuesto a {{change.rate}} y una nueva fecha.
| Una orden de cambio para volver a la dirección anterior, con presupuesto y una nueva fecha.
[option]
Mantener la dirección aprobada e incorporar en la próxima revisión los elementos que le gustaban de la primera versión.
[ask]
¿Qué prefiere? Le agradecería que me lo indicara antes del {{reply.by}}.
[close]
En cualquier caso, me aseguraré de que el resultado final le satisfaga.`,
    tones: {
      warm: `[ack]
¡Muchas gracias por contármelo! Es estupendo conocer su punto de vista antes de seguir.
[close]
En cualquier caso, me aseguraré de que el resultado final le encante.`,
      firm: `[ack]
Gracias por su mensaje sobre el cambio de dirección.
[close]
Mientras tanto, sigo trabajando según la dirección aprobada.`,
    },
  },

  client_delay: {
    base: `[ack]
Gracias por la actualización; sé que tiene mucho entre manos.
[limit]
Para cumplir el plan necesito {{obligation.what}}, con fecha prevista el {{obligation.due}} y ya con {{obligation.lateDays}} días de retraso.
| Para cumplir el plan necesito el material que acordamos que usted aportaría.
La cláusula {{clause.number}} lo recoge así: «{{clause.text}}»
|? Nuestro acuerdo ({{agreement.title}}) no indica cómo afectan los retrasos de cada parte a las fechas, así que le propongo que la entrega se desplace los mismos días.
|? Como no hemos fijado por escrito cómo afectan los retrasos a las fechas, le propongo que la entrega se desplace los mismos días.
[facts]
Las fechas se desplazan en la misma medida, de modo que la entrega pasa al {{obligation.newDate}}.
[option]
Me lo envía antes del {{reply.by}} y la entrega pasa al {{obligation.newDate}}.
| Me lo envía antes del {{reply.by}} y la entrega se desplaza los mismos días que el retraso.
[option]
Sigo avanzando con contenido provisional y lo sustituyo por el definitivo cuando llegue; la fecha final seguirá dependiendo de ello.
[option]
Una llamada breve para repasar lo que falta, de modo que nada más quede bloqueado.
[ask]
¿Podría enviarme {{obligation.what}} antes del {{reply.by}}?
| ¿Podría enviarme el material pendiente antes del {{reply.by}}?
[close]
En cuanto lo tenga, recuperaremos el ritmo enseguida.`,
    tones: {
      warm: `[ack]
¡Gracias por la actualización! Sé que ahora mismo tiene mucho entre manos.
[close]
En cuanto lo tenga, recuperaremos el ritmo en nada.`,
      firm: `[ack]
Gracias por su mensaje.
[close]
Confirmaré las fechas en cuanto reciba el material.`,
    },
  },

  anti_contract: {
    base: `[ack]
Le agradezco la confianza, y a mí también me gusta trabajar de forma sencilla.
[limit]
Tener las condiciones por escrito nos protege a los dos: así el alcance, las fechas y los pagos nunca dan lugar a malentendidos.
Nuestro acuerdo, firmado el {{agreement.signedAt}}, se aplica a este trabajo; la cláusula {{clause.number}} dice: «{{clause.text}}»
| Por eso solo empiezo o continúo un trabajo con condiciones por escrito.
[option]
Un acuerdo breve de una página con el alcance, las fechas y los pagos, que puedo enviarle hoy mismo.
[option]
Seguimos con el acuerdo firmado el {{agreement.signedAt}} y recogemos cualquier novedad en una orden de cambio por escrito.
[option]
Una llamada rápida para repasar juntos las condiciones, de modo que le lleve minutos y no una hora.
[ask]
¿Le envío la versión de una página para que pueda revisarla antes del {{reply.by}}?
[close]
Tengo muchas ganas de empezar sobre una base clara.`,
    tones: {
      warm: `[ack]
Le agradezco muchísimo la confianza, y a mí también me gusta que las cosas sean sencillas.
[close]
¡Tengo muchas ganas de que trabajemos juntos sobre una base clara!`,
      firm: `[ack]
Gracias por su mensaje.
[close]
En cuanto tengamos las condiciones por escrito, podré continuar.`,
    },
  },

  abusive_tone: {
    base: `[ack]
Entiendo su malestar, y quiero solucionar el problema.
[limit]
Sigo trabajando en ello con gusto, y avanzaremos más rápido si mantenemos un tono respetuoso en nuestros mensajes.
La cláusula {{clause.number}} de nuestro acuerdo recoge cómo trabajamos juntos: «{{clause.text}}»
[option]
Una llamada el {{hours.nextSlot}} para revisar juntos el problema.
| Una llamada breve dentro de mi horario de trabajo para revisar juntos el problema.
[option]
Un resumen por escrito del problema y de los pasos para resolverlo, que le enviaré antes.
[ask]
¿Le viene bien una llamada el {{hours.nextSlot}}?
| ¿Podemos hablar brevemente por teléfono el {{reply.by}}?
[close]
Mi compromiso es dejar esto bien resuelto para usted.`,
    tones: {
      warm: `[ack]
Entiendo lo frustrante que ha sido esto, y de verdad quiero solucionarlo.
[close]
Mi compromiso es dejar esto bien resuelto para usted.`,
      firm: `[ack]
Entiendo que la situación no le satisface.
[limit]
Quiero resolverla, y para ello necesito que la conversación se mantenga en un tono respetuoso.
La cláusula {{clause.number}} de nuestro acuerdo recoge cómo trabajamos juntos: «{{clause.text}}»
[close]
Me centraré en los hechos y en resolver el problema.`,
    },
  },

  know_it_all: {
    base: `[ack]
Gracias por compartirlo; una mirada externa siempre es bienvenida.
[limit]
El enfoque que sigo responde a lo que acordamos en la cláusula {{clause.number}}: «{{clause.text}}»
Desde fuera puede parecer rápido, pero hacerlo bien incluye pruebas, casos límite y asegurarse de que nada más se rompe.
[option]
Una breve explicación por escrito del enfoque, para que pueda compararla con la sugerencia.
[option]
Una alternativa dentro del alcance actual que tenga en cuenta la sugerencia, si encaja con los objetivos.
[ask]
¿Quiere que le envíe esa explicación antes del {{reply.by}}?
[close]
Me alegra que a los dos nos importe tanto hacerlo bien.`,
    tones: {
      warm: `[ack]
¡Gracias por compartirlo! Una mirada externa siempre me viene bien.
[close]
Me encanta que a los dos nos importe tanto hacerlo bien.`,
      firm: `[ack]
Gracias por la sugerencia.
[close]
Seguiré con el enfoque acordado salvo que decidamos otra cosa por escrito.`,
    },
  },
};
