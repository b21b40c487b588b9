# The lock screen (screens/Lock.svelte). Text between <strong> and </strong> is shown in bold; keep the tags.
lock-title = Mentora is locked
lock-profile = Profile
# $name: the profile's name
lock-welcome = Welcome back, <strong>{ $name }</strong>.
lock-password = Password
lock-unlocking = Unlocking…
lock-unlock = Unlock
lock-forgot = Forgot the password? Use the recovery key
lock-recovery-key = Recovery key
lock-new-password = New password
lock-recover = Unlock and set the new password
lock-back-to-password = Back to the password
# $folder: the damaged profile's folder name; $why: what is wrong, as the core says it (not translated)
lock-damaged = A profile could not be read (folder { $folder }): { $why }
lock-system-check = System check
lock-new-profile = New profile
lock-restore = Restore from a backup
