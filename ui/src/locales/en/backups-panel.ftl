# Backups panel in Settings (components/BackupsPanel.svelte)
backups-panel-title = Backups
backups-panel-hint = A backup is your encrypted vault and its locked keys in one file: it opens only with your password (as it was when the backup was made) or your recovery key. Pick a folder that another disk, a USB drive, Syncthing or Nextcloud keeps elsewhere. Each backup is read back and checked after it is written.
backups-panel-folder = Folder
backups-panel-every = Automatically
backups-panel-every-off = Off
backups-panel-every-daily = Every day
backups-panel-every-weekly = Every week
# Label before a number field: how many backups are kept
backups-panel-keep = Keep the newest
backups-panel-save = Save plan
backups-panel-now = Back up now
backups-panel-busy = Backing up…
backups-panel-saved-off = Saved: automatic backups are off.
# $keep: how many backups are kept (1–100)
backups-panel-saved-daily = Saved: a backup every day, the newest { $keep } kept.
# $keep: how many backups are kept (1–100)
backups-panel-saved-weekly = Saved: a backup every week, the newest { $keep } kept.
# $rows: how many rows the backup holds; $size: its size, already worded ("45.3 kB")
backups-panel-done = Backed up and checked: { $rows ->
    [one] { NUMBER($rows, useGrouping: 0) } row
   *[other] { NUMBER($rows, useGrouping: 0) } rows
  } in { $size }.
# $when: date and time of the last backup; $why: what went wrong, as the core says it (not translated)
backups-panel-failed = The last backup ({ $when }) failed: { $why }
# $when: date and time of the last backup
backups-panel-last = Last backup: { $when }.
backups-panel-list = Backups of this profile
