crisis-card-plan = Dein Krisenplan
crisis-card-safe = Ich bin in Sicherheit – weiter
crisis-card-title = Du musst da nicht allein durch
crisis-card-message = Es klingt, als wäre gerade alles sehr schwer. Mit jemandem zu reden kann helfen: Die Menschen unten sind genau dafür da, jederzeit. Wenn du jetzt in Gefahr bist, ruf den Notruf an.
crisis-card-concern-title = Sorgst du dich um jemanden?
crisis-card-concern-message = Es klingt, als könnte jemand, der dir wichtig ist, in Gefahr sein. Unter diesen Nummern bekommst du Rat, wie du helfen kannst – und wenn die Person jetzt in Gefahr ist, ruf den Notruf an.
# A helpline's name or description from the core's list that has English words (lib/safety.ts), by $key;
# $fallback: the core's English, for a key this file does not know. Service names, numbers and
# descriptions in a service's own language are shown as they are.
crisis-card-resource = { $key ->
    [emergency-name] Örtlicher Notruf
    [iasp-name] IASP-Verzeichnis der Krisenzentren
    [emergency-detail] Wenn du in unmittelbarer Gefahr bist, ruf den Notruf an.
    [iasp-detail] Finde eine Krisenhotline in deinem Land.
    [free-confidential] Kostenlos, vertraulich, rund um die Uhr.
    [free-en-fr] Kostenlos, rund um die Uhr, auf Englisch und Französisch.
    [free] Kostenlos, rund um die Uhr.
    [support] Krisenhilfe rund um die Uhr.
    [call-text-988] Anruf oder SMS an 988
   *[other] { $fallback }
}
# Two numbers of one line, either of which works ($a, $b: the numbers as the core lists them)
crisis-card-either = { $a } oder { $b }
