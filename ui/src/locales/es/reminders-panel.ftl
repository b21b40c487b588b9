# components/RemindersPanel.svelte
reminders-panel-title = Recordatorios
reminders-panel-hint = Una notificación de escritorio a las horas que elijas, que se omite si hoy ya registraste tu ánimo. La notificación solo dice que es hora de registrar cómo estás. Desactivados hasta que los actives.
reminders-panel-on = Activar recordatorios
reminders-panel-time = Hora
reminders-panel-days = Días
reminders-panel-remove = Quitar
reminders-panel-remove-label = Quitar este recordatorio
reminders-panel-add = Añadir una hora
reminders-panel-save = Guardar recordatorios
reminders-panel-saved-on = Guardado: { $count ->
    [one] { $count } recordatorio activo
   *[other] { $count } recordatorios activos
}.
reminders-panel-saved-off = Guardado: los recordatorios están desactivados.
reminders-panel-autostart = Abrir Mentora al iniciar sesión (los recordatorios solo funcionan con Mentora abierto)
