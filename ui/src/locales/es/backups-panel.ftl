backups-panel-title = Copias de seguridad
backups-panel-hint = Una copia de seguridad guarda en un solo archivo tu bóveda cifrada y sus claves bloqueadas: solo se abre con tu contraseña (la que tenías al hacer la copia) o con tu clave de recuperación. Elige una carpeta que otro disco, una memoria USB, Syncthing o Nextcloud guarden en otro lugar. Cada copia se vuelve a leer y se comprueba después de escribirla.
backups-panel-folder = Carpeta
backups-panel-every = Automáticamente
backups-panel-every-off = Desactivado
backups-panel-every-daily = Cada día
backups-panel-every-weekly = Cada semana
backups-panel-keep = Conservar las más recientes
backups-panel-save = Guardar plan
backups-panel-now = Copiar ahora
backups-panel-busy = Copiando…
backups-panel-saved-off = Guardado: las copias automáticas están desactivadas.
backups-panel-saved-daily = Guardado: una copia cada día; { $keep ->
    [one] se conserva solo la más reciente.
   *[other] se conservan las { $keep } más recientes.
  }
backups-panel-saved-weekly = Guardado: una copia cada semana; { $keep ->
    [one] se conserva solo la más reciente.
   *[other] se conservan las { $keep } más recientes.
  }
backups-panel-done = Copia hecha y comprobada: { $rows ->
    [one] { NUMBER($rows, useGrouping: 0) } fila
   *[other] { NUMBER($rows, useGrouping: 0) } filas
  } en { $size }.
backups-panel-failed = La última copia ({ $when }) falló: { $why }
backups-panel-last = Última copia: { $when }.
backups-panel-list = Copias de seguridad de este perfil
