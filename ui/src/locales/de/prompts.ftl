# Eingebaute Schreibimpulse (lib/prompts.ts), ausgewählt über die feste $id des Kerns. Das Englische ist
# der eigene Text des Kerns (src/wellness/prompts.rs). $fallback: der Text des Kerns, angezeigt für einen
# Impuls, den diese Datei noch nicht kennt.
prompts-title = { $id ->
    [three-good-things] Drei gute Dinge
    [reframe] Einen Gedanken neu betrachten
    [what-helped] Was heute geholfen hat
    [looking-forward] Worauf ich mich freue
    [worry-sort] Eine Sorge sortieren
    [kind-to-myself] Freundlich zu mir sein
    [body-check] Wie sich mein Körper anfühlt
   *[other] { $fallback }
}
# $id und $fallback wie oben
prompts-question = { $id ->
    [three-good-things] Was waren heute drei gute Dinge, auch wenn sie klein waren, und was hast du selbst dazu beigetragen?
    [reframe] Beschäftigt dich ein Gedanke? Schreib ihn auf und schau ihn dir dann von einer anderen Seite an.
    [what-helped] Was hat dir heute geholfen, und sei es nur ein bisschen? Etwas, das du getan hast, ein Mensch, ein Ort.
    [looking-forward] Auf welche Sache freust du dich, diese Woche oder später?
    [worry-sort] Macht dir etwas Sorgen? Sortiere es: Was kannst du ändern und was nicht?
    [kind-to-myself] Was würdest du einem lieben Menschen sagen, der so einen Tag hatte wie du?
    [body-check] Wie fühlt sich dein Körper gerade an: Schlaf, Energie, Anspannung, Hunger?
   *[other] { $fallback }
}
# Die Überschriften, mit denen ein neuer Eintrag beginnt, getrennt durch " | " (auf jede folgt im Eintrag
# ein Leerzeichen und eine neue Zeile; ein "|" am Ende heißt, der Eintrag endet mit einer neuen Zeile).
# $id wie oben; ein unbekannter Impuls ergibt "-", dann gelten die Überschriften des Kerns.
prompts-body = { $id ->
    [three-good-things] 1. | 2. | 3. | Was ich selbst dazu beigetragen habe:
    [reframe] Was passiert ist: | Der Gedanke: | Wie sehr ich ihn glaube (0–100): | Was dafür spricht: | Was dagegen spricht: | Eine freundlichere, ausgewogenere Sicht darauf: |
    [what-helped] Was geholfen hat: | Warum es meiner Meinung nach geholfen hat: | Könnte ich es morgen wieder tun?
    [looking-forward] Ich freue mich auf: | Was ich dafür tun kann:
    [worry-sort] Die Sorge: | Was ich in der Hand habe: | Was nicht: | Ein kleiner Schritt, den ich gehen kann:
    [kind-to-myself] Was ich einem lieben Menschen sagen würde: |
    [body-check] Schlaf: | Energie: | Wo ich Anspannung spüre: | Was mein Körper braucht:
   *[other] -
}
