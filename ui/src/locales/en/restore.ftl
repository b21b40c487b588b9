# Restoring a backup as a new profile (screens/Restore.svelte). Text between <strong> and </strong> is shown in bold; keep the tags.
restore-title = Restore from a backup
restore-hint = The backup becomes a new profile on this computer. Nothing already here is changed.
restore-found = Backups found
restore-none = No backups in the folders Mentora knows. Give the folder they are in, or the file.
restore-folder = Look in a folder
restore-folder-placeholder = /media/usb/Mentora backups
restore-look = Look
restore-file = Backup file
restore-password = The profile's password when the backup was made
restore-use-recovery = Use the recovery key instead
restore-recovery-key = Recovery key
restore-new-password = New password
restore-use-password = Use the password instead
restore-name = Name of the restored profile
restore-restoring = Restoring and checking…
restore-go = Restore
restore-back = Back
# $name: the restored profile's name
restore-done = Restored as <strong>{ $name }</strong>: every row was checked.
restore-new-key = This restored profile has a <strong>new recovery key</strong>; the old one no longer opens it. It is shown only now: write it down or keep it in a password manager.
restore-saved = I have saved my new recovery key somewhere safe
restore-continue = Continue
