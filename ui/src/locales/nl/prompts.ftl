# Ingebouwde schrijfvragen (lib/prompts.ts), gekozen op de vaste $id van de kern. Het Engels is de eigen
# tekst van de kern (src/wellness/prompts.rs). $fallback: de tekst van de kern, getoond voor een vraag die
# dit bestand nog niet kent.
prompts-title = { $id ->
    [three-good-things] Drie goede dingen
    [reframe] Een gedachte anders bekijken
    [what-helped] Wat vandaag hielp
    [looking-forward] Waar ik naar uitkijk
    [worry-sort] Een zorg ordenen
    [kind-to-myself] Lief zijn voor mezelf
    [body-check] Hoe mijn lichaam zich voelt
   *[other] { $fallback }
}
# $id en $fallback zoals hierboven
prompts-question = { $id ->
    [three-good-things] Wat waren vandaag drie goede dingen, hoe klein ook, en wat was jouw aandeel daarin?
    [reframe] Zit een gedachte je dwars? Schrijf hem op en bekijk hem dan van een andere kant.
    [what-helped] Wat hielp je vandaag, al was het maar een beetje? Iets wat je deed, iemand, een plek.
    [looking-forward] Wat is iets waar je naar uitkijkt, deze week of later?
    [worry-sort] Maak je je ergens zorgen over? Verdeel het in wat je wel en niet kunt veranderen.
    [kind-to-myself] Wat zou je zeggen tegen een goede vriend of vriendin die jouw dag had gehad?
    [body-check] Hoe voelt je lichaam zich nu: slaap, energie, spanning, honger?
   *[other] { $fallback }
}
# De kopjes waarmee een nieuw stuk begint, gescheiden door " | " (in het stuk volgt op elk een spatie en een
# nieuwe regel; een "|" aan het eind betekent dat het stuk eindigt met een nieuwe regel). $id zoals
# hierboven; een onbekende vraag geeft "-" en dan gelden de kopjes van de kern.
prompts-body = { $id ->
    [three-good-things] 1. | 2. | 3. | Wat ik eraan heb bijgedragen:
    [reframe] Wat er gebeurde: | De gedachte: | Hoe sterk ik erin geloof (0–100): | Wat ervoor pleit: | Wat ertegen pleit: | Een mildere, evenwichtigere kijk erop: |
    [what-helped] Wat hielp: | Waarom ik denk dat het hielp: | Kan ik het morgen weer doen?
    [looking-forward] Ik kijk uit naar: | Wat ik kan doen om het te laten gebeuren:
    [worry-sort] De zorg: | Wat ik in de hand heb: | Wat niet: | Een kleine stap die ik kan zetten:
    [kind-to-myself] Wat ik tegen een vriend of vriendin zou zeggen: |
    [body-check] Slaap: | Energie: | Waar ik spanning voel: | Wat mijn lichaam nodig heeft:
   *[other] -
}
