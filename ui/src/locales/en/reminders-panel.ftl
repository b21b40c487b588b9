# Reminders panel in Settings (components/RemindersPanel.svelte)
reminders-panel-title = Reminders
reminders-panel-hint = A desktop notification at the times you pick, skipped when today already has a mood. The notification says only that it is time to check in. Off until you turn it on.
reminders-panel-on = Remind me
reminders-panel-time = Time
reminders-panel-days = Days
reminders-panel-remove = Remove
reminders-panel-remove-label = Remove this reminder
reminders-panel-add = Add a time
reminders-panel-save = Save reminders
# $count: how many reminder times are saved (0–8)
reminders-panel-saved-on = Saved: { $count ->
    [one] { $count } reminder
   *[other] { $count } reminders
} on.
reminders-panel-saved-off = Saved: reminders are off.
reminders-panel-autostart = Start Mentora when I log in (reminders need Mentora running)
