gratitude-title = Tres cosas buenas
gratitude-hint = Hasta tres cosas por las que hoy sientes gratitud ({ $count }/3).
gratitude-label = Hoy agradezco
gratitude-add = Añadir
gratitude-empty = Nada todavía este mes.
