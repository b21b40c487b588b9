# Journal screen (screens/Journal.svelte)
journal-title = Journal
journal-feeling = How are you feeling?
# The five mood buttons, 1 (lowest) to 5
journal-mood-very-low = Very low
journal-mood-low = Low
journal-mood-okay = Okay
journal-mood-good = Good
journal-mood-very-good = Very good
journal-tags = Tags
# Preset tag chips. The English word is what is stored on the entry; these are only what the chip shows.
journal-tag-calm = calm
journal-tag-anxious = anxious
journal-tag-tired = tired
journal-tag-grateful = grateful
journal-tag-sad = sad
journal-tag-hopeful = hopeful
journal-tag-stressed = stressed
journal-tag-content = content
journal-activities = Activities
journal-what-you-did = What you did:
journal-start-from = Start from a prompt or template
journal-prompts = Prompts
journal-my-templates = My templates
journal-entry-title = Title (optional)
journal-text = What happened, what you felt
journal-saving = Saving…
journal-save = Save entry
journal-save-template = Save as template
# $title: the new template's title
journal-template-saved = Saved as template "{ $title }".
journal-saved-note = Your entry is saved.
journal-entries = Entries
journal-filter-placeholder = Filter entries
journal-filter-label = Filter the journal
# $mood: the entry's mood, 1–5
journal-entry-mood = mood { $mood }/5
journal-empty = No entries yet.
