# Live camera panel in the system check (components/CameraPanel.svelte)
camera-panel-title = Live camera
camera-panel-hint = With the camera on, Mentora reads your expression on this computer a few times a second. Frames stay in memory and are never saved or sent; only the emotion numbers are kept.
camera-panel-on = Turn camera on
camera-panel-off = Turn camera off
