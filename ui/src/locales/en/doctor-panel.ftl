# System check panel (components/DoctorPanel.svelte): one row per part of the app, with a short badge
doctor-panel-title = System check
doctor-panel-ok = OK
doctor-panel-note = Note
doctor-panel-problem = Problem
doctor-panel-checking = Checking…
doctor-panel-again = Check again
