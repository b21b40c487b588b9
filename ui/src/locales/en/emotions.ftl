# Emotion results (lib/emotions.ts)
# $label: the emotion model's label; the seven known ones are translated, any other is shown as it is
emotions-label = { $label ->
    [angry] angry
    [disgust] disgust
    [fear] fear
    [happy] happy
    [sad] sad
    [surprise] surprise
    [neutral] neutral
   *[other] { $label }
}
# $percent: 0–100, already formatted with one decimal
emotions-percent = { $percent }%
emotions-no-face = No face found in this photo.
# $count: faces found (1 or more); $ms: how long it took, whole milliseconds
emotions-faces-found = { $count ->
    [one] { $count } face found in { $ms } ms.
   *[other] { $count } faces found in { $ms } ms.
}
# $fps: frames per second, already formatted with one decimal
emotions-badge-no-face = No face in view · { $fps } fps
# $emotion: the most likely emotion (already translated); $percent: its probability, 0–100; $fps: frames per second, one decimal
emotions-badge = { $emotion } { $percent }% · { $fps } fps
