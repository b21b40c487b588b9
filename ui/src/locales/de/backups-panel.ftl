backups-panel-title = Sicherungen
backups-panel-hint = Eine Sicherung enthält deinen verschlüsselten Tresor und seine gesperrten Schlüssel in einer Datei: Sie öffnet sich nur mit deinem Passwort (so, wie es bei der Sicherung war) oder mit deinem Wiederherstellungsschlüssel. Wähle einen Ordner, den eine andere Festplatte, ein USB-Stick, Syncthing oder Nextcloud an einem anderen Ort aufbewahrt. Jede Sicherung wird nach dem Schreiben wieder gelesen und geprüft.
backups-panel-folder = Ordner
backups-panel-every = Automatisch
backups-panel-every-off = Aus
backups-panel-every-daily = Täglich
backups-panel-every-weekly = Wöchentlich
backups-panel-keep = Neueste behalten
backups-panel-save = Plan speichern
backups-panel-now = Jetzt sichern
backups-panel-busy = Wird gesichert…
backups-panel-saved-off = Gespeichert: Automatische Sicherungen sind aus.
backups-panel-saved-daily = Gespeichert: jeden Tag eine Sicherung, { $keep ->
    [one] nur die neueste wird behalten.
   *[other] die neuesten { $keep } werden behalten.
  }
backups-panel-saved-weekly = Gespeichert: jede Woche eine Sicherung, { $keep ->
    [one] nur die neueste wird behalten.
   *[other] die neuesten { $keep } werden behalten.
  }
backups-panel-done = Gesichert und geprüft: { $rows ->
    [one] { NUMBER($rows, useGrouping: 0) } Zeile
   *[other] { NUMBER($rows, useGrouping: 0) } Zeilen
  } in { $size }.
backups-panel-failed = Die letzte Sicherung ({ $when }) ist fehlgeschlagen: { $why }
backups-panel-last = Letzte Sicherung: { $when }.
backups-panel-list = Sicherungen dieses Profils
