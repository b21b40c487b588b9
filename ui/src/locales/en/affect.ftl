# The affect timeline (components/AffectTimeline.svelte): readings by the models and the person's own word
affect-title = Affect timeline
affect-intro = What the camera and the text model read, and your own mood, on one time line. Choose a dot to see what you wrote beside what the model read, and correct it.
affect-day = Day
affect-empty = Nothing read yet: write a message or an entry, or turn the camera on.
# $lane: face, text or mood
affect-lane = { $lane ->
    [face] Camera (model)
    [voice] Voice (model)
    [text] What you wrote (model)
   *[mood] Your mood (you)
}
# $mood: 1–5; $time: a clock time
affect-point-mood = Your mood { $mood }/5 at { $time }
# $kind: face or text; $emotion: the emotion read, already translated; $time: a clock time
affect-point-read = { $kind ->
    [face] Camera
    [voice] Voice
   *[text] Text
} at { $time }: read as { $emotion }
# $felt: the emotion the person chose, already translated
affect-point-felt = ; you felt { $felt }
affect-detail-label = Reading
affect-you-wrote = You wrote
affect-you-rated = You rated
# $mood: 1–5
affect-mood-value = mood { $mood } of 5
# $kind: face or text
affect-model-read = { $kind ->
    [face] The face model read
    [voice] The voice model read
   *[text] The text model read
}
# $valence: -1 to 1, already formatted
affect-valence = valence { $valence }
affect-you-felt = You said you felt
affect-undo = Undo
affect-how-label = How did you feel?
affect-cancel = Cancel
affect-not-how = That's not how I felt
affect-legend = Each dot is a reading: the models' guesses (camera, text) and your own mood. A dashed ring marks a reading you corrected. The models are often wrong; your word is the one that counts.
# $emotion: the emotion the camera read most, already translated; $count: how many readings
affect-face-lane = Camera (model): mostly { $emotion }, { $count ->
    [one] { $count } reading
   *[other] { $count } readings
}
# $tone: the tone the voice model read most, already translated; $count: how many readings
affect-voice-lane = Voice (model): mostly { $tone }, { $count ->
    [one] { $count } reading
   *[other] { $count } readings
}
