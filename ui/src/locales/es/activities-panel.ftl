# components/ActivitiesPanel.svelte
activities-panel-title = Actividades y plantillas
activities-panel-hint = Las actividades con las que etiquetas tus estados de ánimo y entradas. Si quitas una de la lista, se mantiene en las entradas.
activities-panel-activity = Actividad
activities-panel-emoji = Emoji
activities-panel-group = Grupo
activities-panel-save = Guardar actividad
activities-panel-used = usada { $uses }×
activities-panel-used-unlisted = usada { $uses }× · solo en entradas
activities-panel-edit = Editar
activities-panel-edit-label = Editar { $name }
activities-panel-remove = Quitar
activities-panel-remove-label = Quitar { $name } de la lista
activities-panel-empty = Aún no hay ninguna: añade una aquí o en Hoy.
activities-panel-templates = Mis plantillas de diario
activities-panel-delete = Eliminar
activities-panel-delete-label = Eliminar la plantilla { $title }
activities-panel-templates-empty = Aún no hay ninguna: escribe una en el Diario y elige «Guardar como plantilla».
