crisis-card-plan = Dein Krisenplan
crisis-card-safe = Ich bin in Sicherheit – weiter
crisis-card-title = Du musst da nicht allein durch
crisis-card-message = Es klingt, als wäre gerade alles sehr schwer. Mit jemandem zu reden kann helfen: Die Menschen unten sind genau dafür da, jederzeit. Wenn du jetzt in Gefahr bist, ruf den Notruf an.
crisis-card-concern-title = Sorgst du dich um jemanden?
crisis-card-concern-message = Es klingt, als könnte jemand, der dir wichtig ist, in Gefahr sein. Unter diesen Nummern bekommst du Rat, wie du helfen kannst – und wenn die Person jetzt in Gefahr ist, ruf den Notruf an.
