backups-panel-title = Back-ups
backups-panel-hint = Een back-up bevat je versleutelde kluis en de vergrendelde sleutels in één bestand: hij gaat alleen open met je wachtwoord (zoals het was toen de back-up werd gemaakt) of met je herstelsleutel. Kies een map die een andere schijf, een usb-stick, Syncthing of Nextcloud ergens anders bewaart. Elke back-up wordt na het schrijven teruggelezen en gecontroleerd.
backups-panel-folder = Map
backups-panel-every = Automatisch
backups-panel-every-off = Uit
backups-panel-every-daily = Elke dag
backups-panel-every-weekly = Elke week
backups-panel-keep = Bewaar de nieuwste
backups-panel-save = Plan opslaan
backups-panel-now = Nu back-uppen
backups-panel-busy = Back-up maken…
backups-panel-saved-off = Opgeslagen: automatische back-ups staan uit.
backups-panel-saved-daily = Opgeslagen: elke dag een back-up, { $keep ->
    [one] alleen de nieuwste wordt bewaard.
   *[other] de nieuwste { $keep } worden bewaard.
  }
backups-panel-saved-weekly = Opgeslagen: elke week een back-up, { $keep ->
    [one] alleen de nieuwste wordt bewaard.
   *[other] de nieuwste { $keep } worden bewaard.
  }
backups-panel-done = Back-up gemaakt en gecontroleerd: { $rows ->
    [one] { NUMBER($rows, useGrouping: 0) } rij
   *[other] { NUMBER($rows, useGrouping: 0) } rijen
  } in { $size }.
backups-panel-failed = De laatste back-up ({ $when }) is mislukt: { $why }
backups-panel-last = Laatste back-up: { $when }.
backups-panel-list = Back-ups van dit profiel
