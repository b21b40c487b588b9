# Activities and templates panel in Settings (components/ActivitiesPanel.svelte)
activities-panel-title = Activities and templates
activities-panel-hint = The activities you tag moods and entries with. Taking one off the list keeps it on the entries.
activities-panel-activity = Activity
activities-panel-emoji = Emoji
activities-panel-group = Group
activities-panel-save = Save activity
# $uses: how many times the activity was used (digits without grouping)
activities-panel-used = used { $uses }×
# $uses: how many times the activity was used (it is no longer on the list, only on old entries)
activities-panel-used-unlisted = used { $uses }× · only on entries
activities-panel-edit = Edit
# $name: the activity's name
activities-panel-edit-label = Edit { $name }
activities-panel-remove = Remove
# $name: the activity's name
activities-panel-remove-label = Remove { $name } from the list
activities-panel-empty = None yet: add one here or on Today.
activities-panel-templates = My journal templates
activities-panel-delete = Delete
# $title: the template's title
activities-panel-delete-label = Delete template { $title }
activities-panel-templates-empty = None yet: write one in the Journal and choose "Save as template".
