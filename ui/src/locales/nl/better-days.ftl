better-days-title = Wat samengaat met je betere dagen
better-days-hint = De laatste 90 dagen ({ $days } met een stemming). Gemiddelde stemming (1–5) op dagen met en zonder elk ding, en een 95%-interval voor het verschil. Met minder dan { $min ->
    [one] { $min } dag
   *[other] { $min } dagen
} aan een van beide kanten wordt niets gezegd. Deze dingen gingen samen; het zijn geen oorzaken.
better-days-with = Met
better-days-days = Dagen
better-days-mood-with = Stemming met
better-days-without = Zonder
better-days-difference = Verschil
better-days-interval = 95%-interval
better-days-range = { $low } tot { $high }
better-days-too-few = nog te weinig dagen
better-days-empty = Leg een paar dagen je stemming vast met wat je deed, dan vult deze tabel zich.
