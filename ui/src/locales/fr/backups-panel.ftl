backups-panel-title = Sauvegardes
backups-panel-hint = Une sauvegarde réunit dans un seul fichier votre coffre chiffré et ses clés verrouillées : elle ne s’ouvre qu’avec votre mot de passe (tel qu’il était au moment de la sauvegarde) ou votre clé de secours. Choisissez un dossier qu’un autre disque, une clé USB, Syncthing ou Nextcloud conserve ailleurs. Chaque sauvegarde est relue et vérifiée après son écriture.
backups-panel-folder = Dossier
backups-panel-every = Automatiquement
backups-panel-every-off = Désactivé
backups-panel-every-daily = Chaque jour
backups-panel-every-weekly = Chaque semaine
backups-panel-keep = Garder les plus récentes
backups-panel-save = Enregistrer
backups-panel-now = Sauvegarder
backups-panel-busy = Sauvegarde…
backups-panel-saved-off = Enregistré : les sauvegardes automatiques sont désactivées.
backups-panel-saved-daily = Enregistré : une sauvegarde chaque jour, { $keep ->
    [one] seule la plus récente est conservée.
   *[other] les { $keep } plus récentes sont conservées.
  }
backups-panel-saved-weekly = Enregistré : une sauvegarde chaque semaine, { $keep ->
    [one] seule la plus récente est conservée.
   *[other] les { $keep } plus récentes sont conservées.
  }
backups-panel-done = Sauvegardé et vérifié : { $rows ->
    [one] { NUMBER($rows, useGrouping: 0) } ligne
   *[other] { NUMBER($rows, useGrouping: 0) } lignes
  } en { $size }.
backups-panel-failed = La dernière sauvegarde ({ $when }) a échoué : { $why }
backups-panel-last = Dernière sauvegarde : { $when }.
backups-panel-list = Sauvegardes de ce profil
