backups-panel-title = Backup
backups-panel-hint = Un backup contiene in un solo file la tua cassaforte cifrata e le sue chiavi protette: si apre solo con la tua password (quella che avevi quando è stato fatto il backup) o con la tua chiave di recupero. Scegli una cartella che un altro disco, una chiavetta USB, Syncthing o Nextcloud conservano altrove. Ogni backup viene riletto e verificato dopo essere stato scritto.
backups-panel-folder = Cartella
backups-panel-every = Automaticamente
backups-panel-every-off = Disattivato
backups-panel-every-daily = Ogni giorno
backups-panel-every-weekly = Ogni settimana
backups-panel-keep = Conserva i più recenti
backups-panel-save = Salva piano
backups-panel-now = Backup ora
backups-panel-busy = Backup in corso…
backups-panel-saved-off = Salvato: i backup automatici sono disattivati.
backups-panel-saved-daily = Salvato: un backup ogni giorno, { $keep ->
    [one] si conserva solo il più recente.
   *[other] si conservano i { $keep } più recenti.
  }
backups-panel-saved-weekly = Salvato: un backup ogni settimana, { $keep ->
    [one] si conserva solo il più recente.
   *[other] si conservano i { $keep } più recenti.
  }
backups-panel-done = Backup eseguito e verificato: { $rows ->
    [one] { NUMBER($rows, useGrouping: 0) } riga
   *[other] { NUMBER($rows, useGrouping: 0) } righe
  } in { $size }.
backups-panel-failed = L’ultimo backup ({ $when }) non è riuscito: { $why }
backups-panel-last = Ultimo backup: { $when }.
backups-panel-list = Backup di questo profilo
